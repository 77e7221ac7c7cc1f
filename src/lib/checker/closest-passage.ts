/**
 * The passage of an article most like a quote that is not in it, for the "closest passage" a
 * teacher is shown: approximate substring matching, bounded so that no file makes the check slow.
 */
import { toCitation, type ArticleIndex, type IndexedParagraph } from './article-index.ts';

/**
 * Cells of the close-passage search (quote length × article length) it may take on: Myers' search
 * does 32 a step, so this is well under a second's work however long the file.
 */
export const CLOSEST_PASSAGE_BUDGET = 320_000_000;

/** The best match found so far: where in which paragraph, and how many edits away. */
interface Best {
	entry: IndexedParagraph;
	/** offset in the paragraph's normalised text just after the match */
	end: number;
	distance: number;
}

const WORD = 32;

/**
 * The passage most like `needle`: approximate substring matching (edit distance, with the match free
 * to start anywhere in a paragraph). Only computed for quotes that were not found.
 *
 * Two steps, which together give exactly what Sellers' dynamic programming gives (the search this
 * replaced, about 125 ms a quote on the shipped article; tests/unit/closest-passage.test.ts holds it
 * to that): Myers' bit-parallel algorithm finds, for every end in every paragraph, the distance of
 * the best match ending there, 32 rows of the table at a time; then the table is filled in the old way
 * only over the few columns that the best match can span, to find where it starts.
 */
export function closestPassage(
	index: ArticleIndex,
	needle: string,
	pinned?: number
): { paragraph: number; text: string; distance: number } | undefined {
	const candidates = index.paragraphs.filter(
		(entry) => pinned === undefined || entry.paragraph.n === pinned
	);
	const best = needle.length === 0 ? firstColumn(candidates) : bestEnd(candidates, needle);
	if (!best) return undefined;
	const start = matchStart(best, needle);
	const citation = toCitation(best.entry, start, Math.max(1, best.end - start));
	// widen to whole words, so the teacher sees the words they meant
	const text = best.entry.paragraph.text;
	let from = citation.start;
	let to = citation.end;
	while (from > 0 && /[\p{L}\p{N}]/u.test(text[from - 1]!)) from--;
	while (to < text.length && /[\p{L}\p{N}]/u.test(text[to]!)) to++;
	return { paragraph: best.entry.paragraph.n, text: text.slice(from, to), distance: best.distance };
}

/** An empty needle matches at once, after the first character of the first paragraph. */
function firstColumn(candidates: IndexedParagraph[]): Best | undefined {
	const entry = candidates.find((candidate) => candidate.normal.length > 0);
	return entry && { entry, end: 1, distance: 0 };
}

/**
 * The first end (in paragraph order, then text order) of a match with the least edit distance,
 * by Myers' algorithm in blocks of 32 rows (G. Myers, "A fast bit-vector algorithm for approximate
 * string matching based on dynamic programming", J. ACM 46(3), 1999): each column of the table is
 * kept as bit vectors of the differences between its rows, updated a word at a time.
 */
function bestEnd(candidates: IndexedParagraph[], needle: string): Best | undefined {
	const m = needle.length;
	const blocks = Math.ceil(m / WORD);
	// for each character, the rows of the needle where it occurs, as bits: characters below 256 in
	// one flat table (`blocks` words each), any others in a map
	const latin = new Int32Array(256 * blocks);
	const other = new Map<number, Int32Array>();
	for (let i = 0; i < m; i++) {
		const code = needle.charCodeAt(i);
		const word = (i / WORD) | 0;
		if (code < 256) latin[code * blocks + word]! |= 1 << (i % WORD);
		else {
			let bits = other.get(code);
			if (!bits) other.set(code, (bits = new Int32Array(blocks)));
			bits[word]! |= 1 << (i % WORD);
		}
	}
	const none = new Int32Array(blocks);
	const lastRow = 1 << ((m - 1) % WORD);
	// vertical differences of the current column: +1 rows in plus, -1 rows in minus
	const plus = new Int32Array(blocks);
	const minus = new Int32Array(blocks);
	let best: Best | undefined;
	for (const entry of candidates) {
		const text = entry.normal;
		plus.fill(-1); // the first column counts 0, 1, 2…: every row one more than the row above
		minus.fill(0);
		let distance = m;
		for (let j = 0; j < text.length; j++) {
			const code = text.charCodeAt(j);
			const eq = code < 256 ? latin : (other.get(code) ?? none);
			const at = code < 256 ? code * blocks : 0;
			// the difference carried from one block's last row into the next block (row 0 is free: 0)
			let carry = 0;
			for (let b = 0; b < blocks; b++) {
				const pv = plus[b]!;
				const mv = minus[b]!;
				const e = eq[at + b]! | (carry < 0 ? 1 : 0);
				const xv = e | mv;
				const xh = (((e & pv) + pv) ^ pv) | e;
				let ph = mv | ~(xh | pv);
				let mh = pv & xh;
				const top = b === blocks - 1 ? lastRow : 1 << (WORD - 1);
				const out = (ph & top ? 1 : 0) - (mh & top ? 1 : 0);
				ph = (ph << 1) | (carry > 0 ? 1 : 0);
				mh = (mh << 1) | (carry < 0 ? 1 : 0);
				plus[b] = mh | ~(xv | ph);
				minus[b] = ph & xv;
				carry = out;
			}
			distance += carry;
			if (!best || distance < best.distance) best = { entry, end: j + 1, distance };
		}
	}
	return best;
}

/**
 * Where the best match ending at `best.end` starts, by Sellers' dynamic programming with its
 * tie-breaking (a match over a skip of the text over a skip of the needle). A match with d edits
 * spans at most m + d characters, so only those columns are filled: every cell on a best path to the
 * end has the value it has in the whole table, so the start found is the whole table's.
 */
function matchStart(best: Best, needle: string): number {
	const text = best.entry.normal;
	const m = needle.length;
	const first = Math.max(0, best.end - m - best.distance);
	// column `first`: as if the text began there; two columns, swapped as the table fills
	let cost = Int32Array.from({ length: m + 1 }, (_, i) => i);
	let from = new Int32Array(m + 1).fill(first);
	let nextCost = new Int32Array(m + 1);
	let nextFrom = new Int32Array(m + 1);
	for (let j = first + 1; j <= best.end; j++) {
		nextCost[0] = 0;
		nextFrom[0] = j;
		const char = text.charCodeAt(j - 1);
		for (let i = 1; i <= m; i++) {
			const substitute = cost[i - 1]! + (needle.charCodeAt(i - 1) === char ? 0 : 1);
			const skipText = cost[i]! + 1;
			const skipNeedle = nextCost[i - 1]! + 1;
			if (substitute <= skipText && substitute <= skipNeedle) {
				nextCost[i] = substitute;
				nextFrom[i] = from[i - 1]!;
			} else if (skipText <= skipNeedle) {
				nextCost[i] = skipText;
				nextFrom[i] = from[i]!;
			} else {
				nextCost[i] = skipNeedle;
				nextFrom[i] = nextFrom[i - 1]!;
			}
		}
		[cost, nextCost] = [nextCost, cost];
		[from, nextFrom] = [nextFrom, from];
	}
	return from[m]!;
}
