/**
 * The short-answer rules: what a response scores, when it counts as answered, which typed answers
 * are almost right, and what a saved response may be.
 */
import { describe, expect, it } from 'vitest';
import { normalizeAnswer } from '$lib/text/normalize';
import { shortAnswer } from './rules';
import { keyBase, short as question, shortKey } from '../../../../tests/unit/quiz-fixtures';
import type { KeyOf } from '../../quiz/kit/types';
import type { ShortAnswer } from './types';

describe('the short-answer score rule', () => {
	it('ignores case, curly quotes, spacing and end punctuation', () => {
		expect(shortAnswer.score(shortKey, 'Beijing')).toBe(1);
		expect(shortAnswer.score(shortKey, '  BEIJING.  ')).toBe(1);
		expect(shortAnswer.score(shortKey, '“Beijing!”')).toBe(1);
		expect(shortAnswer.score(shortKey, 'Kim  Jong Un’s plan')).toBe(1);
		expect(shortAnswer.score(shortKey, 'Pyongyang')).toBe(0);
		expect(shortAnswer.score(shortKey, 'Beijin')).toBe(0);
		expect(shortAnswer.score(shortKey, '')).toBe(0);
		expect(shortAnswer.score(shortKey, ' ... ')).toBe(0);
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
		expect(shortAnswer.score(key, 'Alaksa')).toBe(0);
		expect(shortAnswer.nearMisses(key, ' Alaksa ')).toEqual([
			{ part: 0, wrote: 'Alaksa', answer: 'Alaska', slip: 'spelling' }
		]);
		expect(shortAnswer.nearMisses(key, 'Alaska')).toEqual([]);
		expect(shortAnswer.nearMisses(key, 'Texas')).toEqual([]);
		expect(shortAnswer.nearMisses(short(['Alaska'], 'exact'), 'Alaksa')).toEqual([]);
		expect(shortAnswer.score(short(['90']), 'ninety')).toBe(1);
		expect(shortAnswer.score(short(['90'], 'exact'), 'ninety')).toBe(0);
	});

	it('a number with the unit its answer names counts with or without it, never with another', () => {
		const key = short(['$5']);
		for (const typed of ['$5', '5', '5 dollars', 'five dollars', '$ 5.00'])
			expect(shortAnswer.score(key, typed), typed).toBe(1);
		expect(shortAnswer.score(key, '5 euros')).toBe(0);
		// the right number with another unit: almost, named as the teacher wrote the answer
		expect(shortAnswer.nearMisses(key, '5 euros')).toEqual([
			{ part: 0, wrote: '5 euros', answer: '$5', slip: 'unit' }
		]);
		expect(shortAnswer.nearMisses(key, '6 dollars')).toEqual([]);
		// an answer without a unit: a unit typed with it is not the answer
		expect(shortAnswer.score(short(['90']), '90%')).toBe(0);
		expect(shortAnswer.score(short(['90%']), '90 percent')).toBe(1);
	});
});

describe('the short-answer answered rule', () => {
	it('not blank', () => {
		expect(shortAnswer.isAnswered(question, '   ')).toBe(false);
		expect(shortAnswer.isAnswered(question, 'x')).toBe(true);
	});
});

describe('the short-answer restore rule: a saved response checked against the question', () => {
	const sentences = { isSentence: (id: string) => /^\d+\.\d+$/.test(id) };

	it('keeps a response that fits the question, and drops one that does not', () => {
		expect(shortAnswer.restore(question, 'Beijing', sentences)).toBe('Beijing');
		expect(shortAnswer.restore(question, '', sentences)).toBe('');
		expect(shortAnswer.restore(question, null, sentences)).toBeUndefined();
		expect(shortAnswer.restore(question, ['Beijing'], sentences)).toBeUndefined();
	});
});
