/**
 * An article prepared for quote lookups, once per article: each paragraph normalised (see
 * normalize.ts) with a map back to its own characters, and all of them joined; and the lookups
 * themselves: where a normalised quote occurs (a plain search of the joined text), in which
 * paragraph, and its citation in the article's own words.
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
	return { article, paragraphs, joined, starts, sentenceCount };
}

/** Every offset in `joined` where `needle` starts (overlapping ones included), in order. */
export function occurrencesInArticle(index: ArticleIndex, needle: string): number[] {
	const found: number[] = [];
	for (let at = index.joined.indexOf(needle); at >= 0; at = index.joined.indexOf(needle, at + 1))
		found.push(at);
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
