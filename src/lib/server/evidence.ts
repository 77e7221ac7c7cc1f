/**
 * Resolves the teacher's evidence quotes to places in the article, or says in a teacher's words why
 * one does not resolve. Both sides are normalised (see normalize.ts), every occurrence is found in
 * the article's index (article-index.ts; a quote may span sentences, never paragraphs), and the
 * match is mapped back so the citation carries the article's own words. A quote not found gets the
 * closest passage (closest-passage.ts).
 */
import type { Citation } from '../quiz/types.ts';
import { normalizeText } from '../text/normalize.ts';
import {
	occurrencesInArticle,
	paragraphAt,
	toCitation,
	type ArticleIndex
} from './article-index.ts';
import { CLOSEST_PASSAGE_BUDGET, closestPassage } from './closest-passage.ts';
import type { EvidenceItem } from './schema-fields.ts';

export { indexArticle, type ArticleIndex } from './article-index.ts';
export { closestPassage } from './closest-passage.ts';

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

/**
 * Whether the quote occurs in the article at all (anywhere, pinned or not): the cheap first look
 * that tells a quiz whose quotes are all missing (wrong folder, replaced article) from one typo.
 */
export function quoteOccurs(index: ArticleIndex, item: EvidenceItem): boolean {
	const needle = normalizeText(typeof item === 'string' ? item : item.quote).trim();
	return needle.length > 0 && occurrencesInArticle(index, needle).length > 0;
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
