/**
 * The matching rules of the format: Unicode NFKC, curly quotes and apostrophes to straight ones,
 * en/em dashes to "-", runs of white space to one space, case ignored. Evidence quotes, short
 * answers and fill-in blanks are all compared this way, so a teacher may type straight quotes against
 * an article with curly ones, and a student "Beijing." for "beijing".
 */

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

// A base character with its combining marks: normalised as one unit so that "e" + U+0301 meets "é".
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

function normalizeCluster(cluster: string): string {
	return cluster
		.normalize('NFKC')
		.toLowerCase()
		.replace(/./gsu, (c) => QUOTES[c] ?? c)
		.replace(DASHES, '-');
}

/**
 * Normalises `text` and keeps, for every character of the result, the offset in `text` it came from
 * (`map[result.length]` is `text.length`), so a match in the normalised text maps back to the original.
 */
export function normalizeWithMap(text: string): { text: string; map: number[] } {
	let out = '';
	const map: number[] = [];
	let pendingSpace = -1; // offset of the first white space of the current run, if any
	for (const match of text.matchAll(CLUSTER)) {
		const offset = match.index;
		const normal = normalizeCluster(match[0]);
		if (normal.length === 0) continue;
		if (SPACE.test(normal) && normal.trim() === '') {
			if (pendingSpace < 0) pendingSpace = offset;
			continue;
		}
		if (pendingSpace >= 0) {
			out += ' ';
			map.push(pendingSpace);
			pendingSpace = -1;
		}
		for (const char of normal) {
			// a code point may be two UTF-16 units; both map to the cluster's offset
			for (let i = 0; i < char.length; i++) map.push(offset);
			out += char;
		}
	}
	if (pendingSpace >= 0) {
		out += ' ';
		map.push(pendingSpace);
	}
	map.push(text.length);
	return { text: out, map };
}

export function normalizeText(text: string): string {
	return normalizeWithMap(text).text;
}

const EDGE_PUNCTUATION = /^[\s"'.,;:!?()[\]-]+|[\s"'.,;:!?()[\]-]+$/gu;

/** For typed answers: the rules above, trimmed, without punctuation at either end ("Beijing." = "beijing"). */
export function normalizeAnswer(text: string): string {
	return normalizeText(text).replace(EDGE_PUNCTUATION, '');
}
