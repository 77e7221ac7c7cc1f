/**
 * The matching rules of the format: Unicode NFKC, curly quotes and apostrophes to straight ones,
 * en/em dashes to "-", runs of white space to one space, case ignored. Evidence quotes, short
 * answers and fill-in blanks are all compared this way, so a teacher may type straight quotes against
 * an article with curly ones, and a student "Beijing." for "beijing".
 *
 * Case is ignored by Unicode full case folding (not `toLowerCase`, which keeps "ß" apart from "SS"
 * and a final "ς" apart from "Σ"), then NFKC again, so "STRASSE" matches "Straße" and a capital
 * written with a combining mark matches its precomposed small letter.
 */
import { FULL_FOLDING, SIMPLE_FOLDING } from './case-folding-table.ts';

const QUOTES: Record<string, string> = {
	'\u2018': "'", // ‘
	'\u2019': "'", // ’
	'\u201A': "'", // ‚
	'\u201B': "'", // ‛
	'\u2032': "'", // ′
	'\u201C': '"', // “
	'\u201D': '"', // ”
	'\u201E': '"', // „
	'\u201F': '"', // ‟
	'\u2033': '"', // ″
	'\u00AB': '"', // «
	'\u00BB': '"' // »
};
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/gu;
const SPACE = /\s/u;
/** The invisible characters matching ignores (see invisible.ts for their names in messages). */
export const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu;

// A base character with its combining marks: normalised as one unit so that "e" + U+0301 meets "é".
const CLUSTER_AT = /\P{M}\p{M}*|\p{M}+/uy;

let folding: Map<number, string> | undefined;

/** The case-folding table (see case-folding-table.ts), decoded on first use. */
function foldingTable(): Map<number, string> {
	if (folding) return folding;
	folding = new Map();
	for (const run of SIMPLE_FOLDING.split(';')) {
		const [start, count, step, delta] = run.split(',').map((n) => parseInt(n, 36)) as [
			number,
			number,
			number,
			number
		];
		for (let k = 0, from = start; k < count; k++, from += step)
			folding.set(from, String.fromCodePoint(from + delta));
	}
	for (const entry of FULL_FOLDING.split(';')) {
		const [from, to] = entry.split(':') as [string, string];
		folding.set(
			parseInt(from, 36),
			String.fromCodePoint(...to.split('.').map((n) => parseInt(n, 36)))
		);
	}
	return folding;
}

/** Unicode full case folding (CaseFolding.txt, C + F): "Straße" → "strasse", "ΣΑΣ" → "σασ". */
export function foldCase(text: string): string {
	const table = foldingTable();
	let out = '';
	for (const char of text) out += table.get(char.codePointAt(0)!) ?? char;
	return out;
}

function normalizeCluster(cluster: string): string {
	return foldCase(cluster.normalize('NFKC'))
		.normalize('NFKC')
		.replace(/./gsu, (c) => QUOTES[c] ?? c)
		.replace(DASHES, '-')
		.replace(INVISIBLE, '');
}

const isAsciiSpace = (code: number) => code === 32 || (code >= 9 && code <= 13);

/**
 * Whether the character at `i` is ASCII with no combining mark after it (all of which are >= U+0300):
 * NFKC leaves it as it is and no quote or dash rule applies, only case.
 */
const plainAscii = (text: string, i: number) =>
	text.charCodeAt(i) < 0x80 && !(text.charCodeAt(i + 1) >= 0x300);

/**
 * Normalises `text` and keeps, for every character of the result, the offset in `text` it came from
 * (`map[result.length]` is `text.length`), so a match in the normalised text maps back to the original.
 */
export function normalizeWithMap(text: string): { text: string; map: number[] } {
	const map: number[] = [];
	const normal = normalized(text, map);
	map.push(text.length);
	return { text: normal, map };
}

/** `text` normalised; with `map`, the offset each character came from is pushed onto it. */
function normalized(text: string, map?: number[]): string {
	// joined once at the end: a string built a character at a time is an object per character
	const pieces: string[] = [];
	let pendingSpace = -1; // offset of the first white space of the current run, if any
	let i = 0;
	while (i < text.length) {
		const offset = i;
		let normal: string;
		const run = plainAscii(text, i);
		if (run) {
			if (isAsciiSpace(text.charCodeAt(i))) {
				if (pendingSpace < 0) pendingSpace = offset;
				i++;
				continue;
			}
			// fast path (most of any English text): a word's run of such characters at once
			do i++;
			while (i < text.length && plainAscii(text, i) && !isAsciiSpace(text.charCodeAt(i)));
			normal = text.slice(offset, i).toLowerCase();
		} else {
			CLUSTER_AT.lastIndex = i;
			const cluster = CLUSTER_AT.exec(text)![0];
			normal = normalizeCluster(cluster);
			i += cluster.length;
			if (normal.length === 0) continue;
			if (SPACE.test(normal) && normal.trim() === '') {
				if (pendingSpace < 0) pendingSpace = offset;
				continue;
			}
		}
		if (pendingSpace >= 0) {
			pieces.push(' ');
			map?.push(pendingSpace);
			pendingSpace = -1;
		}
		pieces.push(normal);
		// each character of a run maps to its own; all of a cluster's (even two UTF-16 units of one
		// code point) to the cluster's offset
		if (map) for (let k = 0; k < normal.length; k++) map.push(run ? offset + k : offset);
	}
	if (pendingSpace >= 0) {
		pieces.push(' ');
		map?.push(pendingSpace);
	}
	return pieces.join('');
}

// eslint-disable-next-line no-control-regex -- every ASCII character, control characters included
const ASCII_ONLY = /^[\x00-\x7f]*$/;
// Typographic quotes and dashes that NFKC leaves alone (or maps within the set): folded directly
const COMMON_TYPOGRAPHY = /[\u2010-\u2015\u2018-\u201F]/g;
const foldTypography = (c: string) => (c < '\u2018' ? '-' : c < '\u201C' ? "'" : '"');

/**
 * `text` normalised when it is ASCII once its curly quotes and dashes are folded, else undefined:
 * such text has no marks or compatibility characters, so lowercasing and collapsing white space is
 * all there is to do (the result is normalized's): only a run of white space becomes fewer characters.
 */
function plainNormal(text: string): string | undefined {
	const folded = text.replace(COMMON_TYPOGRAPHY, foldTypography);
	return ASCII_ONLY.test(folded) ? folded.toLowerCase().replace(/[\t\n\v\f\r ]+/g, ' ') : undefined;
}

export function normalizeText(text: string): string {
	return plainNormal(text) ?? normalized(text);
}

/**
 * `text` normalised when each of its characters stays one character at its own offset (most English
 * text), else undefined: then no map back to `text` is needed (see normalizeWithMap).
 */
export function normalizedInPlace(text: string): string | undefined {
	const plain = plainNormal(text);
	return plain !== undefined && plain.length === text.length ? plain : undefined;
}

// a minus sign or decimal point that starts a number is part of it: "-3" is not "3", ".5" not "5"
const EDGE_PUNCTUATION = /^(?:[\s"',;:!?()[\]]|[.-](?!\d))+|[\s"'.,;:!?()[\]-]+$/gu;

/** For typed answers: the rules above, trimmed, without punctuation at either end ("Beijing." = "beijing"). */
export function normalizeAnswer(text: string): string {
	return normalizeText(text).replace(EDGE_PUNCTUATION, '');
}
