/**
 * Resolves the teacher's evidence quotes to places in the article. Both sides are normalised
 * (see normalize.ts), every occurrence is found paragraph by paragraph (a quote may span sentences,
 * never paragraphs), and the match is mapped back so the citation carries the article's own words.
 */
import type { Citation } from '../quiz/types.ts';
import type { Article } from '../text/article.ts';
import { normalizeText, normalizeWithMap } from '../text/normalize.ts';
import type { Paragraph } from '../text/paragraph.ts';
import type { EvidenceItem } from './schema-fields.ts';

interface IndexedParagraph {
	paragraph: Paragraph;
	normal: string;
	/** offset in `paragraph.text` of each character of `normal` (one extra entry: the end) */
	map: number[];
}

/** An article prepared for quote lookups; build it once per article, not per quote. */
export interface ArticleIndex {
	article: Article;
	paragraphs: IndexedParagraph[];
	/** every paragraph's normalised text joined by "\n" (never in normalised text, so no match spans two) */
	joined: string;
	/** offset of each paragraph in `joined` */
	starts: number[];
	/** where quotes are looked up: `joined`'s offsets grouped by the hash of the GRAM characters there */
	grams: GramTable;
	/** how many sentences the article has */
	sentenceCount: number;
}

export function indexArticle(article: Article): ArticleIndex {
	const paragraphs: IndexedParagraph[] = [];
	for (const block of article.blocks) {
		if (block.kind !== 'paragraph') continue;
		const { text, map } = normalizeWithMap(block.text);
		paragraphs.push({ paragraph: block, normal: text, map });
	}
	const starts: number[] = [];
	let offset = 0;
	for (const entry of paragraphs) {
		starts.push(offset);
		offset += entry.normal.length + 1;
	}
	const joined = paragraphs.map((p) => p.normal).join('\n');
	const sentenceCount = paragraphs.reduce((sum, p) => sum + p.paragraph.sentences.length, 0);
	return { article, paragraphs, joined, starts, grams: gramTable(joined), sentenceCount };
}

/**
 * Where quotes are looked up. A quote with a space in it has, in every place it occurs, a word that
 * starts right after a space: the table lists those word starts (about one offset in six), grouped
 * by a hash of the GRAM characters there (a counting sort into typed arrays), so a lookup checks the
 * few offsets whose next GRAM characters may be the quote's. Building it costs a fraction of a
 * millisecond for a long article: less than scanning the article once per quote, and far less than
 * the Map of every n-gram this replaced, which cost more than all the lookups it saved.
 */
interface GramTable {
	/** offsets in `joined` of words that follow a space, bucket by bucket */
	offsets: Int32Array;
	/** where each bucket starts in `offsets` (one more entry: the end) */
	buckets: Int32Array;
}

const GRAM = 8;
const BUCKET_BITS = 14;

function gramBucket(text: string, at: number): number {
	let hash = 0;
	for (let i = at; i < at + GRAM; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
	return (hash ^ (hash >>> BUCKET_BITS)) & ((1 << BUCKET_BITS) - 1);
}

function gramTable(joined: string): GramTable {
	const starts: number[] = [];
	const bucketOf: number[] = [];
	const buckets = new Int32Array((1 << BUCKET_BITS) + 1);
	for (let at = joined.indexOf(' ') + 1; at > 0; at = joined.indexOf(' ', at) + 1) {
		if (at + GRAM > joined.length) break;
		const bucket = gramBucket(joined, at);
		starts.push(at);
		bucketOf.push(bucket);
		buckets[bucket + 1]!++;
	}
	for (let b = 1; b < buckets.length; b++) buckets[b]! += buckets[b - 1]!;
	const offsets = new Int32Array(starts.length);
	const next = buckets.slice(0, -1);
	for (let i = 0; i < starts.length; i++) offsets[next[bucketOf[i]!]!++] = starts[i]!;
	return { offsets, buckets };
}

/** Every offset in `joined` where `needle` starts (overlapping ones included), in order. */
function occurrencesInArticle(index: ArticleIndex, needle: string): number[] {
	// the quote's first word that follows a space: wherever the quote is, that word starts a word
	const space = needle.indexOf(' ');
	const word = space + 1;
	if (space < 0 || needle.length - word < GRAM) return occurrences(index.joined, needle);
	const { offsets, buckets } = index.grams;
	const bucket = gramBucket(needle, word);
	const found: number[] = [];
	for (let i = buckets[bucket]!; i < buckets[bucket + 1]!; i++) {
		const at = offsets[i]! - word;
		if (at >= 0 && index.joined.startsWith(needle, at)) found.push(at);
	}
	return found.sort((x, y) => x - y);
}

/** The paragraph (index into `paragraphs`) that offset `at` of `joined` falls in. */
function paragraphAt(index: ArticleIndex, at: number): number {
	let low = 0;
	let high = index.starts.length - 1;
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if (index.starts[middle]! <= at) low = middle;
		else high = middle - 1;
	}
	return low;
}

/**
 * A quote resolved to its citation, or why it is not: `at` says which part of the evidence item is
 * wrong (a ¶ number that does not exist is reported at `paragraph:`, everything else at the quote).
 */
export type Resolution =
	{ ok: true; citation: Citation } | { ok: false; at: 'quote' | 'paragraph'; message: string };

