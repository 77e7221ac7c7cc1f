/**
 * The short-answer grading rules: what a response scores, and which typed answers are almost right.
 */
import { describe, expect, it } from 'vitest';
import { normalizeAnswer } from '$lib/text/normalize';
import { shortAnswerGrading } from './grading';
import { keyBase, shortKey } from '../../../../tests/unit/quiz-fixtures';
import type { KeyOf } from '../../quiz/kit/types';
import type { ShortAnswer } from './types';

describe('the short-answer score rule', () => {
	it('ignores case, curly quotes, spacing and end punctuation', () => {
		expect(shortAnswerGrading.score(shortKey, 'Beijing')).toBe(1);
		expect(shortAnswerGrading.score(shortKey, '  BEIJING.  ')).toBe(1);
		expect(shortAnswerGrading.score(shortKey, '“Beijing!”')).toBe(1);
		expect(shortAnswerGrading.score(shortKey, 'Kim  Jong Un’s plan')).toBe(1);
		expect(shortAnswerGrading.score(shortKey, 'Pyongyang')).toBe(0);
		expect(shortAnswerGrading.score(shortKey, 'Beijin')).toBe(0);
		expect(shortAnswerGrading.score(shortKey, '')).toBe(0);
		expect(shortAnswerGrading.score(shortKey, ' ... ')).toBe(0);
	});
});

describe('typed answers: score as written, near-misses apart', () => {
	const short = (answers: string[], spelling: 'forgiving' | 'exact' = 'forgiving') =>
		({
			...keyBase(),
			type: 'short-answer',
			answers: answers.map(normalizeAnswer),
			display: answers,
			spelling
		}) satisfies KeyOf<ShortAnswer>;

	it('"Alaksa" scores nothing but is almost; numbers in words score', () => {
		const key = short(['Alaska']);
		expect(shortAnswerGrading.score(key, 'Alaksa')).toBe(0);
		expect(shortAnswerGrading.nearMisses(key, ' Alaksa ')).toEqual([
			{ part: 0, wrote: 'Alaksa', answer: 'Alaska', slip: 'spelling' }
		]);
		expect(shortAnswerGrading.nearMisses(key, 'Alaska')).toEqual([]);
		expect(shortAnswerGrading.nearMisses(key, 'Texas')).toEqual([]);
		expect(shortAnswerGrading.nearMisses(short(['Alaska'], 'exact'), 'Alaksa')).toEqual([]);
		expect(shortAnswerGrading.score(short(['90']), 'ninety')).toBe(1);
		expect(shortAnswerGrading.score(short(['90'], 'exact'), 'ninety')).toBe(0);
	});

	it('a number with the unit its answer names counts with or without it, never with another', () => {
		const key = short(['$5']);
		for (const typed of ['$5', '5', '5 dollars', 'five dollars', '$ 5.00'])
			expect(shortAnswerGrading.score(key, typed), typed).toBe(1);
		expect(shortAnswerGrading.score(key, '5 euros')).toBe(0);
		// the right number with another unit: almost, named as the teacher wrote the answer
		expect(shortAnswerGrading.nearMisses(key, '5 euros')).toEqual([
			{ part: 0, wrote: '5 euros', answer: '$5', slip: 'unit' }
		]);
		expect(shortAnswerGrading.nearMisses(key, '6 dollars')).toEqual([]);
		// an answer without a unit: a unit typed with it is not the answer
		expect(shortAnswerGrading.score(short(['90']), '90%')).toBe(0);
		expect(shortAnswerGrading.score(short(['90%']), '90 percent')).toBe(1);
	});
});
