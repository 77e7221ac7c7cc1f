// @vitest-environment node
/**
 * The check of one article and its quizzes is a function of their texts alone, so that it can run
 * where there is no file system (the Studio, in a browser): called with texts it gives what the
 * check of the same files in a folder gives, and nothing it imports is a Node module.
 */
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkArticle } from '$lib/checker/check-article';
import { checkContent } from '$lib/server/content';
import { ARTICLE, questionsFolder, quizWith, removeFolders } from './content-fixtures';

afterEach(removeFolders);

const GOOD = quizWith(
	'  - id: q1\n    type: true-false\n    prompt: P\n    explanation: E\n    evidence: "In 1949"\n    answer: true\n'
);
const WRONG_QUOTE = GOOD.replace('"In 1949"', '"not in the article at all"');

describe('checkArticle', () => {
	it('checks and builds an article and its quizzes from their texts, with every problem as data', () => {
		const result = checkArticle({
			slug: 'nk',
			path: 'nk/article.md',
			text: ARTICLE,
			quizzes: [
				{ path: 'nk/good.yaml', slug: 'good', text: GOOD },
				{ path: 'nk/wrong.yaml', slug: 'wrong', text: WRONG_QUOTE }
			]
		});
		expect(result.counts).toEqual({ articles: 1, quizzes: 2, questions: 2 });
		expect(result.entry?.article.title).toBe('FOCUS: N. Korea keen to cozy up to China');
		expect(result.entry?.summary.quizzes.map((quiz) => quiz.slug)).toEqual(['good']);
		expect(result.entry?.quizzes[0]?.questions.map((question) => question.id)).toEqual(['q1']);
		const [good, wrong] = result.quizzes;
		expect(good?.checked?.questions[0]?.citations[0]?.paragraph).toBe(3);
		expect(good?.diagnostics).toEqual([]);
		expect(wrong?.checked).toBeUndefined();
		expect(wrong?.quiz).toBeUndefined();
		expect(result.diagnostics.map((d) => `${d.path}:${d.line}:${d.col} ${d.severity}`)).toEqual([
			'nk/wrong.yaml:7:15 error'
		]);
	});

	it('finds what the check of the same files in a questions folder finds', () => {
		const dir = questionsFolder({
			'nk/article.md': ARTICLE.replace('title: "FOCUS', 'title: [FOCUS'),
			'nk/good.yaml': GOOD,
			'nk/wrong.yaml': WRONG_QUOTE
		});
		const fromFolder = checkContent(dir);
		const fromTexts = checkArticle({
			slug: 'nk',
			path: join(dir, 'nk/article.md'),
			text: readFileSync(join(dir, 'nk/article.md'), 'utf8'),
			quizzes: ['good', 'wrong'].map((slug) => {
				const path = join(dir, 'nk', `${slug}.yaml`);
				return { path, slug, text: readFileSync(path, 'utf8') };
			})
		});
		expect(fromTexts.diagnostics).not.toEqual([]);
		expect(fromTexts.diagnostics).toEqual(fromFolder.diagnostics);
		expect(fromTexts.counts).toEqual(fromFolder.counts);
	});

	it('imports no Node module, however deep (it runs in a browser too)', () => {
		// an import without its extension is a .ts file, or a folder's index.ts
		const resolved = (path: string) =>
			[path, `${path}.ts`, join(path, 'index.ts')].find(
				(candidate) => existsSync(candidate) && candidate.includes('.')
			) ?? path;
		const seen = new Set<string>();
		const external = new Set<string>();
		const visit = (file: string) => {
			if (seen.has(file)) return;
			seen.add(file);
			const text = readFileSync(file, 'utf8');
			expect(text, file).not.toMatch(/\bprocess\.|\brequire\(/);
			for (const [, target] of text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
				if (target!.startsWith('.')) visit(resolved(normalize(join(dirname(file), target!))));
				else if (target!.startsWith('$lib/')) visit(resolved(join('src/lib', target!.slice(5))));
				else external.add(target!);
			}
		};
		visit('src/lib/checker/check-article.ts');
		expect(seen.size).toBeGreaterThan(10);
		const node = [...external].filter(
			(name) => name.startsWith('node:') || builtinModules.includes(name.split('/')[0]!)
		);
		expect(node).toEqual([]);
		expect(external).toContain('yaml');
	});
});
