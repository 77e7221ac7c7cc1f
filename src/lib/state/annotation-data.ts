/**
 * The student's own highlights and notes on an article, as data: each anchored to the article's
 * own structure (a ¶ number and a character range of that paragraph's text, as a Citation is),
 * never to the page's DOM. Pure: adding a highlight over others (the new colour wins where they
 * overlap; touching highlights of one colour become one), removing one, and reading saved ones
 * back as untrusted data (anything malformed is dropped, never thrown).
 */
import { field, isObject, isString, parseObject } from '../quiz/kit/untrusted.ts';
import type { Paragraph } from '../text/paragraph.ts';
import type { TextRange } from '../text/range.ts';

/** The highlight colours, each with a name (a colour is never the only signal). */
export const HIGHLIGHT_COLOURS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColour = (typeof HIGHLIGHT_COLOURS)[number];

/** The longest note kept (a short note; a longer one is cut). */
export const NOTE_MAX_LENGTH = 500;
/** The most annotations kept per quiz: a guard against runaway saved data. */
export const ANNOTATIONS_MAX = 200;

/** A passage of ¶`paragraph`: `text.slice(start, end)` of that paragraph. */
export interface Passage extends TextRange {
	paragraph: number;
}

export type Annotation =
	| (Passage & { type: 'highlighter'; colour: HighlightColour })
	| (Passage & { type: 'note'; text: string });

/** What the article's paragraphs are, to check a passage against: ¶ number → its text's length. */
export type ParagraphLengths = ReadonlyMap<number, number>;

const isColour = (value: unknown): value is HighlightColour =>
	HIGHLIGHT_COLOURS.some((colour) => colour === value);

/** Whether `passage` lies within its paragraph's text and is not empty. */
export function fits(passage: Passage, lengths: ParagraphLengths): boolean {
	const length = lengths.get(passage.paragraph);
	return (
		length !== undefined &&
		Number.isInteger(passage.start) &&
		Number.isInteger(passage.end) &&
		0 <= passage.start &&
		passage.start < passage.end &&
		passage.end <= length
	);
}

/** Annotations in reading order: by paragraph, then start, then end. */
export function inReadingOrder(annotations: readonly Annotation[]): Annotation[] {
	return [...annotations].sort(
		(a, b) => a.paragraph - b.paragraph || a.start - b.start || a.end - b.end
	);
}

/**
 * The annotations with a highlight of `colour` over `passage` added: where it overlaps other
 * highlights it replaces them (they are cut, or split around it); a highlight of the same colour
 * that overlaps or touches it joins it. Notes are left as they are.
 */
export function addHighlight(
	annotations: readonly Annotation[],
	passage: Passage,
	colour: HighlightColour
): Annotation[] {
	let { start, end } = passage;
	const kept: Annotation[] = [];
	for (const other of annotations) {
		if (other.type !== 'highlighter' || other.paragraph !== passage.paragraph) {
			kept.push(other);
			continue;
		}
		const touching = other.start <= end && start <= other.end;
		if (touching && other.colour === colour) {
			start = Math.min(start, other.start);
			end = Math.max(end, other.end);
			continue;
		}
		const overlapping = other.start < passage.end && passage.start < other.end;
		if (!overlapping) {
			kept.push(other);
			continue;
		}
		if (other.start < passage.start) kept.push({ ...other, end: passage.start });
		if (passage.end < other.end) kept.push({ ...other, start: passage.end });
	}
	const added: Annotation = {
		type: 'highlighter',
		paragraph: passage.paragraph,
		start,
		end,
		colour
	};
	return inReadingOrder([...kept, added]);
}

/** The highlights' parts that lie over `passage` taken away (the words no longer highlighted). */
export function clearHighlights(
	annotations: readonly Annotation[],
	passage: Passage
): Annotation[] {
	return annotations.flatMap((other): Annotation[] => {
		if (other.type !== 'highlighter' || other.paragraph !== passage.paragraph) return [other];
		if (other.end <= passage.start || passage.end <= other.start) return [other];
		const parts: Annotation[] = [];
		if (other.start < passage.start) parts.push({ ...other, end: passage.start });
		if (passage.end < other.end) parts.push({ ...other, start: passage.end });
		return parts;
	});
}

/** A note's text as kept: trimmed, at most NOTE_MAX_LENGTH characters; '' means no note. */
export const noteText = (text: string): string => text.trim().slice(0, NOTE_MAX_LENGTH).trim();

