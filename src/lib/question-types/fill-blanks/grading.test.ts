/**
 * The fill-blanks grading rules: what a response scores, and which typed answers are almost right.
 */
import { describe, expect, it } from 'vitest';
import { fillBlanksGrading } from './grading';
import { blanksKey, keyBase } from '../../../../tests/unit/quiz-fixtures';
import type { KeyOf } from '../../quiz/kit/types';
import type { FillBlanks } from './types';

describe('the fill-blanks score rule', () => {
	it('right blanks / blanks, any alternative, typed answers normalised', () => {
		expect(fillBlanksGrading.score(blanksKey, ['china', 'u.s', 'Economy.', ' talks '])).toBe(1);
		expect(fillBlanksGrading.score(blanksKey, ['China', 'United  States', '', ''])).toBe(0.5);
		expect(fillBlanksGrading.score(blanksKey, ['Japan', '', '', 'talks'])).toBe(0.25);
		expect(fillBlanksGrading.score(blanksKey, ['', '', '', ''])).toBe(0);
		// a response shorter than the blanks (stale data) scores the missing blanks as empty
		expect(fillBlanksGrading.score(blanksKey, ['China'])).toBe(0.25);
	});

	it('all-or-nothing: every blank right or nothing', () => {
		const key = { ...blanksKey, scoring: 'all-or-nothing' as const };
		expect(fillBlanksGrading.score(key, ['China', 'U.S.', 'economy', 'talks'])).toBe(1);
		expect(fillBlanksGrading.score(key, ['China', 'U.S.', 'economy', 'tanks'])).toBe(0);
	});
});

describe('typed answers: score as written, near-misses apart', () => {
	const blanks = (spelling: 'forgiving' | 'exact' = 'forgiving') =>
		({
			...keyBase(),
			type: 'fill-blanks',
			blanks: [['sanctions'], ['sanction'], ['1949'], ['Iran']],
			scoring: 'partial',
			spelling
		}) satisfies KeyOf<FillBlanks>;

	it('each typed blank on its own; another blank’s answer is no slip', () => {
		const key = blanks();
		expect(
			fillBlanksGrading.score(key, ['sanctons', 'sanction', 'nineteen forty-nine', 'Iran'])
		).toBe(3 / 4);
		expect(fillBlanksGrading.nearMisses(key, ['sanctons', 'sanction', '1949', 'Iran'])).toEqual([
			{ part: 0, wrote: 'sanctons', answer: 'sanctions', slip: 'spelling' }
		]);
		// "sanction" in the first blank is the second blank's answer: wrong, not almost
		expect(fillBlanksGrading.nearMisses(key, ['sanction', 'sanction', '1949', 'Iran'])).toEqual([]);
		// short words and numbers are never almost
		expect(fillBlanksGrading.nearMisses(key, ['sanctions', 'sanction', '1948', 'Irn'])).toEqual([]);
		expect(fillBlanksGrading.nearMisses(blanks('exact'), ['sanctons', 'x', 'y', 'z'])).toEqual([]);
		// which are not right, by index: the slip and the empty blank
		expect(fillBlanksGrading.partsRight(key, ['sanctons', 'sanction', '1949', ''])).toEqual({
			right: 2,
			of: 4,
			wrong: [0, 3]
		});
	});

	it('a number takes the unit or sign the words beside its blank name', () => {
		const key = {
			...blanks(),
			blanks: [['90'], ['5'], ['3'], ['1949']],
			around: [
				{ before: 'fish account for more than', after: ' percent of the value' },
				{ before: 'a ticket costs $', after: ', and' },
				{ before: 'it fell to minus', after: ' degrees' },
				{ before: 'since', after: ', when' }
			]
		} satisfies KeyOf<FillBlanks>;
		expect(fillBlanksGrading.score(key, ['90%', '5 dollars', '-3°', '1949'])).toBe(1);
		expect(fillBlanksGrading.score(key, ['ninety percent', '$5', '3', 'nineteen forty-nine'])).toBe(
			1
		);
		expect(fillBlanksGrading.score(key, ['90 km', '5 euros', '4', '1949'])).toBe(1 / 4);
		expect(fillBlanksGrading.nearMisses(key, ['90 km', '5', '3', '1949'])).toEqual([
			{ part: 0, wrote: '90 km', answer: '90', slip: 'unit' }
		]);
		// without the words around (a key built before them), the unit is not known
		expect(fillBlanksGrading.score({ ...key, around: undefined }, ['90%', '5', '3', '1949'])).toBe(
			3 / 4
		);
	});
});
