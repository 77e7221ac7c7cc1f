/**
 * The multiple rules: what a response scores, when it counts as answered, what a saved one may be.
 */
import { describe, expect, it } from 'vitest';
import { multiple } from './rules';
import { multiple as question, multipleKey } from '../../../../tests/unit/quiz-fixtures';

describe('the multiple score rule', () => {
	it('(right − wrong) / correct count, floored at 0', () => {
		expect(multiple.score(multipleKey, ['a', 'b', 'c'])).toBe(1);
		expect(multiple.score(multipleKey, ['c', 'a', 'b'])).toBe(1);
		expect(multiple.score(multipleKey, ['a', 'b'])).toBeCloseTo(2 / 3);
		expect(multiple.score(multipleKey, ['a', 'b', 'd'])).toBeCloseTo(1 / 3);
		expect(multiple.score(multipleKey, ['a', 'd', 'e'])).toBe(0);
		expect(multiple.score(multipleKey, ['d', 'e'])).toBe(0);
		expect(multiple.score(multipleKey, ['a', 'b', 'c', 'd', 'e'])).toBeCloseTo(1 / 3);
		expect(multiple.score(multipleKey, [])).toBe(0);
	});

	it('a repeated pick counts once', () => {
		expect(multiple.score(multipleKey, ['a', 'a', 'a'])).toBeCloseTo(1 / 3);
	});

	it('all-or-nothing: only the exact set', () => {
		const key = { ...multipleKey, scoring: 'all-or-nothing' as const };
		expect(multiple.score(key, ['b', 'c', 'a'])).toBe(1);
		expect(multiple.score(key, ['a', 'b'])).toBe(0);
		expect(multiple.score(key, ['a', 'b', 'c', 'd'])).toBe(0);
	});

	it('unknown ids in responses earn nothing and do not throw', () => {
		// an id the key does not know counts as a wrong pick
		expect(multiple.score(multipleKey, ['a', 'b', 'c', 'zzz'])).toBeCloseTo(2 / 3);
	});
});

describe('the multiple answered rule', () => {
	it('once a choice is picked', () => {
		expect(multiple.isAnswered(question, [])).toBe(false);
		expect(multiple.isAnswered(question, ['e'])).toBe(true);
	});
});

describe('the multiple restore rule: a saved response checked against the question', () => {
	const sentences = { isSentence: (id: string) => /^\d+\.\d+$/.test(id) };

	it('keeps a response that fits the question, and drops one that does not', () => {
		expect(multiple.restore(question, ['a', 'c'], sentences)).toEqual(['a', 'c']);
		expect(multiple.restore(question, [], sentences)).toEqual([]);
		expect(multiple.restore(question, ['a', 'a'], sentences)).toBeUndefined();
		expect(multiple.restore(question, ['a', 'z'], sentences)).toBeUndefined();
		expect(multiple.restore(question, 'a', sentences)).toBeUndefined();
	});
});
