// @vitest-environment node
/**
 * The dev server's content: one broken file breaks only its own page. `loadContent` with
 * `allowBroken` gives every article and quiz that built, and each broken file's problems placed on
 * the page it belongs to; without it (a build) any error still throws.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError } from '$lib/server/content';
import { clearContentCache, loadContent } from '$lib/server/content-source';
import { ARTICLE, questionsFolder, quizWith, removeFolders } from './content-fixtures';

afterEach(() => {
	removeFolders();
	clearContentCache();
});

const GOOD = quizWith(
	'  - id: q1\n    type: true-false\n    prompt: P\n    explanation: E\n    evidence: "In 1949"\n    answer: true\n'
);
const BROKEN = 'title: Lincoln: Second Inaugural\nquestions: []\n';

describe('dev server content (allowBroken)', () => {
	it('keeps the quizzes and articles that build, and places each broken file on its page', () => {
		const dir = questionsFolder({
			'a/article.md': ARTICLE,
			'a/good.yaml': GOOD,
			'a/broken.yaml': BROKEN,
			'b/article.md': '---\ntitle: [unclosed\n---\n\nText.\n',
			'b/quiz.yaml': GOOD,
			'Bad Folder/article.md': ARTICLE
		});
		expect(() => loadContent(dir)).toThrow(ContentError);
		const content = loadContent(dir, { allowBroken: true });
		expect(content.articles.map((entry) => entry.article.slug)).toEqual(['a']);
		expect(content.articles[0]!.quizzes.map((quiz) => quiz.slug)).toEqual(['good']);
		expect(
			content.problems.map(({ path, article, quiz, role, diagnostics }) => ({
				path: path.slice(dir.length + 1),
				article,
				quiz,
				role,
				lines: diagnostics.map((d) => `${d.line}:${d.col} ${d.severity}`)
			}))
		).toEqual([
			{ path: 'a/broken.yaml', article: 'a', quiz: 'broken', role: 'quiz', lines: ['1:15 error'] },
			{
				path: 'b/article.md',
				article: 'b',
				quiz: undefined,
				role: 'article',
				lines: ['3:1 error']
			},
			{
				path: 'Bad Folder',
				article: undefined,
				quiz: undefined,
				role: 'other',
				lines: ['1:1 error']
			}
		]);
	});

	it('a clean folder has no problems and the same content both ways', () => {
		const dir = questionsFolder({ 'a/article.md': ARTICLE, 'a/good.yaml': GOOD });
		expect(loadContent(dir, { allowBroken: true }).problems).toEqual([]);
		expect(loadContent(dir).articles[0]!.quizzes[0]!.slug).toBe('good');
	});
});
