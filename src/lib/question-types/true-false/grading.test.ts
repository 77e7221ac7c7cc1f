/**
 * The true-false grading rules: what a response scores.
 */
import { describe, expect, it } from 'vitest';
import { trueFalseGrading } from './grading';
import { trueFalseKey } from '../../../../tests/unit/quiz-fixtures';

describe('the true-false score rule', () => {
	it('the exact answer', () => {
		expect(trueFalseGrading.score(trueFalseKey, false)).toBe(1);
		expect(trueFalseGrading.score(trueFalseKey, true)).toBe(0);
		expect(trueFalseGrading.score(trueFalseKey, null)).toBe(0);
	});
});
