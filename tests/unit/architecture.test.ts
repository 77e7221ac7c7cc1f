// @vitest-environment node
/**
 * The layout docs/architecture.md describes, checked: a question type lives in one folder, is listed
 * once in each registry, and is named nowhere else; the text layer knows nothing of quizzes; the
 * browser's code never imports build-time code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { questionTypes } from '$lib/question-types/registry';
import { questionBuilds } from '$lib/server/question-types';

const SRC = 'src';
const TYPES_DIR = 'src/lib/question-types';

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

const sourceFiles = filesUnder(SRC).filter((path) => /\.(ts|svelte)$/.test(path));
const typeFolders = readdirSync(TYPES_DIR).filter(
	(name) => name !== 'shared' && statSync(join(TYPES_DIR, name)).isDirectory()
);

/** Every way code spells a type's name: 'fill-blanks', fillBlanks, FillBlanks, fill_blanks, … */
function spellings(type: string): RegExp {
	const words = type.split('-');
	const loose = words.join('[-_]?');
	return new RegExp(`(?<![a-z])${loose}(?![-_]?(not|given))`, 'i');
}

describe('one folder per question type', () => {
	it('has a folder for each type of both registries, and no other', () => {
		expect(typeFolders.sort()).toEqual(Object.keys(questionTypes).sort());
		expect(Object.keys(questionBuilds).sort()).toEqual(Object.keys(questionTypes).sort());
	});

	it.each(typeFolders)('%s holds its shapes, rules, build step and component', (type) => {
		const files = readdirSync(join(TYPES_DIR, type));
		expect(files).toEqual(expect.arrayContaining(['types.ts', 'rules.ts', 'build.server.ts']));
		expect(files.filter((file) => file.endsWith('.svelte'))).toHaveLength(1);
	});

	// names that are also everyday words (order, match, single, …) cannot be searched for
	const distinctive = typeFolders.filter((type) => type.includes('-'));

	it.each(distinctive)(
		'%s is named by no file outside its folder but the two registries',
		(type) => {
			const naming = sourceFiles.filter(
				(path) =>
					!path.startsWith(join(TYPES_DIR, type)) &&
					spellings(type).test(readFileSync(path, 'utf8'))
			);
			expect(naming.sort()).toEqual([
				'src/lib/question-types/registry.ts',
				'src/lib/server/question-types.ts'
			]);
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

describe('layers', () => {
	const imports = (path: string) =>
		[...readFileSync(path, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map(
			(m) => m[1]!
		);

	it('the text layer imports nothing from the quiz, the types, the state or the build', () => {
		for (const path of filesUnder('src/lib/text')) {
			expect(
				imports(path).filter((target) => !target.startsWith('./')),
				path
			).toEqual([]);
		}
	});

	it('browser code never imports build-time code', () => {
		const browser = sourceFiles.filter(
			(path) =>
				!path.startsWith('src/lib/server/') &&
				!path.endsWith('.server.ts') &&
				!/\+(page|layout)\.server\.ts$|\+server\.ts$/.test(path)
		);
		for (const path of browser) {
			expect(
				imports(path).filter((target) => /server|zod/.test(target)),
				path
			).toEqual([]);
		}
	});
});
