/**
 * Splits a paragraph into what the article renders: its sentences (each a `<span data-sentence>`,
 * and in selection mode a toggle) and, between them, the white space that belongs to none. Each
 * sentence is a list of pieces, cut wherever the formatting, a sentence or a highlighted range starts
 * or ends, so a quote may begin or end mid-sentence, span sentences, and cross bold or a link.
 * A glossary term's marked occurrence (glossary.ts) cuts the pieces the same way, and its pieces
 * carry the term, so that the page wraps them in the one control that opens its definition.
 * The reader's own highlights and notes (`own`) cut them too: each piece carries those over it, and
 * those that start or end with it, so that the page draws and announces them unlike a highlight.
 */
import type { TermMark } from './glossary.ts';
import type { Marks } from './inline.ts';
import { unformatted } from './rich.ts';
import type { Paragraph } from './paragraph.ts';
import type { TextRange } from './range.ts';

export interface Piece {
	text: string;
	marks: Marks;
	/** inside a highlighted range: rendered as `<mark>` */
	highlighted: boolean;
	/** inside a marked glossary term: the term's index in the article's glossary */
	term?: number;
	/** the reader's own marks over this piece, and those that start or end with it */
	own?: { over: OwnMark[]; starting: OwnMark[]; ending: OwnMark[] };
}

/** A passage the reader marked (a highlight in a named colour, or a note), in ¶`paragraph`. */
export type OwnMark = TextRange & { paragraph: number } & (
		{ type: 'highlighter'; colour: string } | { type: 'note'; text: string }
	);

export interface Segment {
	/** the sentence's id ("12.1"), or null for the white space between two sentences */
	sentence: string | null;
	pieces: Piece[];
}

function isHighlighted(ranges: readonly TextRange[], start: number, end: number): boolean {
	return ranges.some((range) => range.start <= start && end <= range.end);
}

export function segmentParagraph(
	paragraph: Pick<Paragraph, 'text' | 'inlines' | 'sentences'>,
	highlights: readonly TextRange[] = [],
	terms: readonly TermMark[] = [],
	own: readonly OwnMark[] = []
): Segment[] {
	const length = paragraph.text.length;
	// the segments as ranges: sentences, and the gaps before, between and after them
	const spans: { sentence: string | null; start: number; end: number }[] = [];
	let at = 0;
	for (const sentence of paragraph.sentences) {
		if (sentence.start > at) spans.push({ sentence: null, start: at, end: sentence.start });
		spans.push({ sentence: sentence.id, start: sentence.start, end: sentence.end });
		at = sentence.end;
	}
	if (at < length) spans.push({ sentence: null, start: at, end: length });

	// every offset at which a piece must end
	const cuts = new Set<number>([0, length]);
	for (const span of spans) cuts.add(span.start).add(span.end);
	for (const range of highlights) {
		cuts.add(Math.max(0, Math.min(length, range.start)));
		cuts.add(Math.max(0, Math.min(length, range.end)));
	}
	for (const mark of terms) cuts.add(mark.start).add(mark.end);
	for (const mark of own) cuts.add(mark.start).add(mark.end);
	let offset = 0;
	const runs: { start: number; end: number; marks: Marks }[] = [];
	for (const { text, ...marks } of paragraph.inlines) {
		runs.push({ start: offset, end: offset + text.length, marks });
		cuts.add(offset);
		offset += text.length;
	}
	const sortedCuts = [...cuts].sort((a, b) => a - b);

	return spans.map((span) => {
		const pieces: Piece[] = [];
		for (let i = 0; i + 1 < sortedCuts.length; i++) {
			const start = sortedCuts[i]!;
			const end = sortedCuts[i + 1]!;
			if (start < span.start || end > span.end || start === end) continue;
			const run = runs.find((candidate) => candidate.start <= start && end <= candidate.end);
			const term = terms.find((mark) => mark.start <= start && end <= mark.end)?.term;
			pieces.push({
				text: paragraph.text.slice(start, end),
				marks: run?.marks ?? {},
				highlighted: isHighlighted(highlights, start, end),
				...(term !== undefined && { term }),
				...ownOver(own, start, end)
			});
		}
		return { sentence: span.sentence, pieces };
	});
}

/** The id of the popover that shows the reader's note on a passage (one per passage). */
export const ownNoteId = (mark: Pick<OwnMark, 'paragraph' | 'start' | 'end'>): string =>
	`own-note-${mark.paragraph}-${mark.start}-${mark.end}`;

/** The `own` of a piece from `start` to `end`, or nothing when no mark is over it. */
function ownOver(own: readonly OwnMark[], start: number, end: number): Pick<Piece, 'own'> {
	const over = own.filter((mark) => mark.start <= start && end <= mark.end);
	if (over.length === 0) return {};
	const starting = over.filter((mark) => mark.start === start);
	const ending = over.filter((mark) => mark.end === end);
	return { own: { over, starting, ending } };
}

/**
 * Whether a piece is its text alone: no formatting, no highlight, no mark of the reader's (a glossary
 * term is drawn around its run, not on its pieces).
 */
export function isPlain(piece: Piece): boolean {
	return !piece.highlighted && piece.own === undefined && unformatted(piece.marks);
}

/**
 * The text of pieces that are all plain and in no glossary term, which a page draws as one text
 * node; null when anything is drawn on or around one of them.
 */
export function bareText(pieces: readonly Piece[]): string | null {
	let text = '';
	for (const piece of pieces) {
		if (piece.term !== undefined || !isPlain(piece)) return null;
		text += piece.text;
	}
	return text;
}

/**
 * A sentence's pieces in runs: each marked term's pieces together, and the text between them. A run
 * whose pieces are all plain has its `text`, which a page draws as one text node with no block
 * around it (each block adds hydration comments to the prerendered page and an object to the live
 * one); `text` is null when anything is drawn on one of its pieces.
 */
export function termRuns(
	pieces: readonly Piece[]
): { term?: number; pieces: Piece[]; text: string | null }[] {
	const out: { term?: number; pieces: Piece[]; text: string | null }[] = [];
	for (const piece of pieces) {
		const last = out.at(-1);
		const text = isPlain(piece) ? piece.text : null;
		if (last && last.term === piece.term) {
			last.pieces.push(piece);
			last.text = last.text === null || text === null ? null : last.text + text;
		} else {
			out.push({ ...(piece.term !== undefined && { term: piece.term }), pieces: [piece], text });
		}
	}
	return out;
}
