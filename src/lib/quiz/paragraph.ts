import { parseInline, plainText } from './inline.ts';
import { splitSentences } from './sentences.ts';
import type { Paragraph } from './types.ts';

/** A paragraph ¶`n` from its inline Markdown: rich text, plain text, and sentences with ids "n.k". */
export function parseParagraph(n: number, source: string): Paragraph {
	const inlines = parseInline(source);
	const text = plainText(inlines);
	const sentences = splitSentences(text).map((range, index) => ({
		id: `${n}.${index + 1}`,
		...range
	}));
	return { kind: 'paragraph', n, text, inlines, sentences };
}
