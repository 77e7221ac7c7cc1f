/**
 * The single answering rules: when a response counts as answered, what a saved one may be.
 */
import { describe, expect, it } from 'vitest';
import { single } from './rules';
import { single as question } from '../../../../tests/unit/quiz-fixtures';

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
