import { describe, expect, it } from 'vitest';
import { formatPoints, pointsText, unfinishedText } from '$lib/components/quiz/words';
import { plural, pluralWord, quoted } from '$lib/text/words';
import type { Answer, QuestionView } from '$lib/quiz/types';

describe('plural', () => {
	it('uses the singular for exactly one and the plural otherwise, zero included', () => {
		expect(plural(1, 'sentence')).toBe('1 sentence');
		expect(plural(0, 'sentence')).toBe('0 sentences');
		expect(plural(3, 'quiz', 'quizzes')).toBe('3 quizzes');
		expect(plural(1, 'question is', 'questions are')).toBe('1 question is');
	});

	it('pluralWord gives the word alone, for fractional counts too', () => {
		expect(pluralWord(1, 'point')).toBe('point');
		expect(pluralWord(0.5, 'point')).toBe('points');
		expect(pluralWord(2, 'supports', 'support')).toBe('support');
	});
});

describe('points', () => {
	// issue #8: points show with at most one decimal (was two: '1.33')
	it('rounds to at most one decimal', () => {
		expect(formatPoints(4 / 3)).toBe('1.3');
		expect(pointsText({ earned: 0.5, possible: 2 })).toBe('0.5 / 2 points');
	});

	it('says "point" when the question is worth exactly one', () => {
		expect(pointsText({ earned: 0, possible: 1 })).toBe('0 / 1 point');
		expect(pointsText({ earned: 1, possible: 1 })).toBe('1 / 1 point');
	});
});

describe('quoted', () => {
	it("wraps in double quotes and turns the quote's own double quotes single, as in print", () => {
		expect(quoted('described as “blood brothers.”')).toBe('“described as ‘blood brothers.’”');
		expect(quoted('no inner quotes')).toBe('“no inner quotes”');
	});
});

describe('unfinishedText', () => {
	const common = { id: 'q', prompt: [], points: 1, version: 'v', attempts: 1 };
	const blanks: QuestionView = {
		...common,
		type: 'fill-blanks',
		parts: [],
		blankCount: 3,
		wordBank: null
	};
	const twoPart: QuestionView = {
		...common,
		type: 'true-false',
		requireEvidence: true,
		evidenceCount: 2
	};

	it('counts the blanks still empty', () => {
		const answer: Answer = { type: 'fill-blanks', response: ['1949', ' ', ''] };
		expect(unfinishedText(blanks, answer)).toBe('Fill in every blank first: 2 blanks left.');
	});

	it('asks for Part B once Part A is answered, and for Part A before that', () => {
		expect(unfinishedText(twoPart, { type: 'true-false', response: true })).toBe(
			'Now Part B: select 2 sentences in the article.'
		);
		expect(unfinishedText(twoPart, { type: 'true-false', response: null })).toBe(
			'Choose an answer first.'
		);
	});
});
