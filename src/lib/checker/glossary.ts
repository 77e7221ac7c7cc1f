/**
 * The article's glossary (front matter `glossary:`), checked and placed at build time: a term
 * matches whole words by the rules evidence quotes match by (normalize.ts, the article's index),
 * and its first occurrence in each paragraph, or in each paragraph the teacher listed, is marked.
 * A term that is not there is an error at its line, with the closest spelling the article has
 * (closest-passage.ts, as for quotes). A mark stays inside one sentence, outside links (the page
 * makes it a button, which may not sit in a link) and off another term's mark (longer terms first).
 */
import type { GlossaryTerm, TermPlace } from '../text/glossary.ts';
import { parseInline } from '../text/inline.ts';
import { normalizeText } from '../text/normalize.ts';
import {
	occurrencesInArticle,
	paragraphAt,
	toCitation,
	type ArticleIndex,
	type IndexedParagraph
} from './article-index.ts';
import { CLOSEST_PASSAGE_BUDGET, closestPassage } from './closest-passage.ts';
import type { Diagnostic } from './diagnostics.ts';
import { noSuchParagraphText } from './line-breaks.ts';
import type { GlossarySource } from './schema.ts';
import { diagnosticAtPath, type YamlSource } from './yaml-source.ts';

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** A whole-word occurrence of a term: its paragraph and where in that paragraph's normalised text. */
interface Occurrence {
	entry: IndexedParagraph;
	at: number;
}

/** Every whole-word occurrence of `needle` (normalised) in the article, in reading order. */
function wholeWords(index: ArticleIndex, needle: string): Occurrence[] {
	return occurrencesInArticle(index, needle)
		.filter((at) => {
			const before = index.joined[at - 1];
			const after = index.joined[at + needle.length];
			return (
				(before === undefined || !WORD_CHARACTER.test(before)) &&
				(after === undefined || !WORD_CHARACTER.test(after))
			);
		})
		.map((at) => {
			const i = paragraphAt(index, at);
			return { entry: index.paragraphs[i]!, at: at - index.starts[i]! };
		});
}

/** Whether a place may be marked: in one sentence, in no link, on no place already taken. */
function markable(entry: IndexedParagraph, place: TermPlace, taken: readonly TermPlace[]): boolean {
	const { sentences, inlines } = entry.paragraph;
	if (!sentences.some((s) => s.start <= place.start && place.end <= s.end)) return false;
	let offset = 0;
	for (const run of inlines) {
		const end = offset + run.text.length;
		if (run.href !== undefined && offset < place.end && place.start < end) return false;
		offset = end;
	}
	return !taken.some(
		(other) =>
			other.paragraph === place.paragraph && other.start < place.end && place.start < other.end
	);
}

/** Why a term that occurs nowhere as a whole word is not there, with the closest spelling if near. */
function notFound(index: ArticleIndex, term: string, needle: string): string {
	const size = index.paragraphs.reduce((sum, entry) => sum + entry.normal.length, 0);
	const closest =
		needle.length * size <= CLOSEST_PASSAGE_BUDGET ? closestPassage(index, needle) : undefined;
	if (closest && occurrencesInArticle(index, needle).length > 0)
		return `glossary: "${term}" is in the article only inside a longer word ("${closest.text}", ¶${closest.paragraph}): write the whole word`;
	if (closest && closest.distance <= Math.max(1, needle.length / 3))
		return `glossary: "${term}" is not in the article; the closest spelling is "${closest.text}" (¶${closest.paragraph})`;
	return `glossary: "${term}" is not in the article: write the term as the article spells it`;
}

/** The glossary with each term's marked places, and a diagnostic for each term that is not there. */
export function checkGlossary(
	glossary: GlossarySource,
	index: ArticleIndex,
	source: YamlSource
): { glossary: GlossaryTerm[]; diagnostics: Diagnostic[] } {
	const diagnostics: Diagnostic[] = [];
	const at = (path: readonly (string | number)[], message: string, part: 'key' | 'value') =>
		diagnostics.push(diagnosticAtPath(source, ['glossary', ...path], message, part));
	const entries = Object.entries(glossary).map(([term, value]) => ({
		term,
		definition: typeof value === 'string' ? value : value.definition,
		paragraphs: typeof value === 'string' ? undefined : value.paragraphs,
		needle: normalizeText(term).trim()
	}));
	const places = new Map<string, TermPlace[]>();
	const taken: TermPlace[] = [];
	// longer terms first, so "trade war" is marked before "trade" can take its first word
	const byLength = [...entries].sort((a, b) => b.needle.length - a.needle.length);
	for (const { term, paragraphs, needle } of byLength) {
		const found = wholeWords(index, needle);
		const own: TermPlace[] = [];
		places.set(term, own);
		if (found.length === 0) {
			at([term], notFound(index, term, needle), 'key');
			continue;
		}
		const wanted = paragraphs ?? [...new Set(found.map((o) => o.entry.paragraph.n))];
		for (const [i, n] of wanted.entries()) {
			if (!index.paragraphs.some((entry) => entry.paragraph.n === n)) {
				at(
					[term, 'paragraphs', i],
					`glossary: ${noSuchParagraphText(n, index.paragraphs.length)}`,
					'value'
				);
				continue;
			}
			const here = found.filter((o) => o.entry.paragraph.n === n);
			if (here.length === 0) {
				const where = [...new Set(found.map((o) => `¶${o.entry.paragraph.n}`))].join(', ');
				at(
					[term, 'paragraphs', i],
					`glossary: "${term}" is not in ¶${n}; it is in ${where}`,
					'value'
				);
				continue;
			}
			for (const occurrence of here) {
				const { paragraph, start, end } = toCitation(
					occurrence.entry,
					occurrence.at,
					needle.length
				);
				const place = { paragraph, start, end };
				if (!markable(occurrence.entry, place, taken)) continue;
				own.push(place);
				taken.push(place);
				break;
			}
		}
	}
	return {
		glossary: entries.map(({ term, definition }) => ({
			term,
			definition: parseInline(definition),
			places: places.get(term) ?? []
		})),
		diagnostics: diagnostics.sort((a, b) => a.line - b.line)
	};
}
