/** Each page's meta description, written at build time from the article and quiz it shows. */
import { describe, expect, it } from 'vitest';
import { articleDescription, quizDescription, teacherDescription } from '$lib/server/descriptions';
import type { QuizData } from '$lib/quiz/types';
import { parseInline } from '$lib/text/inline';
import { article, quizOf } from './text-question-fixtures';

const meta = { slug: 'tides', title: 'Why the Sea Comes Back', source: 'Coast Weekly' };

function quiz(overrides: Partial<QuizData> = {}): QuizData {
	return quizOf([], { title: 'Tides', questionCount: 12, ...overrides });
}

describe('meta descriptions', () => {
	it('an article page names the article, its source and how many quizzes it has', () => {
		const summaries = [quiz(), quiz({ slug: 'b' })];
		expect(articleDescription(meta, summaries)).toBe(
			'Read “Why the Sea Comes Back” (Coast Weekly) and take 2 quizzes on it: every answer is anchored in the text.'
		);
		expect(articleDescription({ slug: 'x', title: 'Alone' }, [])).toBe(
			'Read “Alone”: every answer is anchored in the text.'
		);
	});

	it('a quiz page uses the teacher’s description as plain text, else says what the quiz is', () => {
		const described = quiz({ description: parseInline('Six words, *in context*.') });
		expect(quizDescription(described, meta)).toBe('Six words, in context.');
		expect(quizDescription(quiz({ mode: 'test', questionCount: 1 }), meta)).toBe(
			'Test: 1 question on “Why the Sea Comes Back”. Every answer is anchored in the text.'
		);
		expect(quizDescription(quiz(), meta)).toMatch(/^Practice quiz: 12 questions on/);
	});

	it('the answer key says it is one', () => {
		expect(teacherDescription(quiz(), { ...article, title: 'A' })).toBe(
			'The answer key of “Tides” on “A”, with the passages each question cites.'
		);
	});
});
