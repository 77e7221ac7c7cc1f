// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '$lib/server/content';
import { summarize } from '$lib/checker/diagnostics';
import { ARTICLE, problems, questionsFolder, quizWith, removeFolders } from './content-fixtures';

afterEach(removeFolders);

const QUIZ = quizWith(
	'  - id: q1\n    type: true-false\n    prompt: P\n    explanation: E\n    evidence: "blood brothers"\n    answer: true\n'
);

describe('questions/ layout', () => {
	it('reads .yaml and .yml quizzes; an article without quizzes is fine', () => {
		const dir = questionsFolder({
			'one/article.md': ARTICLE,
			'one/first.yaml': QUIZ,
			'one/second.yml': QUIZ,
			'two/article.md': ARTICLE
		});
		const result = checkContent(dir);
		expect(result.diagnostics).toEqual([]);
		expect(
			result.content?.articles.map((a) => [a.article.slug, a.quizzes.map((q) => q.slug)])
		).toEqual([
			['one', ['first', 'second']],
			['two', []]
		]);
		expect(summarize(result.counts, result.diagnostics)).toBe(
			'2 articles, 2 quizzes, 2 questions, 0 errors'
		);
	});

	it('skips drafts: files and folders that begin with . or _', () => {
		const dir = questionsFolder({
			'one/article.md': ARTICLE,
			'one/_draft.yaml': 'not: [valid',
			'one/.hidden.yaml': 'not: [valid',
			'_wip/article.md': 'no front matter',
			'.git-like/x': 'x'
		});
		expect(problems(dir)).toEqual([]);
	});

	it('warns about any other file, and warnings do not fail the check', () => {
		const dir = questionsFolder({
			'one/article.md': ARTICLE,
			'one/quiz.yaml.txt': QUIZ,
			'README.md': 'notes'
		});
		expect(problems(dir)).toEqual([
			"one/quiz.yaml.txt:1:1 warning: 'quiz.yaml.txt' is ignored: only article.md and quiz files ending .yaml or .yml are read",
			"README.md:1:1 warning: 'README.md' is ignored: put each article in its own folder (questions/<article>/article.md)"
		]);
		const result = checkContent(dir);
		expect(result.content).toBeDefined();
		expect(summarize(result.counts, result.diagnostics)).toBe(
			'1 article, 0 quizzes, 0 questions, 0 errors, 2 warnings'
		);
	});

	it('rejects folder and quiz names that are not slugs', () => {
		const dir = questionsFolder({
			'North Korea/article.md': ARTICLE,
			'ok/article.md': ARTICLE,
			'ok/Reading_Check.yaml': QUIZ
		});
		expect(problems(dir)).toEqual([
			"North Korea:1:1 folder name 'North Korea' is not a slug: use lowercase words joined by hyphens (it becomes the URL)",
			"ok/Reading_Check.yaml:1:1 quiz file name 'Reading_Check.yaml' is not a slug: use lowercase words joined by hyphens, ending .yaml (like reading-check.yaml)"
		]);
		expect(checkContent(dir).content).toBeUndefined();
	});

	it('asks for a lowercase extension rather than calling the name wrong', () => {
		const dir = questionsFolder({ 'ok/article.md': ARTICLE, 'ok/quiz.YAML': QUIZ });
		expect(problems(dir)).toEqual([
			"ok/quiz.YAML:1:1 rename 'quiz.YAML' to 'quiz.yaml': the extension must be lowercase"
		]);
	});

	it('needs an article.md in every article folder', () => {
		const dir = questionsFolder({ 'lonely/quiz.yaml': QUIZ });
		expect(problems(dir)).toEqual([
			`lonely:1:1 no article.md in '${dir}/lonely': every article folder needs exactly one`
		]);
	});

	it('rejects two quizzes with the same slug', () => {
		const dir = questionsFolder({
			'one/article.md': ARTICLE,
			'one/q.yaml': QUIZ,
			'one/q.yml': QUIZ
		});
		expect(problems(dir)).toEqual([
			"one/q.yml:1:1 two quiz files are named 'q'; rename one (each becomes the URL /one/q)"
		]);
	});

	it('reports a missing questions folder instead of crashing', () => {
		const result = checkContent('/nonexistent/close-reader-questions');
		expect(result.diagnostics.map((d) => d.message)).toEqual([
			"the questions folder '/nonexistent/close-reader-questions' does not exist"
		]);
	});
});

describe('odd files', () => {
	it('reports empty and non-mapping quiz files, and reads an article with CRLF line endings', () => {
		const dir = questionsFolder({
			'a/article.md': ARTICLE.replace(/\n/g, '\r\n'),
			'a/empty.yaml': '',
			'a/list.yaml': '- just a list\n',
			'a/ok.yaml': QUIZ
		});
		expect(problems(dir)).toEqual([
			'a/empty.yaml:1:1 the quiz file is empty: give it a title and questions',
			'a/list.yaml:1:1 the file must be key: value lines (title: …), not a list'
		]);
	});
});
