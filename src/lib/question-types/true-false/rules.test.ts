/**
 * The true-false rules: what a response scores, when it counts as answered, what a saved one may
 * be.
 */
import { describe, expect, it } from 'vitest';
import { trueFalse } from './rules';
import { trueFalse as question, trueFalseKey } from '../../../../tests/unit/quiz-fixtures';

describe('the true-false score rule', () => {
	it('the exact answer', () => {
		expect(trueFalse.score(trueFalseKey, false)).toBe(1);
		expect(trueFalse.score(trueFalseKey, true)).toBe(0);
		expect(trueFalse.score(trueFalseKey, null)).toBe(0);
	});
});

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
