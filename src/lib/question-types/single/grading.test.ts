/**
 * The single grading rules: what a response scores.
 */
import { describe, expect, it } from 'vitest';
import { singleGrading } from './grading';
import { singleKey } from '../../../../tests/unit/quiz-fixtures';

describe('the single score rule', () => {
	it('the correct choice or nothing', () => {
		expect(singleGrading.score(singleKey, 'b')).toBe(1);
		expect(singleGrading.score(singleKey, 'a')).toBe(0);
		expect(singleGrading.score(singleKey, null)).toBe(0);
	});

	it('unknown ids in responses earn nothing and do not throw', () => {
		expect(singleGrading.score(singleKey, 'zzz')).toBe(0);
	});
});
