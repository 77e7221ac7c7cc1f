/**
 * An article pasted with single line breaks: Word, Google Docs and web pages end a paragraph with
 * one line break, Markdown only at a blank line, so a pasted article becomes one long paragraph and
 * every ¶ number a quiz gives after ¶1 is "missing". A run of lines that each end a sentence is
 * taken for such a paste (hard-wrapped prose, whose lines end mid-sentence, is not), and the
 * quiz's ¶ errors point at it. Pure text: no Node API (check-article.ts runs in a browser too).
 */
import { isHeadingLine } from '../text/paragraph.ts';

/** A paragraph of article.md whose lines each end a sentence: where it starts and how many lines. */
export interface PastedParagraph {
	/** 1-based line in the file of the paragraph's first line */
	line: number;
	lines: number;
}

/**
 * A line that ends a sentence: . ! ? or … then any closing quotation marks or brackets. Two lines
 * can end so by chance in hard-wrapped prose; three in a row rarely do.
 */
const ENDS_SENTENCE = /[.!?…]["'”’)\]*_]*$/u;
const FEWEST_LINES = 3;

/**
 * The paragraphs of an article body (split as text/paragraph.ts splits them) made of FEWEST_LINES
 * or more lines that each end a sentence. `firstLine` is the body's first line in the file.
 */
export function pastedParagraphs(body: string, firstLine: number): PastedParagraph[] {
	const found: PastedParagraph[] = [];
	let start = 0;
	let lines: string[] = [];
	const flush = () => {
		if (lines.length >= FEWEST_LINES && lines.every((line) => ENDS_SENTENCE.test(line)))
			found.push({ line: firstLine + start, lines: lines.length });
		lines = [];
	};
	for (const [i, raw] of body.split(/\r?\n/).entries()) {
		const line = raw.trim();
		if (line === '' || isHeadingLine(line)) flush();
		else {
			if (lines.length === 0) start = i;
			lines.push(line);
		}
	}
	flush();
	return found;
}

/** The warning at such a paragraph's first line. */
export function pastedParagraphAdvice({ lines }: PastedParagraph): string {
	return `this paragraph has ${lines} lines, each ending a sentence; a paragraph ends only at a blank line — did you mean ${lines} paragraphs? Then put a blank line between them (text pasted from Word or Google Docs often loses them)`;
}

/** What a quiz's "the article has no ¶N" error adds when article.md has such a paragraph. */
export function pastedParagraphPointer({ line }: PastedParagraph): string {
	return `article.md has a paragraph that looks like several: see its line ${line}`;
}

/**
 * The words of a quiz's diagnostic that the article lacks ¶`missing` (a pinned quote's `paragraph:`
 * in evidence.ts, a ¶N written in a text in paragraph-refs.ts), and how the check recognises them
 * to add the pointer: kept together, so that rewording one cannot lose the other.
 */
export function noSuchParagraphText(missing: number, paragraphCount: number): string {
	return `the article has no ¶${missing}; it has ¶1 to ¶${paragraphCount}`;
}
export const isMissingParagraph = (message: string): boolean =>
	/the article has no ¶-?\d+; it has ¶1 to ¶\d+/u.test(message);
