/**
 * An article's glossary as the page gets it: each term with its definition and the places it is
 * marked (its first occurrence in each paragraph, or in each paragraph the teacher listed), found and
 * checked at build time (src/lib/checker/glossary.ts). A marked place is a range of a paragraph's
 * text, cut into the paragraph's pieces by segments.ts like a highlight.
 */
import type { Rich } from './inline.ts';
import type { TextRange } from './range.ts';

/** A term's marked occurrence: `text.slice(start, end)` of paragraph ¶`paragraph`. */
export interface TermPlace extends TextRange {
	paragraph: number;
}

export interface GlossaryTerm {
	/** the term as the teacher wrote it */
	term: string;
	definition: Rich;
	places: TermPlace[];
}

/** A marked occurrence within one paragraph: which term (its index in the glossary) and where. */
export interface TermMark extends TextRange {
	term: number;
}

/** The id of the popover that holds term `index`'s definition (one per term, shared by its marks). */
export const definitionId = (index: number): string => `glossary-${index + 1}`;

/** The marks of every term in ¶`paragraph`, in text order. */
export function termMarksIn(glossary: readonly GlossaryTerm[], paragraph: number): TermMark[] {
	return glossary
		.flatMap((entry, term) =>
			entry.places
				.filter((place) => place.paragraph === paragraph)
				.map(({ start, end }) => ({ term, start, end }))
		)
		.sort((a, b) => a.start - b.start);
}
