/**
 * Rich text as the pages get it: runs of text with their formatting, which inline.ts parses a
 * teacher's inline Markdown into at build time. Apart from the parser so that a page that shows
 * rich text, or needs its plain text, does not load the parser and its table of character
 * references (11 kB gzipped) with it.
 */

/** A run of inline text with its formatting; a whole rich text is a list of these. */
export interface Inline {
	text: string;
	em?: true;
	strong?: true;
	code?: true;
	href?: string;
}
export type Rich = Inline[];

/** The formatting of a run, without its text. */
export type Marks = Omit<Inline, 'text'>;

/** Whether a run has no formatting: no emphasis, no code, no link (its text alone is drawn). */
export function unformatted(marks: Marks): boolean {
	return !marks.em && !marks.strong && !marks.code && marks.href === undefined;
}

/** The plain text of rich text, e.g. for `aria-label`s and matching. */
export function plainText(rich: Rich): string {
	return rich.map((run) => run.text).join('');
}
