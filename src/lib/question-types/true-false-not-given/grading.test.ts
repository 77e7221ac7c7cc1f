/**
 * The true-false-not-given grading rules: what a response scores.
 */
import { describe, expect, it } from 'vitest';
import { trueFalseNotGivenGrading } from './grading';
import { tfngKey } from '../../../../tests/unit/quiz-fixtures';

describe('the true-false-not-given score rule', () => {
	it('the exact answer', () => {
		expect(trueFalseNotGivenGrading.score(tfngKey, 'not-given')).toBe(1);
		expect(trueFalseNotGivenGrading.score(tfngKey, 'false')).toBe(0);
		expect(trueFalseNotGivenGrading.score(tfngKey, null)).toBe(0);
	});
});
