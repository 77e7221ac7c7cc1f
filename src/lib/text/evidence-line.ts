/**
 * The evidence picker's logic (teacher view): from words selected in a paragraph, the `evidence:`
 * line to paste into a quiz file. It counts occurrences exactly as the checker does (both sides
 * normalised by normalize.ts, overlapping occurrences counted, paragraph by paragraph), so a line it
 * offers always passes the check: plain when the words occur once in the article, pinned with
 * `paragraph: N` when they occur more than once but once in that paragraph.
 */
import { INVISIBLE, normalizeText, normalizeWithMap } from './normalize.ts';

/** A text in YAML quotes: double unless it has double quotes or backslashes, then single. */
export function yamlQuote(text: string): string {
	if (!/["\\]/.test(text)) return `"${text}"`;
	return `'${text.replace(/'/g, "''")}'`;
}

/** How the checker reduces a quote before looking for it. */
export const quoteNeedle = (quote: string): string => normalizeText(quote).trim();

/** Overlapping occurrences of `needle` in `haystack`, as the checker counts them. */
export function countOccurrences(haystack: string, needle: string): number {
	if (needle === '') return 0;
	let count = 0;
	for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) count++;
	return count;
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * The selected range of a paragraph's text widened to whole words (a selection that starts or ends
 * inside a word takes all of it) and trimmed of white space.
 */
export function snapToWords(
	text: string,
	start: number,
	end: number
): { start: number; end: number } {
	let from = Math.max(0, Math.min(start, end));
	let to = Math.min(text.length, Math.max(start, end));
	while (from > 0 && from < to && WORD.test(text[from - 1]!) && WORD.test(text[from]!)) from--;
	while (to < text.length && to > from && WORD.test(text[to]!) && WORD.test(text[to - 1]!)) to++;
	while (from < to && /\s/u.test(text[from]!)) from++;
	while (to > from && /\s/u.test(text[to - 1]!)) to--;
	return { start: from, end: to };
}

export type EvidenceOffer =
	| {
			ok: true;
			/** the article's own words */
			quote: string;
			/** the ¶ it is pinned to, when the words occur elsewhere too */
			paragraph: number | null;
			/** `evidence: …`, to paste as a question's only quote */
			line: string;
			/** `- …`, to paste into a list of quotes */
			item: string;
	  }
	| { ok: false; reason: 'empty' | 'repeated-in-paragraph'; quote: string; paragraph: number };

/** The offer for the words `start`..`end` of ¶`paragraph` (of `paragraphs`, the article's). */
export function offerEvidence(
	paragraphs: readonly { n: number; text: string }[],
	paragraph: number,
	start: number,
	end: number
): EvidenceOffer {
	const own = paragraphs.find((p) => p.n === paragraph);
	const range = own ? snapToWords(own.text, start, end) : { start: 0, end: 0 };
	const quote = own ? own.text.slice(range.start, range.end) : '';
	const needle = quoteNeedle(quote);
	if (!own || needle === '') return { ok: false, reason: 'empty', quote, paragraph };
	let total = 0;
	let inOwn = 0;
	for (const p of paragraphs) {
		const count = countOccurrences(normalizeWithMap(p.text).text, needle);
		total += count;
		if (p.n === paragraph) inOwn = count;
	}
	if (inOwn > 1) return { ok: false, reason: 'repeated-in-paragraph', quote, paragraph };
	// the line leaves out invisible characters (the check ignores them, and would warn of them)
	const written = yamlQuote(quote.replace(INVISIBLE, ''));
	const value = total > 1 ? `{ quote: ${written}, paragraph: ${paragraph} }` : written;
	return {
		ok: true,
		quote,
		paragraph: total > 1 ? paragraph : null,
		line: `evidence: ${value}`,
		item: `- ${value}`
	};
}
