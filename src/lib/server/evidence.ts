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
	/** where each GRAM-character string starts in `joined`: a quote is looked up by its first GRAM characters */
	grams: Map<string, number[]>;
	/** how many sentences the article has */
	sentenceCount: number;
}

const GRAM = 8;

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
	const grams = new Map<string, number[]>();
	for (let at = 0; at + GRAM <= joined.length; at++) {
		const gram = joined.slice(at, at + GRAM);
		const list = grams.get(gram);
		if (list) list.push(at);
		else grams.set(gram, [at]);
	}
	const sentenceCount = paragraphs.reduce((sum, p) => sum + p.paragraph.sentences.length, 0);
	return { article, paragraphs, joined, starts, grams, sentenceCount };
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

/** Every offset in `joined` where `needle` starts (overlapping ones included). */
function occurrencesInArticle(index: ArticleIndex, needle: string): number[] {
	// with the gram table, each quote costs a few comparisons instead of a scan of the article
	if (needle.length < GRAM) return occurrences(index.joined, needle);
	const candidates = index.grams.get(needle.slice(0, GRAM)) ?? [];
	return candidates.filter((at) => index.joined.startsWith(needle, at));
}

/**
 * Whether the quote occurs in the article at all (anywhere, pinned or not): the cheap first look
 * that tells a quiz whose quotes are all missing (wrong folder, replaced article) from one typo.
 */
export function quoteOccurs(index: ArticleIndex, item: EvidenceItem): boolean {
	const needle = normalizeText(typeof item === 'string' ? item : item.quote).trim();
	return needle.length > 0 && occurrencesInArticle(index, needle).length > 0;
}

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

/** Cells of the close-passage search (quote length × article length): about a second's work. */
const CLOSEST_PASSAGE_BUDGET = 10_000_000;

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

/**
 * The passage most like `needle` (approximate substring matching, Sellers' algorithm: edit distance
 * with a free start anywhere in the paragraph). Only computed for quotes that were not found.
 */
export function closestPassage(
	index: ArticleIndex,
	needle: string,
	pinned?: number
): { paragraph: number; text: string; distance: number } | undefined {
	let best: { entry: IndexedParagraph; start: number; end: number; distance: number } | undefined;
	const m = needle.length;
	for (const entry of index.paragraphs) {
		if (pinned !== undefined && entry.paragraph.n !== pinned) continue;
		const text = entry.normal;
		// column j: cost of matching needle[0..i) ending at text[j-1], and where that match starts
		let cost = Array.from({ length: m + 1 }, (_, i) => i);
		let from = new Array<number>(m + 1).fill(0);
		for (let j = 1; j <= text.length; j++) {
			const nextCost = [0];
			const nextFrom = [j];
			for (let i = 1; i <= m; i++) {
				const substitute = cost[i - 1]! + (needle[i - 1] === text[j - 1] ? 0 : 1);
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
			cost = nextCost;
			from = nextFrom;
			if (!best || cost[m]! < best.distance) {
				best = { entry, start: from[m]!, end: j, distance: cost[m]! };
			}
		}
	}
	if (!best) return undefined;
	const citation = toCitation(best.entry, best.start, Math.max(1, best.end - best.start));
	// widen to whole words, so the teacher sees the words they meant
	const text = best.entry.paragraph.text;
	let start = citation.start;
	let end = citation.end;
	while (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!)) start--;
	while (end < text.length && /[\p{L}\p{N}]/u.test(text[end]!)) end++;
	return {
		paragraph: best.entry.paragraph.n,
		text: text.slice(start, end),
		distance: best.distance
	};
}
