/**
 * Resolves the teacher's evidence quotes to places in the article, or says in a teacher's words why
 * one does not resolve. Both sides are normalised (see normalize.ts), every occurrence is found in
 * the article's index (article-index.ts; a quote may span sentences, never paragraphs), and the
 * match is mapped back so the citation carries the article's own words. A quote copied with its
 * Markdown (`*inch*`) is looked for as the words it formats, and one YAML took with the curly quotation
 * marks around it is looked for without them too (with a warning). A quote not found gets the
 * closest passage (closest-passage.ts), its differences marked word by word (word-diff.ts).
 */
import type { Citation } from '../quiz/types.ts';
import { parseInline } from '../text/inline.ts';
import { normalizeText } from '../text/normalize.ts';
import { wordDifference } from '../text/word-diff.ts';
import {
	occurrencesInArticle,
	paragraphAt,
	toCitation,
	type ArticleIndex
} from './article-index.ts';
import { CLOSEST_PASSAGE_BUDGET, closestPassage } from './closest-passage.ts';
import { noSuchParagraphText } from './line-breaks.ts';
import type { EvidenceItem } from './schema-fields.ts';

export { indexArticle, type ArticleIndex } from './article-index.ts';
export { closestPassage } from './closest-passage.ts';

/**
 * A quote resolved to its citation, or why it is not: `at` says which part of the evidence item is
 * wrong (a ¶ number that does not exist is reported at `paragraph:`, everything else at the quote).
 */
export type Resolution =
	| { ok: true; citation: Citation; warning?: string }
	| { ok: false; at: 'quote' | 'paragraph'; message: string };

/** Curly quotation marks around a whole YAML value: kept by YAML as part of the text. */
const CURLY_AROUND =
	/^\s*[\u201C\u2018\u201E\u00AB\u201A]([^]*)[\u201D\u2019\u201C\u00BB\u2018]\s*$/u;

export const CURLY_QUOTES_ADVICE =
	'the quote starts and ends with curly quotation marks, which YAML keeps as text: remove them, or use straight quotes';

/** The quote as written, then without its Markdown markers: the first that occurs is the one meant. */
function readings(quote: string): string[] {
	const plain = parseInline(quote)
		.map((run) => run.text)
		.join('');
	return plain === quote ? [quote] : [quote, plain];
}

/**
 * How a quote is looked for: as written (or without its Markdown), else, when it is wrapped in
 * curly quotation marks, without them (`curly` says so). The needle is normalised and trimmed;
 * `matches` are its offsets in the article's joined text, found in the same scan that chose it.
 */
function needleFor(
	index: ArticleIndex,
	quote: string
): { needle: string; curly: boolean; matches: number[] } {
	const written = readings(quote).map((text) => normalizeText(text).trim());
	for (const needle of written) {
		const matches = needle.length > 0 ? occurrencesInArticle(index, needle) : [];
		if (matches.length > 0) return { needle, curly: false, matches };
	}
	const inner = CURLY_AROUND.exec(quote)?.[1];
	const unwrapped =
		inner === undefined ? [] : readings(inner).map((text) => normalizeText(text).trim());
	for (const needle of unwrapped) {
		const matches = needle.length > 0 ? occurrencesInArticle(index, needle) : [];
		if (matches.length > 0) return { needle, curly: true, matches };
	}
	// in neither reading: the plain words are the best guess of what was meant
	const guess = unwrapped.length > 0 ? unwrapped : written;
	const needle = guess[guess.length - 1]!;
	return { needle, curly: unwrapped.length > 0, matches: occurrencesInArticle(index, needle) };
}

/** Shortens a passage for a message. */
function excerpt(text: string, max = 160): string {
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Whether the quote occurs in the article at all (anywhere, pinned or not): the cheap first look
 * that tells a quiz whose quotes are all missing (wrong folder, replaced article) from one typo.
 */
export function quoteOccurs(index: ArticleIndex, item: EvidenceItem): boolean {
	const { needle, matches } = needleFor(index, typeof item === 'string' ? item : item.quote);
	return needle.length > 0 && matches.length > 0;
}

export function resolveQuote(index: ArticleIndex, item: EvidenceItem): Resolution {
	const quote = typeof item === 'string' ? item : item.quote;
	const pinned = typeof item === 'string' ? undefined : item.paragraph;
	const { needle, curly, matches: offsets } = needleFor(index, quote);
	if (pinned !== undefined && !index.paragraphs.some((p) => p.paragraph.n === pinned)) {
		return {
			ok: false,
			at: 'paragraph',
			message: `paragraph: ${noSuchParagraphText(pinned, index.paragraphs.length)}`
		};
	}
	// one scan of the whole article rather than one per paragraph
	const matches = offsets.map((at) => {
		const i = paragraphAt(index, at);
		return { entry: index.paragraphs[i]!, at: at - index.starts[i]! };
	});
	const candidates =
		pinned === undefined ? matches : matches.filter((m) => m.entry.paragraph.n === pinned);
	if (candidates.length === 1) {
		const { entry, at } = candidates[0]!;
		const citation = toCitation(entry, at, needle.length);
		return { ok: true, citation, ...(curly && { warning: `evidence: ${CURLY_QUOTES_ADVICE}` }) };
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
			? ` Closest passage, ¶${closest.paragraph}: "${wordDifference(inWords(quote, curly), closest.text) ?? excerpt(closest.text)}"`
			: searchable
				? ' No passage of the article is close to it: copy the words from article.md'
				: ' Copy the words from article.md';
	const notFound = curly
		? `${CURLY_QUOTES_ADVICE}; without them it is not in the article either:`
		: 'quote not found in the article:';
	return {
		ok: false,
		at: 'quote',
		message: `evidence: ${notFound} "${excerpt(inWords(quote, curly), 80)}".${hint}`
	};
}

/** The quote's words as looked for: without its Markdown, and without curly marks around it. */
function inWords(quote: string, curly: boolean): string {
	const text = curly ? (CURLY_AROUND.exec(quote)?.[1] ?? quote) : quote;
	const plain = readings(text);
	return plain[plain.length - 1]!;
}

/** The ¶ a quote starts in, when it runs on into the next one (quotes may not span paragraphs). */
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
