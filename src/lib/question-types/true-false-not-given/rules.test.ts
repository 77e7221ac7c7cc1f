/**
 * The true-false-not-given answering rules: when a response counts as answered, what a saved one may be.
 */
import { describe, expect, it } from 'vitest';
import { trueFalseNotGiven } from './rules';
import { tfng as question } from '../../../../tests/unit/quiz-fixtures';

describe('the true-false-not-given answered rule', () => {
	it('once an answer is picked', () => {
		expect(trueFalseNotGiven.isAnswered(question, null)).toBe(false);
		expect(trueFalseNotGiven.isAnswered(question, 'not-given')).toBe(true);
	});
});

describe('the true-false-not-given restore rule: a saved response checked against the question', () => {
	const sentences = { isSentence: (id: string) => /^\d+\.\d+$/.test(id) };

	it('keeps a response that fits the question, and drops one that does not', () => {
		expect(trueFalseNotGiven.restore(question, 'not-given', sentences)).toBe('not-given');
		expect(trueFalseNotGiven.restore(question, null, sentences)).toBeNull();
		expect(trueFalseNotGiven.restore(question, 'maybe', sentences)).toBeUndefined();
		expect(trueFalseNotGiven.restore(question, true, sentences)).toBeUndefined();
	});
});
