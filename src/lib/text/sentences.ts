/**
 * Splits a paragraph's plain text into sentences, for questions in which students select
 * sentences. News prose is full of full stops that end no sentence ("U.N. Security Council",
 * "Mr. Kim", "Jan. 5", "a.m."), so a full stop ends a sentence only when the word before it is
 * not an abbreviation and the next sentence visibly starts (a capital, a digit or an opening quote).
 */

import type { TextRange } from './range.ts';

/** Words that end in a full stop without ending a sentence (compared lowercased, without the dot). */
const ABBREVIATIONS = new Set([
	// titles
	'mr',
	'mrs',
	'ms',
	'mx',
	'dr',
	'prof',
	'sr',
	'jr',
	'st',
	'rev',
	'gen',
	'lt',
	'col',
	'capt',
	'cmdr',
	'sgt',
	'maj',
	'adm',
	'gov',
	'sen',
	'rep',
	'pres',
	'amb',
	'hon',
	'fr',
	// months and days
	'jan',
	'feb',
	'mar',
	'apr',
	'jun',
	'jul',
	'aug',
	'sep',
	'sept',
	'oct',
	'nov',
	'dec',
	'mon',
	'tue',
	'tues',
	'wed',
	'thu',
	'thur',
	'thurs',
	'fri',
	'sat',
	'sun',
	// common short forms
	'no',
	'nos',
	'vs',
	'etc',
	'inc',
	'ltd',
	'co',
	'corp',
	'dept',
	'est',
	'approx',
	'fig',
	'vol',
	'pp',
	'ed',
	'eds',
	'al',
	'cf',
	'ca',
	'mt',
	'ft',
	'ave',
	'blvd',
	'rd'
]);

const TERMINATOR = /[.!?\u2026]/u;
/** Characters that close a sentence after its full stop: quotes and brackets. */
const CLOSERS = /["'\u2019\u201D\u00BB)\]}]/u;
/** Characters that may open the next sentence before its first letter. */
const OPENERS = /["'\u2018\u201C\u00AB([{]/u;
const SPACE = /\s/u;
const STARTS_SENTENCE = /[\p{Lu}\p{Lt}\p{N}]/u;
const WORD_CHAR = /[\p{L}\p{N}.]/u;

/** Whether the full stop at `dot` belongs to an abbreviation (or an initial) rather than ending a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
	let start = dot;
	while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start--;
	const word = text.slice(start, dot); // e.g. "U.N", "Mr", "a.m", "N"
	if (word.length === 0) return false;
	// dotted forms: U.S., U.N., a.m., e.g., i.e.
	if (word.includes('.')) return /^(\p{L}\.)+\p{L}$/u.test(word);
	// a single letter: an initial ("N. Korea", "Joe F. Biden")
	if (/^\p{L}$/u.test(word)) return true;
	return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * The sentences of `text` as ranges into it. White space between sentences belongs to neither;
 * a closing quote or bracket after the final full stop belongs to the sentence it ends.
 */
export function splitSentences(text: string): TextRange[] {
	const ranges: TextRange[] = [];
	let start = skipSpace(text, 0);
	let i = start;
	while (i < text.length) {
		if (!TERMINATOR.test(text[i]!)) {
			i++;
			continue;
		}
		let end = i + 1;
		while (end < text.length && TERMINATOR.test(text[end]!)) end++; // "?!", "..."
		while (end < text.length && CLOSERS.test(text[end]!)) end++;
		const next = skipSpace(text, end);
		if (next === end || next >= text.length) {
			// no space after it (e.g. "3.5", "U.S.-led") or the end of the paragraph
			i = end;
			continue;
		}
		let first = next;
		while (first < text.length && OPENERS.test(text[first]!)) first++;
		const startsNew = first < text.length && STARTS_SENTENCE.test(text[first]!);
		const abbreviation = text[i] === '.' && end === i + 1 && isAbbreviation(text, i);
		if (startsNew && !abbreviation) {
			ranges.push({ start, end });
			start = next;
		}
		i = next;
	}
	const end = trimEnd(text, text.length);
	if (end > start) ranges.push({ start, end });
	return ranges;
}

function skipSpace(text: string, from: number): number {
	let i = from;
	while (i < text.length && SPACE.test(text[i]!)) i++;
	return i;
}

function trimEnd(text: string, to: number): number {
	let i = to;
	while (i > 0 && SPACE.test(text[i - 1]!)) i--;
	return i;
}
