/**
 * Typographic quotes and dashes for what teachers type with a plain keyboard: "straight" quotes
 * become “curly” ones, an apostrophe becomes ’, and a spaced hyphen " - " (or " -- ") becomes a
 * spaced em dash " — ", as the articles have them. Applied once, when the quiz is built, to the
 * explanations, hints and choice feedback (the citations already quote the article's own
 * characters). Code (`code` runs) and link addresses are left alone.
 */
import type { Rich } from './inline.ts';

/** A character after which a quote mark opens rather than closes. */
const OPENS_AFTER = /[\s([{\u2014\u2013-]/u;

/** The typographic form of a plain-text run; `before` is the character preceding it ('' at the start). */
function smarten(text: string, before: string): string {
	let out = '';
	let previous = before;
	const chars = Array.from(text.replace(/ --? /g, ' \u2014 '));
	for (const [index, char] of chars.entries()) {
		const opens = previous === '' || OPENS_AFTER.test(previous);
		if (char === '"') out += opens ? '\u201C' : '\u201D';
		else if (char === "'") {
			// an apostrophe in or after a word ("it's", "students'") closes; one before a word opens
			const next = chars[index + 1] ?? '';
			out += opens && /[\p{L}\p{N}]/u.test(next) && !/^\d/.test(next) ? '\u2018' : '\u2019';
		} else out += char;
		previous = char;
	}
	return out;
}

/** Rich text with typographic quotes and dashes in its text (not in code). */
export function typographic(rich: Rich): Rich {
	let before = '';
	return rich.map((run) => {
		const text = run.code ? run.text : smarten(run.text, before);
		before = Array.from(run.text).at(-1) ?? before;
		return text === run.text ? run : { ...run, text };
	});
}
