/** The true-false-not-given rules: what a response scores. */
import { describe, expect, it } from 'vitest';
import { trueFalseNotGiven } from './rules';
import { tfngKey } from '../../../../tests/unit/quiz-fixtures';

describe('the true-false-not-given score rule', () => {
	it('the exact answer', () => {
		expect(trueFalseNotGiven.score(tfngKey, 'not-given')).toBe(1);
		expect(trueFalseNotGiven.score(tfngKey, 'false')).toBe(0);
		expect(trueFalseNotGiven.score(tfngKey, null)).toBe(0);
	});
});