/** The annotations with a note on `passage` (a note already on exactly that passage is replaced). */
export function addNote(
	annotations: readonly Annotation[],
	passage: Passage,
	text: string
): Annotation[] {
	const others = annotations.filter(
		(other) => !(other.type === 'note' && samePassage(other, passage))
	);
	const kept = noteText(text);
	if (kept === '') return others;
	const { paragraph, start, end } = passage;
	return inReadingOrder([...others, { type: 'note', paragraph, start, end, text: kept }]);
}

export const samePassage = (a: Passage, b: Passage): boolean =>
	a.paragraph === b.paragraph && a.start === b.start && a.end === b.end;

/** The annotations without `annotation` (the same type on the same passage). */
export function removeAnnotation(
	annotations: readonly Annotation[],
	annotation: Annotation
): Annotation[] {
	return annotations.filter(
		(other) => !(other.type === annotation.type && samePassage(other, annotation))
	);
}

/** One saved annotation read back, or null when anything in it is wrong. */
function readOne(value: unknown, lengths: ParagraphLengths): Annotation | null {
	if (!isObject(value)) return null;
	const passage = {
		paragraph: field(value, 'paragraph'),
		start: field(value, 'start'),
		end: field(value, 'end')
	};
	if (
		typeof passage.paragraph !== 'number' ||
		typeof passage.start !== 'number' ||
		typeof passage.end !== 'number'
	)
		return null;
	const at = passage as Passage;
	if (!fits(at, lengths)) return null;
	const { paragraph, start, end } = at;
	const type = field(value, 'type');
	if (type === 'highlighter') {
		const colour = field(value, 'colour');
		return isColour(colour) ? { type, paragraph, start, end, colour } : null;
	}
	if (type === 'note') {
		const text = field(value, 'text');
		return isString(text) && noteText(text) !== ''
			? { type, paragraph, start, end, text: noteText(text) }
			: null;
	}
	return null;
}

/**
 * Annotations as saved (`{ "annotations": [...] }`), read against the article's paragraphs: a
 * value that is not that shape gives none; each malformed or misplaced annotation is dropped; the
 * highlights that remain are laid down again in order, so that overlapping ones cannot survive.
 */
export function readAnnotations(value: unknown, lengths: ParagraphLengths): Annotation[] {
	const list = isObject(value) ? field(value, 'annotations') : undefined;
	if (!Array.isArray(list)) return [];
	let annotations: Annotation[] = [];
	for (const item of list.slice(0, ANNOTATIONS_MAX)) {
		const annotation = readOne(item, lengths);
		if (!annotation) continue;
		annotations =
			annotation.type === 'highlighter'
				? addHighlight(annotations, annotation, annotation.colour)
				: addNote(annotations, annotation, annotation.text);
	}
	return annotations;
}

/** `readAnnotations` of a stored text (null, or not JSON, gives none). */
export function readSavedAnnotations(text: string | null, lengths: ParagraphLengths): Annotation[] {
	return text === null ? [] : readAnnotations(parseObject(text), lengths);
}

/** A paragraph as these functions need it: its number, text and sentences. */
export type ParagraphText = Pick<Paragraph, 'n' | 'text' | 'sentences'>;

/** The ¶ number → text length map `readAnnotations` checks passages against. */
export const paragraphLengths = (paragraphs: readonly ParagraphText[]): ParagraphLengths =>
	new Map(paragraphs.map((paragraph) => [paragraph.n, paragraph.text.length]));

/**
 * The passages of the sentences `ids` ("12.1"): in each paragraph, from the first chosen sentence's
 * start to the last one's end (what a student marking sentence by sentence means), in reading order.
 */
export function sentencePassages(
	ids: readonly string[],
	paragraphs: readonly ParagraphText[]
): Passage[] {
	const chosen = new Set(ids);
	return paragraphs.flatMap((paragraph) => {
		const sentences = paragraph.sentences.filter((sentence) => chosen.has(sentence.id));
		const first = sentences[0];
		const last = sentences.at(-1);
		return first && last ? [{ paragraph: paragraph.n, start: first.start, end: last.end }] : [];
	});
}

/** The words a passage covers, as the article has them (white space at its ends trimmed). */
export function quoted(passage: Passage, paragraphs: readonly ParagraphText[]): string {
	const paragraph = paragraphs.find((candidate) => candidate.n === passage.paragraph);
	return paragraph?.text.slice(passage.start, passage.end).trim() ?? '';
}