/** Shortens a passage for a message. */
function excerpt(text: string, max = 160): string {
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function toCitation(entry: IndexedParagraph, at: number, length: number): Citation {
	const start = entry.map[at]!;
	// the end is where the next normalised character comes from; skip characters of a cluster that
	// normalised to several (e.g. "ﬁ"), so the last one is included whole
	let next = at + length;
	while (next < entry.map.length - 1 && entry.map[next] === entry.map[at + length - 1]) next++;
	let end = entry.map[next]!;
	const text = entry.paragraph.text;
	// white space right after the quote is not part of it
	while (end > start && /\s/u.test(text[end - 1]!)) end--;
	return { quote: text.slice(start, end), paragraph: entry.paragraph.n, start, end };
}

/**
 * Whether the quote occurs in the article at all (anywhere, pinned or not): the cheap first look
 * that tells a quiz whose quotes are all missing (wrong folder, replaced article) from one typo.
 */
export function quoteOccurs(index: ArticleIndex, item: EvidenceItem): boolean {
	const needle = normalizeText(typeof item === 'string' ? item : item.quote).trim();
	return needle.length > 0 && occurrencesInArticle(index, needle).length > 0;
}

/** Every offset in `haystack` where `needle` starts (overlapping ones included). */
function occurrences(haystack: string, needle: string): number[] {
	const found: number[] = [];
	for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1))
		found.push(at);
	return found;
}

export function resolveQuote(index: ArticleIndex, item: EvidenceItem): Resolution {
	const quote = typeof item === 'string' ? item : item.quote;
	const pinned = typeof item === 'string' ? undefined : item.paragraph;
	const needle = normalizeText(quote).trim();
	if (pinned !== undefined && !index.paragraphs.some((p) => p.paragraph.n === pinned)) {
		return {
			ok: false,
			at: 'paragraph',
			message: `paragraph: the article has no ¶${pinned}; it has ¶1 to ¶${index.paragraphs.length}`
		};
	}
	// one scan of the whole article rather than one per paragraph
	const matches = occurrencesInArticle(index, needle).map((at) => {
		const i = paragraphAt(index, at);
		return { entry: index.paragraphs[i]!, at: at - index.starts[i]! };
	});
	const candidates =
		pinned === undefined ? matches : matches.filter((m) => m.entry.paragraph.n === pinned);
	if (candidates.length === 1) {
		const { entry, at } = candidates[0]!;
		return { ok: true, citation: toCitation(entry, at, needle.length) };
	}
	if (candidates.length > 1) {
		const where = [...new Set(candidates.map((m) => `¶${m.entry.paragraph.n}`))].join(', ');
		const pin = pinned === undefined ? ` or pin it: { quote: "…", paragraph: N }` : '';
		return {
			ok: false,
			at: 'quote',
			message: `evidence: the quote "${excerpt(quote, 60)}" occurs ${candidates.length} times (${where}); quote more words so it occurs once${pin}`
		};
	}
	if (pinned !== undefined && matches.length > 0) {
		const where = [...new Set(matches.map((m) => `¶${m.entry.paragraph.n}`))].join(', ');
		return {
			ok: false,
			at: 'quote',
			message: `evidence: the quote is not in ¶${pinned}; it is in ${where}`
		};
	}
	const across = spanningParagraphs(index, needle);
	if (across) {
		return {
			ok: false,
			at: 'quote',
			message: `evidence: a quote may not span paragraphs; this one runs from ¶${across} into ¶${across + 1}: split it into one quote per paragraph`
		};
	}
	const longest = Math.max(...index.paragraphs.map((entry) => entry.normal.length));
	if (needle.length > longest) {
		return {
			ok: false,
			at: 'quote',
			message: `evidence: quote not found in the article: "${excerpt(quote, 80)}" is longer than any paragraph (${needle.length.toLocaleString('en')} characters; the longest paragraph has ${longest.toLocaleString('en')}): quote words from one paragraph`
		};
	}
	// the search for a close passage costs the quote's length times the article's: bounded, so that
	// no file makes the check slow
	const searchable =
		needle.length * index.paragraphs.reduce((sum, entry) => sum + entry.normal.length, 0) <=
		CLOSEST_PASSAGE_BUDGET;
	const closest = searchable ? closestPassage(index, needle, pinned) : undefined;
	// a passage that differs in more than half its characters would only mislead
	const hint =
		closest && closest.distance <= needle.length / 2
			? ` Closest passage, ¶${closest.paragraph}: "${excerpt(closest.text)}"`
			: searchable
				? ' No passage of the article is close to it: copy the words from article.md'
				: ' Copy the words from article.md';
	return {
		ok: false,
		at: 'quote',
		message: `evidence: quote not found in the article: "${excerpt(quote, 80)}".${hint}`
	};
}

/**
 * Cells of the close-passage search (quote length × article length) it may take on: Myers' search
 * does 32 a step, so this is well under a second's work however long the file.
 */
const CLOSEST_PASSAGE_BUDGET = 320_000_000;

function spanningParagraphs(index: ArticleIndex, needle: string): number | undefined {
	for (let i = 0; i + 1 < index.paragraphs.length; i++) {
		const a = index.paragraphs[i]!;
		const b = index.paragraphs[i + 1]!;
		// the quote must end in one paragraph and continue into the next: check the seam only
		const seam = a.normal.slice(-needle.length) + ' ' + b.normal.slice(0, needle.length);
		const at = seam.indexOf(needle);
		const split = Math.min(needle.length, a.normal.length);
		if (at >= 0 && at < split && at + needle.length > split) return a.paragraph.n;
	}
	return undefined;
}

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
