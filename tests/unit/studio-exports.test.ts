// @vitest-environment node
/**
 * What the Studio exports and imports is what the command-line tools write, byte for byte: its GIFT
 * text is `npm run export:gift`'s for the same folder, its quiz started from a GIFT file is `npm run
 * import:gift`'s (file name and text). (The zip of the files is the file bar's: studio-files.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkArticle } from '$lib/checker/check-article';
import { giftFile } from '$lib/studio/export/gift-file';
import { freeSlug, startFromGift } from '$lib/studio/gift/start-from-gift';
import { FIXTURE_ARTICLE, FIXTURE_CONTENT } from '../fixtures/content';
import { ARTICLE, questionsFolder, removeFolders } from './content-fixtures';

afterEach(removeFolders);

/** Each test starts Node on a command-line tool: seconds on a busy machine, not milliseconds. */
const CLI = { timeout: 60_000 };

function runIn(cwd: string, env: Record<string, string>, script: string, ...args: string[]) {
	const result = spawnSync(
		process.execPath,
		['--import', import.meta.resolve('tsx'), resolve('scripts', script), ...args],
		{ cwd, encoding: 'utf8', env: { ...process.env, ...env } }
	);
	return { code: result.status, out: result.stdout, err: result.stderr };
}

/** An article folder's texts as the Studio holds them, its quizzes in the order given. */
function studioTexts(dir: string, slug: string, quizNames: readonly string[]) {
	const at = (name: string) => join(dir, slug, name);
	return {
		slug,
		path: at('article.md'),
		text: readFileSync(at('article.md'), 'utf8'),
		quizzes: quizNames.map((name) => ({
			path: at(name),
			slug: name.replace(/\.ya?ml$/, ''),
			text: readFileSync(at(name), 'utf8')
		}))
	};
}

describe('the GIFT download', CLI, () => {
	it('is byte for byte what npm run export:gift writes for the same folder', () => {
		const dir = questionsFolder({});
		cpSync(join(FIXTURE_CONTENT, FIXTURE_ARTICLE), join(dir, FIXTURE_ARTICLE), {
			recursive: true
		});
		const out = join(dir, 'cli.gift');
		const cli = runIn(process.cwd(), {}, 'export-gift.ts', dir, '--out', out);
		expect(cli.code).toBe(0);

		const quizNames = readdirSync(join(dir, FIXTURE_ARTICLE)).filter((n) => n.endsWith('.yaml'));
		// the Studio's tabs need not be in the folder's order: the export puts them in it
		const check = checkArticle(studioTexts(dir, FIXTURE_ARTICLE, quizNames.reverse()));
		const studio = giftFile(check);
		expect(studio).toMatchObject({ ok: true, name: `${FIXTURE_ARTICLE}.gift.txt` });
		expect(studio.ok && studio.text).toBe(readFileSync(out, 'utf8'));
		expect(studio.ok && studio.lines.join('\n')).toBe(cli.err.trimEnd());
	});

	it('is refused while the article has errors, or no quiz builds', () => {
		const broken = checkArticle({ slug: 'a', path: 'a/article.md', text: '', quizzes: [] });
		expect(giftFile(broken)).toEqual({ ok: false, reason: 'article-has-errors' });
		const quizless = checkArticle({
			slug: 'a',
			path: 'a/article.md',
			text: ARTICLE,
			quizzes: [{ path: 'a/q.yaml', slug: 'q', text: 'title: Q\nquestions: []\n' }]
		});
		expect(giftFile(quizless)).toEqual({ ok: false, reason: 'no-quiz-builds' });
	});
});

describe('Start from GIFT', CLI, () => {
	const FIXTURE_DIR = 'tests/unit/fixtures/gift';
	const FILE = 'moodle-docs.gift';

	it('gives the quiz npm run import:gift writes, under the same name', () => {
		const dir = questionsFolder({ 'a/article.md': ARTICLE });
		const cli = runIn(
			resolve(FIXTURE_DIR),
			{ QUESTIONS_DIR: dir },
			'import-gift.ts',
			FILE,
			'--article',
			'a'
		);
		expect(cli.code).toBe(0);
		const written = join(dir, 'a', 'moodle-docs.yaml');
		expect(existsSync(written)).toBe(true);

		const studio = startFromGift(FILE, readFileSync(join(FIXTURE_DIR, FILE), 'utf8'), []);
		expect(studio).toMatchObject({ ok: true, slug: 'moodle-docs' });
		expect(studio.ok && studio.yaml).toBe(readFileSync(written, 'utf8'));
		expect(studio.ok && studio.placeholders).toBeGreaterThan(0);
	});

	it('names a quiz whose name is taken anew, and reports a syntax error at its line', () => {
		expect(freeSlug('bank', ['bank', 'bank-2'])).toBe('bank-3');
		const gift = '::one:: Fine {T}\n\n::two:: Broken {=a ~b\n';
		expect(startFromGift('bank.gift', gift, ['bank'])).toMatchObject({
			ok: false,
			error: expect.stringMatching(/^bank\.gift:3:\d+ GIFT syntax error: /)
		});
		expect(startFromGift('My Bank.gift', '::q:: Yes? {T}\n', ['my-bank'])).toMatchObject({
			ok: true,
			slug: 'my-bank-2'
		});
	});
});
