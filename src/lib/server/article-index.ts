/**
 * An article prepared for quote lookups, once per article: each paragraph normalised (see
 * normalize.ts) with a map back to its own characters, all of them joined, and a table of where
 * words start; and the lookups themselves: where a normalised quote occurs, in which paragraph, and
 * its citation in the article's own words.
 */
import type { Citation } from '../quiz/types.ts';
import type { Article } from '../text/article.ts';
import { normalizeWithMap } from '../text/normalize.ts';
import type { Paragraph } from '../text/paragraph.ts';

export interface IndexedParagraph {
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
export function occurrencesInArticle(index: ArticleIndex, needle: string): number[] {
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
export function paragraphAt(index: ArticleIndex, at: number): number {
	let low = 0;
	let high = index.starts.length - 1;
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if (index.starts[middle]! <= at) low = middle;
		else high = middle - 1;
	}
	return low;
}

/** Every offset in `haystack` where `needle` starts (overlapping ones included). */
function occurrences(haystack: string, needle: string): number[] {
	const found: number[] = [];
	for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1))
		found.push(at);
	return found;
}

/** The citation of `length` normalised characters at `at` of a paragraph, in the article's own words. */
export function toCitation(entry: IndexedParagraph, at: number, length: number): Citation {
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
