// @vitest-environment node
/**
 * Typed answers quiz-wide: numbers in words, one slip from right, and what counts as almost. How each
 * typed type scores them is tested in its folder.
 */
import { describe, expect, it } from 'vitest';
import { typedMatches, typedSlip } from '$lib/quiz/kit/credit';
import { normalizeAnswer } from '$lib/text/normalize';
import { parseNumber } from '$lib/text/numbers';
import { isNearMiss, nearMissOf, oneEditApart } from '$lib/text/spelling';

describe('parseNumber', () => {
	it('reads digits, with thousands commas and decimals', () => {
		expect(parseNumber('250')).toBe(250);
		expect(parseNumber('1,000')).toBe(1000);
		expect(parseNumber('2,500,000')).toBe(2500000);
		expect(parseNumber('2.5')).toBe(2.5);
		expect(parseNumber(' 90 ')).toBe(90);
	});

	it('reads numbers written in words, with or without "and" and hyphens', () => {
		expect(parseNumber('two hundred fifty')).toBe(250);
		expect(parseNumber('two hundred and fifty')).toBe(250);
		expect(parseNumber('Two Hundred and Fifty')).toBe(250);
		expect(parseNumber('ninety')).toBe(90);
		expect(parseNumber('forty-nine')).toBe(49);
		expect(parseNumber('forty nine')).toBe(49);
		expect(parseNumber('zero')).toBe(0);
		expect(parseNumber('a hundred')).toBe(100);
		expect(parseNumber('a thousand')).toBe(1000);
		expect(parseNumber('one thousand and five')).toBe(1005);
		expect(parseNumber('twelve hundred')).toBe(1200);
		expect(parseNumber('one hundred thousand')).toBe(100000);
		expect(parseNumber('three million two hundred thousand and one')).toBe(3200001);
		expect(parseNumber('nineteen hundred and forty-nine')).toBe(1949);
	});

	it('reads years said in pairs', () => {
		expect(parseNumber('nineteen forty-nine')).toBe(1949);
		expect(parseNumber('twenty twenty')).toBe(2020);
		expect(parseNumber('twenty fifteen')).toBe(2015);
		expect(parseNumber('ten sixty-six')).toBe(1066);
		expect(parseNumber('nineteen oh five')).toBe(1905);
	});

	it('is not fooled by words that are not one number', () => {
		for (const text of [
			'',
			'a lot',
			'hundred',
			'and five',
			'two five',
			'fifty fifty',
			'twenty twenty twenty',
			'two thousand million',
			'five hundred zero',
			'one two three',
			'1st',
			'1,00',
			'Beijing',
			'ninety percent',
			'seventy-ten'
		])
			expect(parseNumber(text), text).toBeNull();
	});
});

describe('oneEditApart', () => {
	it('accepts one letter added, left out, changed, or two neighbours swapped', () => {
		expect(oneEditApart('alaska', 'alaskan')).toBe(true);
		expect(oneEditApart('alaska', 'alska')).toBe(true);
		expect(oneEditApart('alaska', 'alaxka')).toBe(true);
		expect(oneEditApart('alaksa', 'alaska')).toBe(true);
		expect(oneEditApart('lasaka', 'alaska')).toBe(false);
		expect(oneEditApart('brother', 'brothers')).toBe(true);
		expect(oneEditApart('aab', 'ab')).toBe(true);
	});

	it('refuses the same word and anything two edits away', () => {
		expect(oneEditApart('alaska', 'alaska')).toBe(false);
		expect(oneEditApart('alaska', 'alakas')).toBe(false);
		expect(oneEditApart('alaska', 'alask')).toBe(true);
		expect(oneEditApart('alaska', 'alas')).toBe(false);
		expect(oneEditApart('abcd', 'badc')).toBe(false);
	});
});

describe('isNearMiss: what counts as "almost"', () => {
	it('one slip in a word of 5 or more letters', () => {
		expect(isNearMiss('alaksa', 'alaska')).toBe(true);
		expect(isNearMiss('beijng', 'beijing')).toBe(true);
		expect(isNearMiss('crude oill', 'crude oil')).toBe(false); // "oil": 3 letters
		expect(isNearMiss('crudr oil', 'crude oil')).toBe(true); // "crude": 5 letters
		expect(isNearMiss('blood brother', 'blood brothers')).toBe(true);
	});

	it('never in short words: one letter there makes another word', () => {
		expect(isNearMiss('car', 'cat')).toBe(false);
		expect(isNearMiss('iram', 'iran')).toBe(false);
		// from 5 letters one slip is "almost" (a hint to look again, never points)
		expect(isNearMiss('kore', 'korea')).toBe(true);
		expect(isNearMiss('u.s', 'u.s.')).toBe(false);
	});

	it('never for numbers, in digits or words', () => {
		expect(isNearMiss('251', '250')).toBe(false);
		expect(isNearMiss('1948', '1949')).toBe(false);
		expect(isNearMiss('sevn', 'seven')).toBe(false); // "seven" is a number
		expect(isNearMiss('ninty', 'ninety')).toBe(false);
		expect(isNearMiss('1950s', '1960s')).toBe(false);
	});

	it('only one word may differ, and the words must line up', () => {
		expect(isNearMiss('bloud brother', 'blood brothers')).toBe(false);
		expect(isNearMiss('bloodbrothers', 'blood brothers')).toBe(false);
		expect(isNearMiss('brothers', 'blood brothers')).toBe(false);
		expect(isNearMiss('', 'alaska')).toBe(false);
		expect(isNearMiss('alaska', 'alaska')).toBe(false);
	});

	it('nearMissOf: not when the answer is right, nor when it is exactly another valid answer', () => {
		expect(nearMissOf('alaksa', ['alaska', 'in alaska'])).toBe('alaska');
		expect(nearMissOf('in alaksa', ['alaska', 'in alaska'])).toBe('in alaska');
		expect(nearMissOf('alaska', ['alaska'])).toBeNull();
		// "sanction" is almost "sanctions", but it is another blank's answer: a different word
		expect(nearMissOf('sanction', ['sanctions'], ['sanction'])).toBeNull();
		expect(nearMissOf('sanction', ['sanctions'])).toBe('sanctions');
	});
});

describe('typed answers with numbers', () => {
	const n = (answers: string[]) => answers.map(normalizeAnswer);

	it('"250", "two hundred fifty" and "two hundred and fifty" match each other', () => {
		for (const accepted of ['250', 'two hundred fifty', 'two hundred and fifty'])
			for (const typed of ['250', 'two hundred fifty', 'Two hundred and fifty.'])
				expect(typedMatches(typed, n([accepted])), `${typed} / ${accepted}`).toBe(true);
		expect(typedMatches('251', n(['250']))).toBe(false);
		expect(typedMatches('two hundred', n(['250']))).toBe(false);
	});

	it('not with spelling: exact', () => {
		expect(typedMatches('ninety', n(['90']), 'exact')).toBe(false);
		expect(typedMatches('90', n(['90']), 'exact')).toBe(true);
	});

	it('a near-miss is almost only with forgiving spelling, and never when it is right', () => {
		expect(typedSlip('Alaksa', n(['Alaska']), 'forgiving')).toEqual({
			answer: 'alaska',
			slip: 'spelling'
		});
		expect(typedSlip('Alaksa', n(['Alaska']), 'exact')).toBeNull();
		expect(typedSlip('alaska.', n(['Alaska']), 'forgiving')).toBeNull();
	});
});
