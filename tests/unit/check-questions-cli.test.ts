// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ARTICLE, questionsFolder, quizWith, removeFolders } from './content-fixtures';

afterEach(removeFolders);

/**
 * Each test starts Node on a command-line tool (and may bundle it first): a few seconds on a busy
 * machine, not the milliseconds Vitest's default 5 s assumes for a test.
 */
const CLI = { timeout: 60_000 };

/**
 * The command `npm run check:questions -- DIR` runs (package.json), without npm around it; `threads`
 * sets how many threads share the library (CLOSE_READER_CHECK_THREADS).
 */
function run(dir: string, threads?: number) {
	const result = spawnSync(
		process.execPath,
		['scripts/run-bundled.js', 'scripts/check-questions.ts', dir],
		{
			encoding: 'utf8',
			env: { ...process.env, CLOSE_READER_CHECK_THREADS: threads ? String(threads) : '' }
		}
	);
	return { code: result.status, out: result.stdout, err: result.stderr };
}

const question = (evidence: string) =>
	`  - id: q1\n    type: true-false\n    prompt: P\n    explanation: E\n    evidence: ${evidence}\n    answer: true\n`;

describe('npm run check:questions', CLI, () => {
	it('exits 0 with a one-line summary when every file is right', () => {
		const dir = questionsFolder({
			'a/article.md': ARTICLE,
			'a/q.yaml': quizWith(question('"In 1949"'))
		});
		expect(run(dir)).toEqual({
			code: 0,
			out: '1 article, 1 quiz, 1 question, 0 errors\n',
			err: ''
		});
	});

	it('exits 1 listing every problem as path:line:col, then the summary, with no stack trace', () => {
		const dir = questionsFolder({
			'a/article.md': ARTICLE,
			'a/q.yaml': quizWith(question('"In 1950"')) + '  - id: q2\n    type: multi\n'
		});
		const { code, out, err } = run(dir);
		expect(code).toBe(1);
		expect(out).toBe('');
		expect(err).toBe(
			[
				`${dir}/a/q.yaml:7:15 evidence: quote not found in the article: "In 1950". Closest passage, ¶3: "In [1950 → 1949]"`,
				`${dir}/a/q.yaml:10:11 unknown type 'multi' — did you mean 'multiple'?`,
				'1 article, 1 quiz, 2 questions, 2 errors',
				''
			].join('\n')
		);
	});

	it('prints a syntax error once, with its code frame and the parser words, and an alias bomb as a problem in its file', () => {
		const dir = questionsFolder({
			'a/article.md': ARTICLE,
			'a/q.yaml': 'title: Lincoln: Second Inaugural\nquestions: [\n',
			'a/bomb.yaml':
				'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\ntitle: T\nquestions: *c\n'
		});
		const { code, err } = run(dir);
		expect(code).toBe(1);
		expect(err).toBe(
			[
				`${dir}/a/bomb.yaml:2:8 this file repeats its anchors and aliases (&name … *name) so often that it would grow enormous: write the text out instead of using aliases`,
				'    1 | a: &a [x, x, x, x, x, x, x, x, x, x]',
				'  > 2 | b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
				'      |        ^',
				'  (the YAML parser says: Excessive alias count indicates a resource exhaustion attack)',
				`${dir}/a/q.yaml:1:15 the text of \`title:\` contains a colon followed by a space, which YAML reads as another key: put the text in quotes: \`title: "Lincoln: Second Inaugural"\``,
				'  > 1 | title: Lincoln: Second Inaugural',
				'      |               ^',
				'  (the YAML parser says: Nested mappings are not allowed in compact mappings)',
				'1 article, 2 quizzes, 0 questions, 2 errors',
				''
			].join('\n')
		);
	});
});

describe('the bundle a command-line tool runs from', CLI, () => {
	it('is rebuilt when a file the tool imports changes, so a run never uses stale code', () => {
		const dir = questionsFolder({
			'tool.ts': "import { word } from './word.ts';\nconsole.log(word, process.argv.slice(2));\n",
			'word.ts': "export const word: string = 'first';\n"
		});
		const run = () =>
			spawnSync(process.execPath, ['scripts/run-bundled.js', join(dir, 'tool.ts'), 'an argument'], {
				encoding: 'utf8',
				env: { ...process.env, CLOSE_READER_CLI_CACHE: join(dir, 'cache') }
			}).stdout;
		expect(run()).toBe("first [ 'an argument' ]\n");
		// the first run built the bundle; the second runs from it, with the same result
		expect(readdirSync(join(dir, 'cache')).filter((name) => name.endsWith('.cjs'))).toHaveLength(1);
		expect(run()).toBe("first [ 'an argument' ]\n");
		writeFileSync(join(dir, 'word.ts'), "export const word: string = 'second';\n");
		// dated a second later than anything just built, whatever the file system's clock resolution
		const later = new Date(Date.now() + 1000);
		utimesSync(join(dir, 'word.ts'), later, later);
		expect(run()).toBe("second [ 'an argument' ]\n");
	});
	it('prints the same report whether one thread checks the library or several share it', () => {
		const files: Record<string, string> = {
			'notes.txt': 'not an article',
			'Bad Name/article.md': ARTICLE
		};
		for (const article of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) {
			files[`${article}/article.md`] = ARTICLE;
			files[`${article}/right.yaml`] = quizWith(question('"In 1949"'));
			// every other article has a quote that is not in it, and an unknown type
			if (article.charCodeAt(0) % 2 === 0)
				files[`${article}/wrong.yaml`] =
					quizWith(question('"In 1950"')) + '  - id: q2\n    type: multi\n';
		}
		const dir = questionsFolder(files);
		const alone = run(dir, 1);
		expect(alone.code).toBe(1);
		expect(alone.err).toMatch(/^7 articles, 10 quizzes, 13 questions, 7 errors, 1 warning$/m);
		for (const threads of [2, 3]) expect(run(dir, threads)).toEqual(alone);
	});
});
