/**
 * An article prepared for quote lookups, once per article: each paragraph normalised (see
 * normalize.ts) with a map back to its own characters, and all of them joined; and the lookups
 * themselves: where a normalised quote occurs (looked up among the places its second word can
 * start, see WordStarts), in which paragraph, and its citation in the article's own words.
 */
import type { Citation } from '../quiz/types.ts';
import type { Article } from '../text/article.ts';
import { normalizedInPlace, normalizeWithMap } from '../text/normalize.ts';
import type { Paragraph } from '../text/paragraph.ts';

export interface IndexedParagraph {
	paragraph: Paragraph;
	normal: string;
	/**
	 * offset in `paragraph.text` of each character of `normal` (one extra entry: the end); none when
	 * each character of `normal` is at its own offset
	 */
	map?: number[];
}

/** An article prepared for quote lookups; build it once per article, not per quote. */
export interface ArticleIndex {
	article: Article;
	paragraphs: IndexedParagraph[];
	/** every paragraph's normalised text joined by "\n" (never in normalised text, so no match spans two) */
	joined: string;
	/** offset of each paragraph in `joined` */
	starts: number[];
	/** how many sentences the article has */
	sentenceCount: number;
	/** where words start in `joined`, made on the first lookup (see wordStarts) */
	words?: WordStarts;
}

export function indexArticle(article: Article): ArticleIndex {
	const paragraphs: IndexedParagraph[] = [];
	for (const block of article.blocks) {
		if (block.kind !== 'paragraph') continue;
		const inPlace = normalizedInPlace(block.text);
		if (inPlace !== undefined) paragraphs.push({ paragraph: block, normal: inPlace });
		else {
			const { text, map } = normalizeWithMap(block.text);
			paragraphs.push({ paragraph: block, normal: text, map });
		}
	}
	const joined = paragraphs.map((p) => p.normal).join('\n');
	const starts: number[] = [];
	let offset = 0;
	for (const entry of paragraphs) {
		starts.push(offset);
		// kept as a slice of `joined`: a global replace (normalising) gives a tree of pieces several
		// times the text's size, and the index outlives all of the article's quizzes
		entry.normal = joined.slice(offset, offset + entry.normal.length);
		offset += entry.normal.length + 1;
	}
	const sentenceCount = paragraphs.reduce((sum, p) => sum + p.paragraph.sentences.length, 0);
	return { article, paragraphs, joined, starts, sentenceCount };
}

/**
 * The offsets in `joined` just after a space, in chains by a hash of the KEY characters there
 * (`first[hash & mask]`, then `next[k]`; `offsets[k]` ascending along a chain): a quote is then
 * compared only at the few places that start as its second word does, not at every character.
 */
interface WordStarts {
	first: Int32Array;
	next: Int32Array;
	offsets: Int32Array;
	mask: number;
}

const KEY = 8;

/** A hash of `text`'s KEY characters from `at` (there must be as many). */
function keyHash(text: string, at: number): number {
	let hash = 0;
	for (let k = at; k < at + KEY; k++) hash = (Math.imul(hash, 31) + text.charCodeAt(k)) | 0;
	return hash;
}

function wordStarts(joined: string): WordStarts {
	const found: number[] = [];
	for (let at = joined.indexOf(' '); at >= 0; at = joined.indexOf(' ', at + 1))
		if (at + 1 + KEY <= joined.length) found.push(at + 1);
	let size = 16;
	while (size < found.length * 2) size *= 2;
	const first = new Int32Array(size).fill(-1);
	const next = new Int32Array(found.length);
	// added from the last, so that each chain runs in ascending order
	for (let k = found.length - 1; k >= 0; k--) {
		const bucket = keyHash(joined, found[k]!) & (size - 1);
		next[k] = first[bucket]!;
		first[bucket] = k;
	}
	return { first, next, offsets: Int32Array.from(found), mask: size - 1 };
}

/**
 * Every offset in `joined` where `needle` starts (overlapping ones included), in order. Normalised
 * text has single spaces, so where a needle occurs, the word after its first space starts just
 * after a space of the article: only those places are compared. A needle without a space, or too
 * short after it, is searched for through the whole text.
 */
export function occurrencesInArticle(index: ArticleIndex, needle: string): number[] {
	const found: number[] = [];
	const { joined } = index;
	const space = needle.indexOf(' ');
	if (space < 0 || needle.length - space - 1 < KEY) {
		for (let at = joined.indexOf(needle); at >= 0; at = joined.indexOf(needle, at + 1))
			found.push(at);
		return found;
	}
	const words = (index.words ??= wordStarts(joined));
	for (let k = words.first[keyHash(needle, space + 1) & words.mask]!; k >= 0; k = words.next[k]!) {
		const at = words.offsets[k]! - space - 1;
		if (at >= 0 && joined.startsWith(needle, at)) found.push(at);
	}
	return found;
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

/** The citation of `length` normalised characters at `at` of a paragraph, in the article's own words. */
export function toCitation(entry: IndexedParagraph, at: number, length: number): Citation {
	const { map } = entry;
	const start = map ? map[at]! : at;
	// the end is where the next normalised character comes from; skip characters of a cluster that
	// normalised to several (e.g. "ﬁ"), so the last one is included whole
	let next = at + length;
	while (map && next < map.length - 1 && map[next] === map[at + length - 1]) next++;
	let end = map ? map[next]! : next;
	const text = entry.paragraph.text;
	// white space right after the quote is not part of it
	while (end > start && /\s/u.test(text[end - 1]!)) end--;
	return { quote: text.slice(start, end), paragraph: entry.paragraph.n, start, end };
}
