/** The true-false rules: what a response scores, when it counts as answered. */
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
