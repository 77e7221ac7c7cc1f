import { describe, expect, it } from 'vitest';
import { formatPoints, plural, pluralWord, pointsText } from '$lib/quiz/format';

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
	it('rounds to at most two decimals', () => {
		expect(formatPoints(4 / 3)).toBe('1.33');
		expect(pointsText({ earned: 0.5, possible: 2 })).toBe('0.5 / 2 points');
	});
});
