// @vitest-environment node
/**
 * SCORM packages are packed by one piece of pure code (lib/scorm/package.ts) for the Studio and
 * `npm run export:scorm`: the same files give the same bytes, and the CLI's package of a quiz is
 * byte for byte what the Studio's export packs from the same texts with the same player. The player's
 * files here are a stand-in build (the browser tests pack and play the real one).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { checkArticle } from '$lib/checker/check-article';
import { packScorm, PLAYER_FILE_LIST, PLAYER_PAGE, readPlayer } from '$lib/scorm/package';
import { scormPackage, scormQuizzes } from '$lib/studio/export/scorm-file';
import { playerFiles } from '$lib/server/scorm-player';
import {
	FIXTURE_ARTICLE,
	FIXTURE_CONTENT,
	FIXTURE_LONG_QUIZ,
	FIXTURE_SHORT_QUIZ
} from '../fixtures/content';
import { questionsFolder, removeFolders } from './content-fixtures';

afterEach(removeFolders);

/** A stand-in for the built site's player: its list and the files on it. */
function fakeBuild(): string {
	const files: Record<string, string> = {
		'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
		[PLAYER_PAGE]: '<!doctype html><title>player</title><script src="../_app/a.js"></script>',
		'_app/immutable/entry/start.Ab12.js': 'export const start = 1;',
		'_app/immutable/assets/page.css': 'body { margin: 0 }'
	};
	const dir = questionsFolder({ ...files, [PLAYER_FILE_LIST]: JSON.stringify(Object.keys(files)) });
	// a file the list does not name is not the player's
	writeFileSync(join(dir, 'service-worker.js'), 'self;');
	return dir;
}

const reader = (dir: string) => async (path: string) =>
	new Uint8Array(readFileSync(join(dir, path)));

/** The fixture article's texts as the Studio holds them (its drafts' files). */
function studioTexts(slug: string) {
	const at = (name: string) => join(FIXTURE_CONTENT, slug, name);
	const quizNames = readdirSync(join(FIXTURE_CONTENT, slug)).filter((n) => n.endsWith('.yaml'));
	return {
		slug,
		path: `questions/${slug}/article.md`,
		text: readFileSync(at('article.md'), 'utf8'),
		quizzes: quizNames.map((name) => ({
			path: `questions/${slug}/${name}`,
			slug: name.replace(/\.yaml$/, ''),
			text: readFileSync(at(name), 'utf8')
		}))
	};
}

describe('packing a SCORM package', () => {
	it('gives the same bytes for the same files, the manifest first and the rest in path order', async () => {
		const check = checkArticle(studioTexts(FIXTURE_ARTICLE));
		const quiz = check.entry!.quizzes.find((q) => q.slug === FIXTURE_SHORT_QUIZ)!;
		const player = await readPlayer(reader(fakeBuild()));
		const once = packScorm(player, check.entry!.article, quiz, '1.2');
		const twice = packScorm(new Map([...player].reverse()), check.entry!.article, quiz, '1.2');
		expect(once.name).toBe(`${FIXTURE_ARTICLE}--${FIXTURE_SHORT_QUIZ}.zip`);
		expect(twice.zip).toEqual(once.zip);

		const entries = unzipSync(once.zip);
		const names = Object.keys(entries);
		expect(names[0]).toBe('imsmanifest.xml');
		expect(names.slice(1)).toEqual([...names.slice(1)].sort());
		expect(names).not.toContain('service-worker.js');
		expect(once.files).toBe(names.length);
		// a test: its keys only in key.json, fetched after Submit
		expect(quiz.mode).toBe('test');
		const played = JSON.parse(new TextDecoder().decode(entries['studio/quiz.json']));
		expect(played.quiz).toEqual({ ...quiz, keys: null });
		expect(played.article.slug).toBe(FIXTURE_ARTICLE);
		expect(JSON.parse(new TextDecoder().decode(entries['studio/key.json']))).toEqual(quiz.keys);
		const xml = new TextDecoder().decode(entries['imsmanifest.xml']);
		expect(xml).toContain(`href="${PLAYER_PAGE}"`);
		for (const name of names.slice(1)) expect(xml).toContain(`<file href="${name}"/>`);
	});

	it('is refused by the Studio while the draft has errors, or has no quiz', () => {
		const texts = studioTexts(FIXTURE_ARTICLE);
		const broken = checkArticle({
			...texts,
			quizzes: [{ ...texts.quizzes[0]!, text: 'title: Q\nquestions: [1]\n' }]
		});
		expect(scormQuizzes(broken)).toEqual({ ok: false, reason: 'has-errors' });
		expect(scormQuizzes(checkArticle({ ...texts, quizzes: [] }))).toEqual({
			ok: false,
			reason: 'no-quiz'
		});
	});
});

