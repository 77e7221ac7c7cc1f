// @vitest-environment node
/** The checker's words on a test's `retakes`, `grade` and `review`, and the rules a test is built with. */
import { afterEach, describe, expect, it } from 'vitest';
import { clearContentCache, getQuiz } from '$lib/server/content-source';
import { ARTICLE, questionsFolder, quizProblems, removeFolders } from './content-fixtures';

afterEach(() => {
	removeFolders();
	clearContentCache();
});

const question =
	'  - id: a\n    type: true-false\n    prompt: P\n    explanation: E\n    evidence: "deepening ties with China"\n    answer: true\n';
const quiz = (head: string) => `title: Test\n${head}questions:\n${question}`;

function built(head: string) {
	const dir = questionsFolder({ 'a/article.md': ARTICLE, 'a/q.yaml': quiz(head) });
	return getQuiz('a', 'q', dir)!;
}

describe('retakes, grade and review in the quiz file', () => {
	it('retakes that is not a whole number of 0 or more is an error at its value', () => {
		const message =
			'retakes: must be a whole number, 0 or more: how many times a student may retake the test for a new recorded score';
		expect(quizProblems(quiz('mode: test\nretakes: -1\n'))).toEqual([`a/q.yaml:3:10 ${message}`]);
		expect(quizProblems(quiz('mode: test\nretakes: 1.5\n'))).toEqual([`a/q.yaml:3:10 ${message}`]);
	});

	it('a grade or review that is not one of its words names the words', () => {
		expect(quizProblems(quiz('mode: test\nretakes: 1\ngrade: highest\n'))).toEqual([
			"a/q.yaml:4:8 grade: 'highest' is not allowed; use one of 'first', 'best', 'last'"
		]);
		expect(quizProblems(quiz('mode: test\nreview: answer\n'))).toEqual([
			"a/q.yaml:3:9 review: 'answer' is not allowed — did you mean 'answers'?"
		]);
	});

	it('on a practice quiz each of them is a warning at its name: they apply only to tests', () => {
		const warning = (line: number, field: string) =>
			`a/q.yaml:${line}:1 warning: ${field} applies only to tests (mode: test); a practice quiz can be tried again as often as the student likes, so remove ${field} or add mode: test`;
		expect(quizProblems(quiz('retakes: 2\ngrade: last\nreview: score\n'))).toEqual([
			warning(2, 'retakes'),
			warning(3, 'grade'),
			warning(4, 'review')
		]);
	});

	it('grade without retakes is a warning at grade: the first submission counts', () => {
		expect(quizProblems(quiz('mode: test\ngrade: best\n'))).toEqual([
			'a/q.yaml:3:1 warning: grade: best changes nothing without retakes: the first submission is the score of record; add retakes: 1 (or more), or remove grade'
		]);
		expect(quizProblems(quiz('mode: test\nretakes: 1\ngrade: last\nreview: score\n'))).toEqual([]);
	});
});

describe('the rules a test is built with', () => {
	it('a test without them: no retakes, the first submission counts, answers shown', () => {
		expect(built('mode: test\n').testRules).toEqual({
			retakes: 0,
			grade: 'first',
			review: 'answers'
		});
	});

	it('with retakes, the best recorded submission counts unless grade says otherwise', () => {
		expect(built('mode: test\nretakes: 2\n').testRules).toEqual({
			retakes: 2,
			grade: 'best',
			review: 'answers'
		});
		expect(built('mode: test\nretakes: 1\ngrade: last\nreview: score\n').testRules).toEqual({
			retakes: 1,
			grade: 'last',
			review: 'score'
		});
	});

	it('a practice quiz has none', () => {
		expect(built('').testRules).toBeUndefined();
	});
});
