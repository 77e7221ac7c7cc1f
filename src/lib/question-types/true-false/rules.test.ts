/** The true-false rules: what a response scores. */
import { describe, expect, it } from 'vitest';
import { trueFalse } from './rules';
import { trueFalseKey } from '../../../../tests/unit/quiz-fixtures';

describe('the true-false score rule', () => {
	it('the exact answer', () => {
		expect(trueFalse.score(trueFalseKey, false)).toBe(1);
		expect(trueFalse.score(trueFalseKey, true)).toBe(0);
		expect(trueFalse.score(trueFalseKey, null)).toBe(0);
	});
});