describe('the player’s files, as the build lists them', () => {
	const NODES = '.svelte-kit/generated/client-optimized/nodes';
	const manifest = {
		'.svelte-kit/generated/client-optimized/app.js': {
			file: '_app/immutable/entry/app.js',
			dynamicImports: [`${NODES}/0.js`, `${NODES}/1.js`, `${NODES}/2.js`, `${NODES}/3.js`]
		},
		'kit/entry.js': { file: '_app/immutable/entry/start.Ab12.js', imports: ['shared.js'] },
		'shared.js': { file: '_app/immutable/chunks/shared.js' },
		[`${NODES}/0.js`]: { file: '_app/immutable/nodes/0.js', css: ['_app/immutable/assets/0.css'] },
		[`${NODES}/1.js`]: { file: '_app/immutable/nodes/1.js' },
		[`${NODES}/2.js`]: { file: '_app/immutable/nodes/2.js', dynamicImports: ['type.js'] },
		[`${NODES}/3.js`]: { file: '_app/immutable/nodes/3.js', imports: ['editor.js'] },
		'type.js': { file: '_app/immutable/chunks/type.js', css: ['_app/immutable/assets/type.css'] },
		'editor.js': { file: '_app/immutable/chunks/editor.js' },
		'font.css': { file: '_app/immutable/assets/font.css' }
	};
	const sources: Record<string, string> = {
		[`${NODES}/0.js`]:
			'export { default as component } from "../../../../src/routes/+layout.svelte";',
		[`${NODES}/1.js`]:
			'export { default as component } from "../../../../src/routes/+error.svelte";',
		[`${NODES}/2.js`]:
			'export { default as component } from "../../../../src/routes/studio/player/+page.svelte";',
		[`${NODES}/3.js`]:
			'export { default as component } from "../../../../src/routes/studio/+page.svelte";'
	};

	it('are its page, the scripts it loads now or on demand, and every stylesheet; not other pages’ scripts', () => {
		expect(playerFiles(manifest, (key) => sources[key] ?? '')).toEqual([
			'favicon.svg',
			PLAYER_PAGE,
			'_app/immutable/assets/0.css',
			'_app/immutable/assets/font.css',
			'_app/immutable/assets/type.css',
			'_app/immutable/chunks/shared.js',
			'_app/immutable/chunks/type.js',
			'_app/immutable/entry/app.js',
			'_app/immutable/entry/start.Ab12.js',
			'_app/immutable/nodes/0.js',
			'_app/immutable/nodes/1.js',
			'_app/immutable/nodes/2.js'
		]);
	});

	it('are the whole build when SvelteKit’s modules are not recognised: larger, never short', () => {
		const files = playerFiles(manifest, () => '');
		expect(files).toContain('_app/immutable/chunks/editor.js');
		expect(files).toHaveLength(2 + Object.keys(manifest).length + 2);
	});
});

describe('npm run export:scorm', () => {
	it(
		'writes byte for byte what the Studio packs from the same files',
		{ timeout: 60_000 },
		async () => {
			const build = fakeBuild();
			const out = join(build, 'packages');
			const run = (...args: string[]) =>
				spawnSync(
					process.execPath,
					['--import', import.meta.resolve('tsx'), resolve('scripts/export-scorm.ts'), ...args],
					{ encoding: 'utf8', env: { ...process.env, BUILD_DIR: build } }
				);
			for (const version of ['1.2', '2004']) {
				const cli = run(FIXTURE_CONTENT, '--no-build', '--out', out, '--scorm', version);
				expect(cli).toMatchObject({ status: 0, stderr: '' });
			}

			const check = checkArticle(studioTexts(FIXTURE_ARTICLE));
			const choice = scormQuizzes(check);
			expect(choice.ok).toBe(true);
			for (const [slug, version] of [
				[FIXTURE_LONG_QUIZ, '1.2'],
				[FIXTURE_SHORT_QUIZ, '1.2'],
				[FIXTURE_SHORT_QUIZ, '2004']
			] as const) {
				const studio = await scormPackage(check, slug, version, reader(build));
				const cli = readFileSync(join(out, studio.name));
				expect(studio.zip, studio.name).toEqual(new Uint8Array(cli));
			}
		}
	);
});
