// @vitest-environment node
/**
 * The commands a teacher runs for a learning platform, as a teacher sees them: `import:gift` and
 * `export:gift` (written files, messages, exit codes), and `export:scorm`'s answers to a wrong
 * folder or quiz (what it prints when it builds, and the packages themselves, are checked in
 * tests/e2e/scorm.e2e.ts, on the build the SCORM harness makes).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ARTICLE, questionsFolder, quizWith, removeFolders } from './content-fixtures';

afterEach(removeFolders);

/**
 * Each test starts Node on a command-line tool (and may bundle it first): a few seconds on a busy
 * machine, not the milliseconds Vitest's default 5 s assumes for a test.
 */
const CLI = { timeout: 60_000 };

function run(script: string, ...args: string[]) {
	return runIn(process.cwd(), script, ...args);
}

/** Runs a tool from the folder `cwd`, as a teacher would from theirs (where it writes by default). */
function runIn(cwd: string, script: string, ...args: string[]) {
	const result = spawnSync(
		process.execPath,
		['--import', import.meta.resolve('tsx'), resolve('scripts', script), ...args],
		{ cwd, encoding: 'utf8' }
	);
	return { code: result.status, out: result.stdout, err: result.stderr };
}

const question = `  - id: q1\n    type: single\n    prompt: When were ties established?\n    explanation: ¶3 says so.\n    evidence: "In 1949"\n    choices:\n      - text: "1949"\n        correct: true\n      - text: "1950"\n`;

describe('npm run import:gift', CLI, () => {
	it('writes the quiz file, lists what it skipped, and points at the placeholders', () => {
		const dir = questionsFolder({ 'a/article.md': ARTICLE });
		const gift = join(dir, 'bank.gift');
		writeFileSync(gift, '::ties:: When? {=1949 ~1950}\n\n::pi:: Pi? {#3.14:0.01}\n');
		const out = join(dir, 'a', 'bank.yaml');
		const result = run('import-gift.ts', gift, '--article', 'a', '--out', out);
		expect(result.code).toBe(0);
		expect(result.err).toBe(
			`${gift}:3 skipped "pi": numerical questions (a number within a range) have no Close Reader type\n`
		);
		expect(result.out).toBe(
			`wrote ${out}: 1 questions, 1 skipped; 2 placeholders to fill in: run npm run check:questions to list them\n`
		);
		expect(readFileSync(out, 'utf8')).toContain('evidence: "TODO: quote the article here"');
		// and the check then names them, with their lines
		const check = spawnSync(
			process.execPath,
			['--import', 'tsx', 'scripts/check-questions.ts', dir],
			{
				encoding: 'utf8'
			}
		);
		expect(check.status).toBe(1);
		expect(check.stderr).toMatch(/bank\.yaml:\d+:\d+ explanation: replace this placeholder/);
		expect(check.stderr).toMatch(/bank\.yaml:\d+:\d+ evidence: replace this placeholder/);
	});

	it('reports a GIFT syntax error at its line, writes nothing, and never overwrites a file', () => {
		const dir = questionsFolder({ 'a/article.md': ARTICLE, 'a/taken.yaml': 'title: T\n' });
		const gift = join(dir, 'broken.gift');
		writeFileSync(gift, '::one:: Fine {T}\n\n::two:: Broken {=a ~b\n');
		const out = join(dir, 'a', 'new.yaml');
		const broken = run('import-gift.ts', gift, '--article', 'a', '--out', out);
		expect(broken.code).toBe(1);
		expect(broken.err).toMatch(
			new RegExp(`^${gift.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:\\d+ GIFT syntax error: `)
		);
		expect(existsSync(out)).toBe(false);
		const taken = run(
			'import-gift.ts',
			gift,
			'--article',
			'a',
			'--out',
			join(dir, 'a', 'taken.yaml')
		);
		expect(taken).toMatchObject({ code: 1 });
		expect(taken.err).toContain('already exists; choose another with --out FILE');
	});
});

