// @vitest-environment node
/**
 * The layout docs/architecture.md describes, checked: a question type lives in one folder with its
 * tests, is listed once in each registry, and is named nowhere else; every import of every file is
 * one its row of the doc's layer table allows; the browser's code never imports build-time code,
 * and a quiz page starts without what it loads later; no hand-written file is longer than a reader
 * takes in at once.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { questionTypes } from '$lib/question-types/registry';
import { questionGrading } from '$lib/question-types/grading-registry';
import { questionBuilds } from '$lib/checker/question-types';

const SRC = 'src';
const TYPES_DIR = 'src/lib/question-types';
const REGISTRIES = [
	'src/lib/question-types/registry.ts',
	'src/lib/question-types/grading-registry.ts',
	'src/lib/checker/question-types.ts'
];
/** Names from other tools and the type to use for each: it must name the types it recommends. */
const FOREIGN_NAMES_TABLE = 'src/lib/checker/type-names.ts';

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

const isTest = (path: string) => /\.test\.ts$/.test(path);
/** The app's own code: what the layer table governs (tests are not shipped, and may use anything). */
const sourceFiles = filesUnder(SRC).filter((path) => /\.(ts|svelte)$/.test(path) && !isTest(path));
const typeFolders = readdirSync(TYPES_DIR).filter(
	(name) => name !== 'shared' && statSync(join(TYPES_DIR, name)).isDirectory()
);

/** Every way code spells a type's name: 'fill-blanks', fillBlanks, FillBlanks, fill_blanks, … */
function spellings(type: string): RegExp {
	const words = type.split('-');
	const loose = words.join('[-_]?');
	return new RegExp(`(?<![a-z])${loose}(?![-_]?(not|given))`, 'i');
}

/** A type's name as a string in code: `'order'` or `"order"`. */
const quoted = (type: string) => new RegExp(`['"]${type}['"]`);

/**
 * Files outside the type folders and the registries that still name a type by its string, each with
 * the reason; only in areas other work owns, to be emptied there.
 */
const STILL_NAMING: Record<string, string[]> = {};

describe('one folder per question type', () => {
	it('has a folder for each type of every registry, and no other', () => {
		expect(typeFolders.sort()).toEqual(Object.keys(questionTypes).sort());
		expect(Object.keys(questionGrading).sort()).toEqual(Object.keys(questionTypes).sort());
		expect(Object.keys(questionBuilds).sort()).toEqual(Object.keys(questionTypes).sort());
	});

	it.each(typeFolders)('%s holds its shapes, rules, grading, build step and component', (type) => {
		const files = readdirSync(join(TYPES_DIR, type));
		const parts = ['types.ts', 'rules.ts', 'grading.ts', 'build.ts'];
		expect(files).toEqual(expect.arrayContaining(parts));
		expect(files.filter((file) => file.endsWith('.svelte'))).toHaveLength(1);
	});

	it.each(typeFolders)('%s has its tests beside it: its rules, grading and component', (type) => {
		const files = readdirSync(join(TYPES_DIR, type));
		const component = files.find((file) => file.endsWith('.svelte'))!.replace(/\.svelte$/, '');
		const tests = ['rules.test.ts', 'grading.test.ts', `${component}.dom.test.ts`];
		expect(files).toEqual(expect.arrayContaining(tests));
	});

	it.each(typeFolders)(
		'%s is named as a string by no code outside its folder but the two registries',
		(type) => {
			const naming = sourceFiles.filter(
				(path) =>
					!path.startsWith(`${join(TYPES_DIR, type)}/`) &&
					!REGISTRIES.includes(path) &&
					quoted(type).test(readFileSync(path, 'utf8'))
			);
			expect(naming.sort()).toEqual(STILL_NAMING[type] ?? []);
		}
	);

	// names that are also everyday words (order, match, single, …) can be searched for only in quotes
	const distinctive = typeFolders.filter((type) => type.includes('-'));

	it.each(distinctive)(
		'%s is named in any spelling by no file outside its folder but the two registries',
		(type) => {
			const naming = sourceFiles.filter(
				(path) =>
					!path.startsWith(`${join(TYPES_DIR, type)}/`) &&
					path !== FOREIGN_NAMES_TABLE &&
					spellings(type).test(readFileSync(path, 'utf8'))
			);
			expect(naming.sort()).toEqual(REGISTRIES.slice().sort());
		}
	);

	it.each(typeFolders)('the %s folder names no other distinctive type', (type) => {
		const others = distinctive.filter((other) => other !== type && !other.startsWith(`${type}-`));
		for (const path of filesUnder(join(TYPES_DIR, type))) {
			const text = readFileSync(path, 'utf8');
			expect(
				others.filter((other) => spellings(other).test(text)),
				relative(SRC, path)
			).toEqual([]);
		}
	});
});

