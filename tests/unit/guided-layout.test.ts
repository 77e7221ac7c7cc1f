// @vitest-environment node
/**
 * Guided reading at build time and in the quiz logic: `after:` must name a paragraph of the
 * article; each question's place is its `after` or the ¶ of its first quote; a test laid out side
 * by side gets no places; neither field changes a question's version (saved answers stay).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkArticle } from '$lib/checker/check-article';
import { questionsAfter, questionsAtEnd } from '$lib/quiz/guided';
import type { QuizData } from '$lib/quiz/types';
import { ARTICLE, quizProblems, quizWith, removeFolders } from './content-fixtures';

afterEach(removeFolders);

const question = (id: string, evidence: string, extra = '') =>
	`  - id: ${id}\n    type: true-false\n    prompt: P\n    explanation: E\n    evidence: "${evidence}"\n    answer: true\n${extra}`;

const QUESTIONS = [
	question('blood', 'blood brothers'),
	question('ties', 'deepening ties with China'),
	question('placed', 'In 1949', '    after: 1\n')
];

function built(head: string, questions = QUESTIONS): QuizData {
	const check = checkArticle({
		slug: 'a',
		path: 'a/article.md',
		text: ARTICLE,
		quizzes: [
			{
				path: 'a/q.yaml',
				slug: 'q',
				text: head + quizWith(...questions).replace(/^title: Test quiz\n/, '')
			}
		]
	});
	expect(check.diagnostics).toEqual([]);
	return check.entry!.quizzes[0]!;
}

describe('guided layout', () => {
	it('places each question after its `after`, else after the ¶ of its first quote', () => {
		const quiz = built('title: T\nlayout: guided\n');
		expect(quiz.layout).toEqual({ chosen: 'guided', after: { blood: 3, ties: 1, placed: 1 } });
		expect(questionsAfter(quiz.questions, quiz.layout!, 1).map((q) => q.id)).toEqual([
			'ties',
			'placed'
		]);
		expect(questionsAfter(quiz.questions, quiz.layout!, 2)).toEqual([]);
		expect(questionsAtEnd(quiz.questions, { chosen: 'guided', after: { blood: 3 } })).toEqual(
			quiz.questions.slice(1)
		);
	});

	it('lets a practice quiz be guided, and not a test laid out side by side', () => {
		expect(built('title: T\n').layout?.chosen).toBe('side-by-side');
		expect(built('title: T\nmode: test\n').layout).toBeUndefined();
		expect(built('title: T\nmode: test\nlayout: guided\n').layout?.chosen).toBe('guided');
	});

	it('keeps every question version: `after` and `layout` change no saved answer', () => {
		const plain = built('title: T\n', QUESTIONS.slice(0, 2).concat(question('placed', 'In 1949')));
		const guided = built('title: T\nlayout: guided\n');
		expect(guided.questions.map((q) => q.version)).toEqual(plain.questions.map((q) => q.version));
		expect(guided.version).toBe(plain.version);
	});

	it('says at its line when `after` names a paragraph the article does not have', () => {
		expect(quizProblems(quizWith(question('q1', 'blood brothers', '    after: 4\n')))).toEqual([
			'a/q.yaml:9:12 after: the article has no ¶4; it has ¶1 to ¶3'
		]);
		expect(quizProblems('layout: beside\n' + quizWith(question('q1', 'blood brothers')))).toEqual([
			"a/q.yaml:1:9 layout: 'beside' is not allowed; use one of 'side-by-side', 'guided'"
		]);
	});
});