describe('npm run export:gift', CLI, () => {
	const order = `  - id: q2\n    type: order\n    prompt: Order them.\n    explanation: E.\n    evidence: "In 1949"\n    items: [a, b, c]\n`;

	it('writes every quiz to gift-files/all-quizzes.gift, with a line per question it leaves out', () => {
		const dir = questionsFolder({
			'a/article.md': ARTICLE,
			'a/q.yaml': quizWith(question, order),
			'a/r.yaml': quizWith(question)
		});
		const result = runIn(dir, 'export-gift.ts', dir);
		expect(result).toMatchObject({
			code: 0,
			out: 'gift-files/all-quizzes.gift  2 questions from 2 quizzes\n',
			err: 'a/q#q2 (order): skipped: GIFT has no ordering questions\n'
		});
		const gift = readFileSync(join(dir, 'gift-files/all-quizzes.gift'), 'utf8');
		expect(
			gift.match(/::q1::\[markdown\]When were ties established\? \{\n=1949\n~1950\n/g)
		).toHaveLength(2);
	});

	it('writes the one quiz --quiz names to gift-files/<article>--<quiz>.gift', () => {
		const dir = questionsFolder({
			'a/article.md': ARTICLE,
			'a/q.yaml': quizWith(question, order),
			'a/r.yaml': quizWith(question.replace('When were', 'In which year were'))
		});
		const result = runIn(dir, 'export-gift.ts', dir, '--quiz', 'a/r');
		expect(result).toMatchObject({
			code: 0,
			out: 'gift-files/a--r.gift  1 question from 1 quiz\n',
			err: ''
		});
		const gift = readFileSync(join(dir, 'gift-files/a--r.gift'), 'utf8');
		expect(gift).toContain('::q1::[markdown]In which year were ties established? {');
		expect(gift).not.toContain('When were');
	});

	it('writes to the file --out names', () => {
		const dir = questionsFolder({ 'a/article.md': ARTICLE, 'a/q.yaml': quizWith(question) });
		const out = join(dir, 'for-moodle', 'out.gift');
		const result = run('export-gift.ts', dir, '--quiz', 'a/q', '--out', out);
		expect(result).toMatchObject({ code: 0, out: `${out}  1 question from 1 quiz\n`, err: '' });
		expect(readFileSync(out, 'utf8')).toContain('::q1::[markdown]When were ties established? {');
	});

	it('names the quizzes there are when asked for one that is not, and writes nothing', () => {
		const dir = questionsFolder({
			'a/article.md': ARTICLE,
			'a/q.yaml': quizWith(question),
			'a/r.yaml': quizWith(question)
		});
		const result = runIn(dir, 'export-gift.ts', dir, '--quiz', 'q');
		expect(result).toMatchObject({
			code: 1,
			out: '',
			err: `no quiz 'q' in ${dir}; its quizzes are: a/q, a/r\n`
		});
		expect(existsSync(join(dir, 'gift-files'))).toBe(false);
	});

	it('exports nothing from a folder with errors, and says where they are', () => {
		const dir = questionsFolder({
			'a/article.md': ARTICLE,
			'a/q.yaml': quizWith(question.replace('In 1949', 'In 1950'))
		});
		const result = run('export-gift.ts', dir);
		expect(result.code).toBe(1);
		expect(result.out).toBe('');
		expect(result.err).toContain(`${dir}/a/q.yaml:`);
	});
});

describe('npm run export:scorm', CLI, () => {
	it('names the quizzes there are when asked for one that is not', () => {
		const dir = questionsFolder({ 'a/article.md': ARTICLE, 'a/q.yaml': quizWith(question) });
		const result = run('export-scorm.ts', dir, '--quiz', 'a/nope', '--no-build');
		expect(result).toMatchObject({ code: 1, out: '' });
		expect(result.err).toBe(`no quiz 'a/nope' in ${dir}; its quizzes are: a/q\n`);
	});

	it('builds nothing from a folder with errors', () => {
		const dir = questionsFolder({
			'a/article.md': ARTICLE,
			'a/q.yaml': quizWith(question.replace('In 1949', 'In 1950'))
		});
		const result = run('export-scorm.ts', dir);
		expect(result.code).toBe(1);
		expect(result.err).toContain(`${dir}/a/q.yaml:`);
		expect(result.out).not.toContain('building');
	});
});
