/**
 * The true-false answering rules: when a response counts as answered, what a saved one may be.
 */
import { describe, expect, it } from 'vitest';
import { trueFalse } from './rules';
import { trueFalse as question } from '../../../../tests/unit/quiz-fixtures';

describe('the true-false answered rule', () => {
	it('once an answer is picked', () => {
		expect(trueFalse.isAnswered(question, null)).toBe(false);
		expect(trueFalse.isAnswered(question, false)).toBe(true);
	});
});

describe('the true-false restore rule: a saved response checked against the question', () => {
	const sentences = { isSentence: (id: string) => /^\d+\.\d+$/.test(id) };

	it('keeps a response that fits the question, and drops one that does not', () => {
		expect(trueFalse.restore(question, false, sentences)).toBe(false);
		expect(trueFalse.restore(question, null, sentences)).toBeNull();
		expect(trueFalse.restore(question, 'false', sentences)).toBeUndefined();
	});
});
