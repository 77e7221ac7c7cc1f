/**
 * The single rules: what a response scores, when it counts as answered, what a saved one may be.
 */
import { describe, expect, it } from 'vitest';
import { single } from './rules';
import { single as question, singleKey } from '../../../../tests/unit/quiz-fixtures';

describe('the single score rule', () => {
	it('the correct choice or nothing', () => {
		expect(single.score(singleKey, 'b')).toBe(1);
		expect(single.score(singleKey, 'a')).toBe(0);
		expect(single.score(singleKey, null)).toBe(0);
	});

	it('unknown ids in responses earn nothing and do not throw', () => {
		expect(single.score(singleKey, 'zzz')).toBe(0);
	});
});

describe('the single answered rule', () => {
	it('once a choice is picked', () => {
		expect(single.isAnswered(question, null)).toBe(false);
		expect(single.isAnswered(question, 'a')).toBe(true);
	});
});

describe('the single restore rule: a saved response checked against the question', () => {
	const sentences = { isSentence: (id: string) => /^\d+\.\d+$/.test(id) };

	it('keeps a response that fits the question, and drops one that does not', () => {
		expect(single.restore(question, 'b', sentences)).toBe('b');
		expect(single.restore(question, null, sentences)).toBeNull();
		// a choice the question no longer has, or not a choice at all
		expect(single.restore(question, 'z', sentences)).toBeUndefined();
		expect(single.restore(question, 1, sentences)).toBeUndefined();
	});
});