/** What a file imports, as written. */
const imports = (path: string) =>
	[...readFileSync(path, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]!);

/** The file of ours an import names (`$lib/…` or relative), or null for a package or `$app/…`. */
function ourFile(from: string, target: string): string | null {
	const path = target.startsWith('$lib/')
		? join('src/lib', target.slice('$lib/'.length))
		: target.startsWith('.')
			? normalize(join(dirname(from), target))
			: null;
	if (path === null) return null;
	return [path, `${path}.ts`, `${path}.js`].find((file) => existsSync(file)) ?? path;
}

interface Layer {
	/** the folder column: `src/lib/text/` (all below it), `src/lib/*` (its files only), or a glob */
	folder: string;
	/** the "may use" column: folders and files of ours, `null` for everything */
	mayUse: string[] | null;
}

/** The layer table of docs/architecture.md, as written there. */
function layerTable(): Layer[] {
	const doc = readFileSync('docs/architecture.md', 'utf8');
	const section = doc.slice(
		doc.indexOf('## Layers'),
		doc.indexOf('\n## ', doc.indexOf('## Layers'))
	);
	return section
		.split('\n')
		.filter((line) => /^\| `src\//.test(line))
		.map((line) => {
			const cells = line.split('|').map((cell) => cell.trim());
			const folder = /`([^`]+)`/.exec(cells[1]!)![1]!;
			const mayUseCell = cells[3]!;
			const mayUse = /^everything/.test(mayUseCell)
				? null
				: [...mayUseCell.matchAll(/`([^`$]+)`/g)].map((m) =>
						m[1]!.startsWith('src/') ? m[1]! : `src/lib/${m[1]!}`
					);
			return { folder, mayUse };
		});
}

/** A folder or file pattern as a regular expression: `dir/` is all below, `*` stays in a folder. */
function patternOf(glob: string): RegExp {
	const body = glob
		.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
		.replace(/\*\*\//g, '(?:.+/)?')
		.replace(/\*/g, '[^/]*');
	return new RegExp(`^${body}${glob.endsWith('/') ? '.*' : ''}$`);
}

const layers = layerTable();

/** The row a file belongs to: the most specific that matches. */
function layerOf(path: string): Layer | undefined {
	return layers
		.filter((layer) => patternOf(layer.folder).test(path))
		.sort((a, b) => b.folder.length - a.folder.length)[0];
}

/** Imports the table does not show yet, each with the reason; only in areas other work owns. */
const LAYER_EXCEPTIONS: Record<string, string[]> = {};

describe('layers', () => {
	it('the doc’s table has a row for each layer', () => {
		expect(layers.map((layer) => layer.folder)).toEqual(
			expect.arrayContaining(['src/lib/text/', 'src/lib/quiz/kit/', 'src/lib/quiz/', 'src/routes/'])
		);
		expect(layers.find((layer) => layer.folder === 'src/lib/text/')!.mayUse).toEqual([]);
	});

	it('every file of the app is in a row of the table', () => {
		expect(sourceFiles.filter((path) => !layerOf(path))).toEqual([]);
	});

	it('every import of every file is one its row allows', () => {
		const breaches: string[] = [];
		for (const path of sourceFiles) {
			const layer = layerOf(path)!;
			if (layer.mayUse === null) continue;
			for (const target of imports(path)) {
				const file = ourFile(path, target);
				if (file === null || layerOf(file) === layer) continue;
				const allowed =
					layer.mayUse.some((use) => patternOf(use).test(file)) ||
					LAYER_EXCEPTIONS[path]?.includes(file);
				if (!allowed) breaches.push(`${path} (${layer.folder}) imports ${file}`);
			}
		}
		expect(breaches).toEqual([]);
	});

	it('the text layer imports nothing from the quiz, the types, the state or the build', () => {
		for (const path of filesUnder('src/lib/text').filter((path) => !isTest(path))) {
			expect(
				imports(path).filter((target) => !target.startsWith('./')),
				path
			).toEqual([]);
		}
	});

	/** The checker's files: what only the build, the scripts and the Studio may load. */
	const isChecker = (file: string) =>
		file.startsWith('src/lib/checker/') ||
		/^src\/lib\/question-types\/.*\/build[^/]*\.ts$/.test(file);
	/** Where the checker may run in a browser: the Studio's own code, loaded only on /studio. */
	const isStudio = (file: string) =>
		file.startsWith('src/lib/studio/') || file.startsWith('src/routes/studio/');

	it('browser code never imports build-time code, nor the checker but in the Studio', () => {
		const browser = sourceFiles.filter(
			(path) =>
				!path.startsWith('src/lib/server/') &&
				!isChecker(path) &&
				!/\.server\.ts$|\+server\.ts$/.test(path)
		);
		expect(browser.length).toBeGreaterThan(50);
		for (const path of browser) {
			const refused = imports(path).filter((target) => {
				const file = ourFile(path, target);
				if (file?.startsWith('src/lib/server/') || /server/.test(target)) return true;
				return (
					!isStudio(path) && ((file !== null && isChecker(file)) || /^(zod|yaml)$/.test(target))
				);
			});
			expect(refused, path).toEqual([]);
		}
	});

	/** A file's imports of values (not `import type`), static or dynamic, as written. */
	const valueImports = (path: string) =>
		[
			...readFileSync(path, 'utf8').matchAll(
				/\bimport\s+(?!type\b)[^'";]*?from\s*'([^']+)'|\bimport\s*\(\s*'([^']+)'\s*\)/g
			)
		].map((m) => m[1] ?? m[2]!);
	/** The code of the site's pages, which a student's quiz page may load. */
	const pageCode = sourceFiles.filter(
		(path) =>
			!path.startsWith('src/lib/server/') &&
			!isChecker(path) &&
			!isStudio(path) &&
			!/\.server\.ts$|\+server\.ts$/.test(path)
	);

	it('page code takes only types from the inline Markdown parser, whose tables only the build needs', () => {
		// text/inline.ts parses a teacher's Markdown (the build, the Studio); a page that imports a value
		// from it loads the parser and its large table of HTML character references at start: rich.ts
		// has what pages need (plainText)
		const parser = 'src/lib/text/inline.ts';
		expect(pageCode.length).toBeGreaterThan(50);
		expect(
			pageCode.filter(
				(path) =>
					!path.startsWith('src/lib/text/') &&
					valueImports(path).some((target) => ourFile(path, target) === parser)
			)
		).toEqual([]);
	});

	it('the learning platform’s code is loaded by the SCORM player only, never by a site’s quiz page', () => {
		// the player (routes/studio/player) hands the session its LmsSession: a quiz page of the site
		// imports none of lms/ nor state/lms.svelte.ts, which would otherwise start with every page
		const isLms = (file: string | null) =>
			file !== null && (file.startsWith('src/lib/lms/') || file === 'src/lib/state/lms.svelte.ts');
		const lmsSide = (path: string) =>
			isLms(path) || path === 'src/lib/quiz/scorm.ts' || path.startsWith('src/lib/scorm/');
		expect(
			pageCode.filter(
				(path) =>
					!lmsSide(path) && valueImports(path).some((target) => isLms(ourFile(path, target)))
			)
		).toEqual([]);
	});

	/** The files a quiz page starts with: its route's, and all they import statically (values). */
	function quizPageStart(): Set<string> {
		const route = 'src/routes/[article]/[quiz]';
		const roots = [
			'src/routes/+layout.svelte',
			'src/routes/+layout.ts',
			'src/routes/+error.svelte'
		];
		const pending = [...roots, `${route}/+page.svelte`, `${route}/+page.ts`];
		const start = new Set<string>();
		while (pending.length > 0) {
			const path = pending.pop()!;
			if (start.has(path) || !existsSync(path)) continue;
			start.add(path);
			const text = readFileSync(path, 'utf8');
			const written = /\b(?:import|export)\s+(?!type\b)[^'";]*?from\s*'([^']+)'/g;
			for (const [, target] of text.matchAll(written)) {
				const file = ourFile(path, target!);
				if (file) pending.push(file);
			}
		}
		return start;
	}

	it('a quiz page starts without the types’ grading or guided reading: they load later', () => {
		// the grading registry (every type's scoring, answer key, …) and the typed-answer matching
		// it pulls in come with state/grading.ts, and what a Check says with check-words.ts, which
		// components/quiz/parts.ts loads when idle (and the links to questions, which only Submit and
		// a notice give); guided reading's code with its guidedPart
		const start = quizPageStart();
		expect(start).toContain('src/lib/components/quiz/QuizPage.svelte');
		expect(start).toContain('src/lib/question-types/registry.ts');
		const later = [
			'src/lib/question-types/grading-registry.ts',
			'src/lib/quiz/kit/credit.ts',
			'src/lib/components/quiz/check-words.ts',
			'src/lib/components/quiz/slip-words.ts',
			'src/lib/components/quiz/GuidedQuestions.svelte',
			'src/lib/components/quiz/QuestionLinks.svelte',
			'src/lib/quiz/guided.ts'
		];
		expect(later.filter((file) => start.has(file))).toEqual([]);
	});

	it('no page uses what of Svelte’s runtime a quiz page does not: every page starts with it', () => {
		// Svelte's runtime is one script that every page loads at start, holding what any page of the
		// site uses of it: a binding only the Studio or the teacher view used would weigh on every
		// quiz page's start. Each is written out instead (a value and an event handler; a JSON copy;
		// a class as a template string, which Svelte need not resolve with clsx).
		const unused: [string, RegExp][] = [
			['bind:group', /\bbind:group=/],
			['bind:checked', /\bbind:checked=/],
			['bind:value', /\bbind:value=/],
			['$state.snapshot', /\$state\.snapshot\(/],
			['class={…} but a template string', /\sclass=\{(?!`)/]
		];
		const found = sourceFiles.flatMap((path) => {
			const text = readFileSync(path, 'utf8');
			return unused.filter(([, pattern]) => pattern.test(text)).map(([name]) => `${path}: ${name}`);
		});
		expect(found).toEqual([]);
	});

	it('the checker reads no file system and no environment: a browser can run it', () => {
		const checker = sourceFiles.filter(isChecker);
		expect(checker).toContain('src/lib/checker/check-article.ts');
		for (const path of checker) {
			const text = readFileSync(path, 'utf8');
			expect(
				imports(path).filter((target) => /^node:|^\$app|^\$env|server\//.test(target)),
				path
			).toEqual([]);
			expect(/process\.env|import\.meta\.env/.test(text), path).toBe(false);
		}
	});
});

describe('sizes a reader takes in at once (issue #20)', () => {
	const lines = (path: string) => readFileSync(path, 'utf8').trimEnd().split('\n').length;
	/** A generated table says so in its opening comment, and is regenerated, not read. */
	const generated = (path: string) =>
		/Generated by `npm run [\w:-]+`/.test(readFileSync(path, 'utf8').slice(0, 400));

	it('no hand-written file of the app is longer than 300 lines', () => {
		const long = sourceFiles
			.filter((path) => !generated(path) && lines(path) > 300)
			.map((path) => `${path}: ${lines(path)} lines`);
		expect(long).toEqual([]);
	});

	it('the quiz page is at most 150 lines and the attempt class at most 250', () => {
		expect(lines('src/lib/components/quiz/QuizPage.svelte')).toBeLessThanOrEqual(150);
		const attempt = readFileSync('src/lib/state/attempt.svelte.ts', 'utf8').split('\n');
		const start = attempt.findIndex((line) => line.startsWith('export class Attempt'));
		const end = attempt.findIndex((line, index) => index > start && line === '}');
		expect(start).toBeGreaterThanOrEqual(0);
		expect(end - start + 1).toBeLessThanOrEqual(250);
	});
});
