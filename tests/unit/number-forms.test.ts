// @vitest-environment node
/**
 * Numbers with units in typed answers (text/number-forms.ts, through the typed-answer check in
 * quiz/kit/credit.ts): which forms count for an accepted number given the words around its blank,
 * which must not, and which are the right number with another unit (a near-miss).
 */
import { describe, expect, it } from 'vitest';
import { typedMatches, typedSlip } from '$lib/quiz/kit/credit';
import { normalizeAnswer } from '$lib/text/normalize';
import { aroundBlank, numberForm, readNumber, type Around } from '$lib/text/number-forms';

/** The words around a blank, as the build keeps them from the passage's text. */
const around = (before: string, after: string): Around => aroundBlank(before, after);

const PERCENT = around('Fish account for more than ', ' percent of the value.');
const PERCENT_SIGN = around('More than ', '% of the fish.');
const DOLLAR_SIGN = around('A ticket costs $', ' each way.');
const DOLLARS = around('A ticket costs ', ' dollars each way.');
const MINUS = around('The harbour fell to minus ', ' degrees.');
const SEATS = around('The plane holds ', ' seats.');
const NOTHING = around('The first ferry sailed in ', '.');

/** [typed, accepted, around, counts?] */
const cases: [string, string, Around | undefined, boolean][] = [
	// the unit named after the blank: with or without it, in any spelling
	['90', '90', PERCENT, true],
	['90%', '90', PERCENT, true],
	['90 %', '90', PERCENT, true],
	['90 percent', '90', PERCENT, true],
	['90 per cent', '90', PERCENT, true],
	['ninety percent', '90', PERCENT, true],
	['90％', '90', PERCENT, true],
	['90%', '90', PERCENT_SIGN, true],
	// …but never another number, nor another unit
	['9', '90', PERCENT, false],
	['9%', '90', PERCENT, false],
	['900%', '90', PERCENT, false],
	['90 km', '90', PERCENT, false],
	['90 dollars', '90', PERCENT, false],
	// dollars: named by the sign before the blank, the word after it, or the answer itself
	['$5', '5', DOLLAR_SIGN, true],
	['5 dollars', '5', DOLLAR_SIGN, true],
	['$5', '5', DOLLARS, true],
	['5$', '5', DOLLARS, true],
	['five dollars', '5', DOLLARS, true],
	['5', '$5', undefined, true],
	['$5', '$5', undefined, true],
	['5 dollars', '$5', undefined, true],
	['$ 5.00', '$5', undefined, true],
	['5 euros', '$5', undefined, false],
	['£5', '5', DOLLARS, false],
	// no unit named anywhere: a unit typed with the number is not the answer
	['90%', '90', undefined, false],
	['1949', '1949', NOTHING, true],
	['1949%', '1949', NOTHING, false],
	// a word after the blank that the table does not know is the unit all the same
	['19 seats', '19', SEATS, true],
	['nineteen seats', '19', SEATS, true],
	['19 rows', '19', SEATS, false],
	// the sign: a Unicode minus is a minus; a sign is part of the number…
	['−3', '-3', undefined, true],
	['-3', '−3', undefined, true],
	['minus three', '-3', undefined, true],
	['3', '-3', undefined, false],
	['-3', '3', undefined, false],
	// …unless the words before the blank say it
	['3', '3', MINUS, true],
	['-3', '3', MINUS, true],
	['−3 degrees', '3', MINUS, true],
	['-4', '3', MINUS, false],
	// an answer that is not a number has no number forms
	['beijing', 'Beijing', PERCENT, true],
	['beijing%', 'Beijing', PERCENT, false]
];

describe('a number answer with or without its unit or sign', () => {
	it.each(cases)('"%s" for %s: %s', (typed, accepted, words, counts) => {
		expect(typedMatches(typed, [normalizeAnswer(accepted)], 'forgiving', words)).toBe(counts);
	});

	it('with spelling: exact, only the same text counts', () => {
		expect(typedMatches('90%', ['90'], 'exact', PERCENT)).toBe(false);
		expect(typedMatches('90', ['90'], 'exact', PERCENT)).toBe(true);
		expect(typedMatches('−3', [normalizeAnswer('-3')], 'exact')).toBe(true);
	});
});

describe('the right number with another unit is almost right', () => {
	it('names the answer it is almost, and why', () => {
		expect(typedSlip('90 km', ['90'], 'forgiving', [], PERCENT)).toEqual({
			answer: '90',
			slip: 'unit'
		});
		expect(typedSlip('90%', ['90'], 'forgiving', [], undefined)).toEqual({
			answer: '90',
			slip: 'unit'
		});
		expect(typedSlip('5 euros', [normalizeAnswer('$5')], 'forgiving')).toEqual({
			answer: '$5',
			slip: 'unit'
		});
	});

	it('not another number, not a right answer, not with exact spelling', () => {
		expect(typedSlip('9 km', ['90'], 'forgiving', [], PERCENT)).toBeNull();
		expect(typedSlip('90%', ['90'], 'forgiving', [], PERCENT)).toBeNull();
		expect(typedSlip('90 km', ['90'], 'exact', [], PERCENT)).toBeNull();
	});
});

describe('the forms an accepted answer lets count', () => {
	it('its value, the unit it or its blank names, and whether the sign is named', () => {
		expect(numberForm('90', PERCENT)).toEqual({ value: 90, unit: 'percent', signed: false });
		expect(numberForm('$5')).toEqual({ value: 5, unit: 'dollar', signed: false });
		expect(numberForm('12 km', PERCENT)).toEqual({ value: 12, unit: 'kilometre', signed: false });
		expect(numberForm('3', MINUS)).toEqual({ value: 3, unit: 'degree', signed: true });
		expect(numberForm('1949', NOTHING)).toEqual({ value: 1949, unit: null, signed: false });
		expect(numberForm('beijing', PERCENT)).toBeNull();
		expect(numberForm('the 1940s')).toBeNull();
	});

	it('reads what a student types as a number and its unit', () => {
		expect(readNumber('90 %')).toEqual({ value: 90, unit: 'percent' });
		expect(readNumber('12km')).toEqual({ value: 12, unit: 'kilometre' });
		expect(readNumber('two hundred and fifty')).toEqual({ value: 250, unit: null });
		expect(readNumber('three hours')).toEqual({ value: 3, unit: 'hour' });
		expect(readNumber('ninetypercent')).toBeNull();
		expect(readNumber('percent')).toBeNull();
		expect(readNumber('')).toBeNull();
	});

	it('keeps only the words of the blank’s sentence next to it', () => {
		expect(around('It ended. Since then ', ' weeks passed! And more.')).toEqual({
			before: 'since then ',
			after: ' weeks passed!'
		});
		expect(around('x'.repeat(40), 'y'.repeat(40)).before).toHaveLength(24);
	});
});
