/**
 * Numbers with a unit in typed answers: where the unit is percent, "90", "90%", "90 %", "90 percent"
 * and "ninety per cent" are one answer; where it is dollars, "5", "$5" and "5 dollars". The unit
 * counts when the accepted answer names it ("$5") or the words beside its blank do ("more than ___
 * percent", "$___"): then the number counts alone or with the unit in any spelling, but never with
 * another unit ("90 km" is not 90 percent) and never as another number ("9" is not 90). A sign is
 * part of the number ("3" is not "-3") unless the words before the blank say it ("minus ___").
 * On normalised text (`normalizeAnswer`, which turns "−3" into "-3"); numbers in words as
 * `parseNumber` reads them.
 */
import { normalizeText } from './normalize.ts';
import { parseNumber } from './numbers.ts';

/** The words around a blank in its passage: the unit or sign they name counts for its answer. */
export interface Around {
	before: string;
	after: string;
}

/** Characters kept on each side of a blank: enough for a unit ("per cent") or a sign ("minus"). */
const AROUND_LENGTH = 24;

/**
 * The words around a blank that matter for its number, from the passage's text before and after
 * it: normalised, within its sentence, and only the few next to the blank.
 */
export function aroundBlank(before: string, after: string): Around {
	const sentenceBefore =
		normalizeText(before)
			.split(/(?<=[.!?])\s/u)
			.at(-1) ?? '';
	const sentenceAfter = normalizeText(after).split(/(?<=[.!?])(?:\s|$)/u)[0] ?? '';
	return {
		before: sentenceBefore.slice(-AROUND_LENGTH),
		after: sentenceAfter.slice(0, AROUND_LENGTH)
	};
}

/** What an accepted answer that is a number lets count: see `numberForm`. */
export interface NumberForm {
	value: number;
	/** the unit that may go with it (a unit's name, or a word the table does not know), or null */
	unit: string | null;
	/** the words before the blank say the sign: the number counts with or without one */
	signed: boolean;
}

/** A typed number and the unit written with it (a unit's name, or the words themselves), if any. */
export interface NumberReading {
	value: number;
	unit: string | null;
}

/** Each unit's spellings after normalising, its name first; symbols may stand before or after. */
const UNITS: readonly (readonly string[])[] = [
	['percent', '%', 'per cent', 'pct'],
	['dollar', '$', 'us$', 'dollars', 'usd'],
	['cent', '¢', 'cents'],
	['pound', '£', 'pounds', 'gbp'],
	['euro', '€', 'euros', 'eur'],
	['degree', '°', 'degrees'],
	['kilometre', 'km', 'kms', 'kilometres', 'kilometer', 'kilometers'],
	['metre', 'metres', 'meter', 'meters'],
	['mile', 'miles', 'mi'],
	['kilogram', 'kg', 'kgs', 'kilograms', 'kilo', 'kilos'],
	['hour', 'hours', 'hr', 'hrs'],
	['minute', 'minutes', 'min', 'mins'],
	['year', 'years', 'yr', 'yrs']
];

/** Every spelling with its unit's name, longest first, so "per cent" is tried before "cent". */
const SPELLINGS: readonly { spelling: string; unit: string; symbol: boolean }[] = UNITS.flatMap(
	([name, ...others]) =>
		[name!, ...others].map((spelling) => ({
			spelling,
			unit: name!,
			symbol: /[^\p{L}\s]/u.test(spelling)
		}))
).sort((a, b) => b.spelling.length - a.spelling.length);

