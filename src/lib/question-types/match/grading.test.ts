/**
 * The match grading rules: what a response scores.
 */
import { describe, expect, it } from 'vitest';
import { matchGrading } from './grading';
import { matchKey } from '../../../../tests/unit/quiz-fixtures';

describe('the match score rule', () => {
	it('right pairs / pairs; unmatched lefts earn nothing', () => {
		expect(matchGrading.score(matchKey, ['r2', 'r1', 'r4', 'r3'])).toBe(1);
		expect(matchGrading.score(matchKey, ['r2', 'r1', null, 'r5'])).toBe(0.5);
		expect(matchGrading.score(matchKey, [null, null, null, null])).toBe(0);
		expect(
			matchGrading.score({ ...matchKey, scoring: 'all-or-nothing' }, ['r2', 'r1', 'r4', null])
		).toBe(0);
	});

	it('unknown ids in responses earn nothing and do not throw', () => {
		expect(matchGrading.score(matchKey, ['zzz', 'r1', 'r4', 'r3', 'r9'])).toBe(0.75);
	});
});
