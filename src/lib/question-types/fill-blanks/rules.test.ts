/**
 * The fill-blanks rules: what a response scores, when it counts as answered, which typed answers
 * are almost right, and what a saved response may be.
 */
import { describe, expect, it } from 'vitest';
import { fillBlanks } from './rules';
import { blanks as question, blanksKey, keyBase } from '../../../../tests/unit/quiz-fixtures';
import type { KeyOf } from '../../quiz/kit/types';
import type { FillBlanks } from './types';

describe('the fill-blanks score rule', () => {
	it('right blanks / blanks, any alternative, typed answers normalised', () => {
		expect(fillBlanks.score(blanksKey, ['china', 'u.s', 'Economy.', ' talks '])).toBe(1);
		expect(fillBlanks.score(blanksKey, ['China', 'United  States', '', ''])).toBe(0.5);
		expect(fillBlanks.score(blanksKey, ['Japan', '', '', 'talks'])).toBe(0.25);
		expect(fillBlanks.score(blanksKey, ['', '', '', ''])).toBe(0);
		// a response shorter than the blanks (stale data) scores the missing blanks as empty
		expect(fillBlanks.score(blanksKey, ['China'])).toBe(0.25);
	});

	it('all-or-nothing: every blank right or nothing', () => {
		const key = { ...blanksKey, scoring: 'all-or-nothing' as const };
		expect(fillBlanks.score(key, ['China', 'U.S.', 'economy', 'talks'])).toBe(1);
		expect(fillBlanks.score(key, ['China', 'U.S.', 'economy', 'tanks'])).toBe(0);
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
		expect(fillBlanks.score(key, ['sanctons', 'sanction', 'nineteen forty-nine', 'Iran'])).toBe(
			3 / 4
		);
		expect(fillBlanks.nearMisses(key, ['sanctons', 'sanction', '1949', 'Iran'])).toEqual([
			{ part: 0, wrote: 'sanctons', answer: 'sanctions', slip: 'spelling' }
		]);
		// "sanction" in the first blank is the second blank's answer: wrong, not almost
		expect(fillBlanks.nearMisses(key, ['sanction', 'sanction', '1949', 'Iran'])).toEqual([]);
		// short words and numbers are never almost
		expect(fillBlanks.nearMisses(key, ['sanctions', 'sanction', '1948', 'Irn'])).toEqual([]);
		expect(fillBlanks.nearMisses(blanks('exact'), ['sanctons', 'x', 'y', 'z'])).toEqual([]);
		// which are not right, by index: the slip and the empty blank
		expect(fillBlanks.partsRight(key, ['sanctons', 'sanction', '1949', ''])).toEqual({
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
		expect(fillBlanks.score(key, ['90%', '5 dollars', '-3°', '1949'])).toBe(1);
		expect(fillBlanks.score(key, ['ninety percent', '$5', '3', 'nineteen forty-nine'])).toBe(1);
		expect(fillBlanks.score(key, ['90 km', '5 euros', '4', '1949'])).toBe(1 / 4);
		expect(fillBlanks.nearMisses(key, ['90 km', '5', '3', '1949'])).toEqual([
			{ part: 0, wrote: '90 km', answer: '90', slip: 'unit' }
		]);
		// without the words around (a key built before them), the unit is not known
		expect(fillBlanks.score({ ...key, around: undefined }, ['90%', '5', '3', '1949'])).toBe(3 / 4);
	});
});

describe('the fill-blanks answered rule', () => {
	it('every blank filled', () => {
		expect(fillBlanks.isAnswered(question, ['a', 'b', 'c', ' '])).toBe(false);
		expect(fillBlanks.isAnswered(question, ['a', 'b', 'c'])).toBe(false);
		expect(fillBlanks.isAnswered(question, ['a', 'b', 'c', 'd'])).toBe(true);
	});
});

describe('the fill-blanks restore rule: a saved response checked against the question', () => {
	const sentences = { isSentence: (id: string) => /^\d+\.\d+$/.test(id) };

	it('keeps a response that fits the question, and drops one that does not', () => {
		expect(fillBlanks.restore(question, ['a', '', 'c', 'd'], sentences)).toEqual([
			'a',
			'',
			'c',
			'd'
		]);
		// one text per blank, no more and no fewer
		expect(fillBlanks.restore(question, ['a', 'b', 'c'], sentences)).toBeUndefined();
		expect(fillBlanks.restore(question, ['a', 'b', 'c', 4], sentences)).toBeUndefined();
		// with a word bank, only its words (or nothing yet)
		const banked = { ...question, wordBank: ['China', 'talks'] };
		expect(fillBlanks.restore(banked, ['China', '', '', 'talks'], sentences)).toEqual([
			'China',
			'',
			'',
			'talks'
		]);
		expect(fillBlanks.restore(banked, ['Japan', '', '', ''], sentences)).toBeUndefined();
	});
});