const SIGN_WORD = /^(?:minus|negative)\s+/u;
/** The words before a blank that give its number's sign: "minus ___", "−___". */
const SIGN_BEFORE = /(?:^|[\s(])(?:minus|negative|-)\s*$/u;

/** The number `text` is (digits or words, "minus"/"negative" before it), or null. */
function valueOf(text: string): number | null {
	const trimmed = text.trim();
	const sign = SIGN_WORD.exec(trimmed);
	if (sign) {
		const value = parseNumber(trimmed.slice(sign[0].length));
		return value === null ? null : -value;
	}
	return parseNumber(trimmed);
}

/** The unit's name when `word` is one of its spellings, else the word itself. */
const unitName = (word: string): string =>
	SPELLINGS.find((entry) => entry.spelling === word)?.unit ?? word;

/** "12 km", "19 seats", "nineteen seats": a number, then words that are not part of it. */
function withWords(text: string): NumberReading | null {
	const words = text.split(' ');
	for (let cut = words.length - 1; cut >= 1; cut--) {
		const unit = words.slice(cut).join(' ');
		if (!/^\p{L}/u.test(unit) || /\p{Nd}/u.test(unit)) continue;
		const value = valueOf(words.slice(0, cut).join(' '));
		if (value !== null) return { value, unit: unitName(unit) };
	}
	// digits against the unit's letters: "12km"
	const joined = /^([^\p{L}]*\p{Nd})(\p{L}+)$/u.exec(text);
	const value = joined ? valueOf(joined[1]!) : null;
	return value === null ? null : { value, unit: unitName(joined![2]!) };
}

/**
 * What a typed answer (normalised) is as a number: its value and the unit written with it, or null
 * when it is not a number. "$5" → 5 dollar; "90 %" → 90 percent; "ninety per cent" → 90 percent;
 * "19 seats" → 19 "seats"; "250" → 250 and no unit.
 */
export function readNumber(text: string): NumberReading | null {
	const trimmed = text.trim();
	if (trimmed === '') return null;
	const plain = valueOf(trimmed);
	if (plain !== null) return { value: plain, unit: null };
	for (const { spelling, unit, symbol } of SPELLINGS) {
		// a symbol before the number: "$5", "$ 5", "€ 20"
		if (symbol && trimmed.startsWith(spelling)) {
			const value = valueOf(trimmed.slice(spelling.length));
			if (value !== null) return { value, unit };
		}
		// a unit after it: "90%", "90 %", "90 percent", "12km"; a word only after a space or digit
		if (trimmed.endsWith(spelling)) {
			const rest = trimmed.slice(0, -spelling.length);
			if (!symbol && !/[\s\p{Nd}]$/u.test(rest)) continue;
			const value = valueOf(rest);
			if (value !== null) return { value, unit };
		}
	}
	return withWords(trimmed);
}

/** The unit the words beside a blank name: a unit right after it, a symbol right before it, or the word after it. */
function unitAround(around: Around): string | null {
	const after = around.after.trimStart();
	const before = around.before.trimEnd();
	for (const { spelling, unit, symbol } of SPELLINGS) {
		const next = after.slice(spelling.length, spelling.length + 1);
		if (after.startsWith(spelling) && (symbol || !/\p{L}/u.test(next))) return unit;
	}
	for (const { spelling, unit, symbol } of SPELLINGS)
		if (symbol && before.endsWith(spelling)) return unit;
	const word = /^\p{L}+/u.exec(after);
	return word ? word[0] : null;
}

/**
 * The forms that count for an accepted answer (normalised) that is a number: its value, with the
 * unit the answer names or else the words around its blank name, and whether the sign is named
 * before the blank. null when the answer is not a number ("Beijing", "the 1940s").
 */
export function numberForm(accepted: string, around?: Around): NumberForm | null {
	const reading = readNumber(accepted);
	if (!reading) return null;
	return {
		value: reading.value,
		unit: reading.unit ?? (around ? unitAround(around) : null),
		signed: around !== undefined && SIGN_BEFORE.test(around.before)
	};
}

/**
 * How a typed answer (normalised) stands to a number form: `right` (the number, alone or with the
 * form's unit), `unit` (the number with another unit, or with one where none is named) or `wrong`.
 */
export function numberMatch(typed: string, form: NumberForm): 'right' | 'unit' | 'wrong' {
	const reading = readNumber(typed);
	if (!reading) return 'wrong';
	const same =
		reading.value === form.value ||
		(form.signed && Math.abs(reading.value) === Math.abs(form.value));
	if (!same) return 'wrong';
	return reading.unit === null || reading.unit === form.unit ? 'right' : 'unit';
}
