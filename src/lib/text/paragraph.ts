/**
 * An article's body as blocks: paragraphs (numbered ¶1…, with their rich text, plain text and
 * sentences) and headings (not numbered). Runs of non-blank lines make a paragraph; `#` lines are
 * headings. Only inline Markdown is interpreted; raw HTML stays text.
 */
import { parseInline } from './inline.ts';
import { plainText, type Rich } from './rich.ts';
import type { TextRange } from './range.ts';
import { splitSentences } from './sentences.ts';

/** A sentence of a paragraph: its id ("¶.n", e.g. "12.1") and its range in `Paragraph.text`. */
export interface Sentence extends TextRange {
	id: string;
}

export interface Paragraph {
	kind: 'paragraph';
	/** ¶ number, from 1 */
	n: number;
	/** plain text: the concatenation of `inlines`' texts; quotes and sentences index into it */
	text: string;
	inlines: Rich;
	sentences: Sentence[];
}

export interface Heading {
	kind: 'heading';
	level: 2 | 3 | 4 | 5 | 6;
	inlines: Rich;
}

export type Block = Paragraph | Heading;

/** A paragraph ¶`n` from its inline Markdown: rich text, plain text, and sentences with ids "n.k". */
export function parseParagraph(n: number, source: string): Paragraph {
	const inlines = parseInline(source);
	const text = plainText(inlines);
	const sentences = splitSentences(text, italicRanges(inlines)).map((range, index) => ({
		id: `${n}.${index + 1}`,
		...range
	}));
	return { kind: 'paragraph', n, text, inlines, sentences };
}

/** Where the italic runs are in the plain text: titles of works, which the sentence splitter needs. */
function italicRanges(inlines: Rich): TextRange[] {
	const ranges: TextRange[] = [];
	let offset = 0;
	for (const run of inlines) {
		const end = offset + run.text.length;
		const last = ranges.at(-1);
		if (run.em && last?.end === offset) last.end = end;
		else if (run.em) ranges.push({ start: offset, end });
		offset = end;
	}
	return ranges;
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;

/** Whether a trimmed line of an article body is a heading (`#` to `######`, then a space). */
export const isHeadingLine = (line: string): boolean => HEADING.test(line);

/** The blocks of an article body: runs of non-blank lines become paragraphs; `#` lines headings. */
export function parseBlocks(body: string): Block[] {
	const blocks: Block[] = [];
	let lines: string[] = [];
	const flush = () => {
		if (lines.length > 0) {
			const n = blocks.filter((block) => block.kind === 'paragraph').length + 1;
			blocks.push(parseParagraph(n, lines.join(' ')));
		}
		lines = [];
	};
	for (const raw of body.split(/\r?\n/)) {
		const line = raw.trim();
		const heading = HEADING.exec(line);
		if (line === '') flush();
		else if (heading) {
			flush();
			const level = Math.min(6, Math.max(2, heading[1]!.length)) as 2 | 3 | 4 | 5 | 6;
			blocks.push({ kind: 'heading', level, inlines: parseInline(heading[2]!) });
		} else lines.push(line);
	}
	flush();
	return blocks;
}
