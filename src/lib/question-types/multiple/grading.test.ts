/**
 * The multiple grading rules: what a response scores.
 */
import { describe, expect, it } from 'vitest';
import { multipleGrading } from './grading';
import { multipleKey } from '../../../../tests/unit/quiz-fixtures';

describe('the multiple score rule', () => {
	it('(right − wrong) / correct count, floored at 0', () => {
		expect(multipleGrading.score(multipleKey, ['a', 'b', 'c'])).toBe(1);
		expect(multipleGrading.score(multipleKey, ['c', 'a', 'b'])).toBe(1);
		expect(multipleGrading.score(multipleKey, ['a', 'b'])).toBeCloseTo(2 / 3);
		expect(multipleGrading.score(multipleKey, ['a', 'b', 'd'])).toBeCloseTo(1 / 3);
		expect(multipleGrading.score(multipleKey, ['a', 'd', 'e'])).toBe(0);
		expect(multipleGrading.score(multipleKey, ['d', 'e'])).toBe(0);
		expect(multipleGrading.score(multipleKey, ['a', 'b', 'c', 'd', 'e'])).toBeCloseTo(1 / 3);
		expect(multipleGrading.score(multipleKey, [])).toBe(0);
	});

	it('a repeated pick counts once', () => {
		expect(multipleGrading.score(multipleKey, ['a', 'a', 'a'])).toBeCloseTo(1 / 3);
	});

	it('all-or-nothing: only the exact set', () => {
		const key = { ...multipleKey, scoring: 'all-or-nothing' as const };
		expect(multipleGrading.score(key, ['b', 'c', 'a'])).toBe(1);
		expect(multipleGrading.score(key, ['a', 'b'])).toBe(0);
		expect(multipleGrading.score(key, ['a', 'b', 'c', 'd'])).toBe(0);
	});

	it('unknown ids in responses earn nothing and do not throw', () => {
		// an id the key does not know counts as a wrong pick
		expect(multipleGrading.score(multipleKey, ['a', 'b', 'c', 'zzz'])).toBeCloseTo(2 / 3);
	});
});
