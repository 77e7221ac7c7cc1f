// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ARTICLE, questionsFolder, quizWith, removeFolders } from './content-fixtures';

afterEach(removeFolders);

/** The command `npm run check:questions -- DIR` runs (package.json), without npm around it. */
function run(dir: string) {
	const result = spawnSync(
		process.execPath,
		['scripts/run-bundled.js', 'scripts/check-questions.ts', dir],
		{ encoding: 'utf8' }
	);
	return { code: result.status, out: result.stdout, err: result.stderr };
}

const question = (evidence: string) =>
	`  - id: q1\n    type: true-false\n    prompt: P\n    explanation: E\n    evidence: ${evidence}\n    answer: true\n`;

describe('npm run check:questions', () => {
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
				`${dir}/a/q.yaml:7:15 evidence: quote not found in the article: "In 1950". Closest passage, ¶3: "In 1949"`,
				`${dir}/a/q.yaml:10:11 unknown type 'multi' — did you mean 'multiple'?`,
				'1 article, 1 quiz, 2 questions, 2 errors',
				''
			].join('\n')
		);
	});
});

describe('the bundle a command-line tool runs from', () => {
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
		// the first run kept V8's compiled code; the second runs from it, with the same result
		expect(
			readdirSync(join(dir, 'cache')).filter((name) => name.endsWith('.v8-cache'))
		).toHaveLength(1);
		expect(run()).toBe("first [ 'an argument' ]\n");
		writeFileSync(join(dir, 'word.ts'), "export const word: string = 'second';\n");
		// dated a second later than anything just built, whatever the file system's clock resolution
		const later = new Date(Date.now() + 1000);
		utimesSync(join(dir, 'word.ts'), later, later);
		expect(run()).toBe("second [ 'an argument' ]\n");
	});
});
