/**
 * "¶N" written by hand in a question's texts (prompt, hint, explanation, a choice's feedback) is
 * checked against the article: a ¶ number the article does not have is an error; one that the
 * question's evidence does not cite is a warning, since the text probably went stale when
 * paragraphs were added, removed or split.
 */
import type { Citation } from '../quiz/types.ts';
import { normalizeText } from '../text/normalize.ts';
import { diagnostic, type Diagnostic } from './diagnostics.ts';
import { noSuchParagraphText } from './line-breaks.ts';
import { nodeAt, type DataPath, type YamlSource } from './yaml-source.ts';

/** A ¶ number, or a range "¶28–¶29", as written in a text. */
export interface ParagraphRef {
	/** the words as written, e.g. "¶28–¶29" */
	text: string;
	from: number;
	to: number;
}

const REF = /¶+\s*(\d+)(?:\s*[–—-]\s*¶*\s*(\d+))?/gu;

export function paragraphRefs(text: string): ParagraphRef[] {
	return [...text.matchAll(REF)].map((match) => {
		const from = Number(match[1]);
		const to = match[2] === undefined ? from : Number(match[2]);
		return { text: match[0], from: Math.min(from, to), to: Math.max(from, to) };
	});
}

/** The keys whose texts a student reads and that may point at paragraphs. */
const TEXT_KEYS = new Set(['prompt', 'hint', 'explanation', 'feedback', 'description']);

/**
 * Every text under a TEXT_KEYS key, at any depth (a choice's feedback is in `choices`), that has a ¶
 * in it (the others cannot point at a paragraph). `path` is the way down, one array for the walk:
 * copied only for a text that is kept.
 */
function textsWithRefs(
	value: unknown,
	path: PropertyKey[] = [],
	found: { path: DataPath; text: string }[] = []
): { path: DataPath; text: string }[] {
	if (Array.isArray(value)) {
		for (let i = 0; i < value.length; i++) {
			path.push(i);
			textsWithRefs(value[i], path, found);
			path.pop();
		}
	} else if (value !== null && typeof value === 'object') {
		for (const [key, inner] of Object.entries(value)) {
			if (typeof inner === 'string') {
				if (TEXT_KEYS.has(key) && inner.includes('¶'))
					found.push({ path: [...path, key], text: inner });
			} else if (typeof inner === 'object') {
				path.push(key);
				textsWithRefs(inner, path, found);
				path.pop();
			}
		}
	}
	return found;
}

/** Where the `nth` (0-based) occurrence of `needle` in `text` starts, or -1. */
function nthIndex(text: string, needle: string, nth: number): number {
	let at = -1;
	for (let i = 0; i <= nth; i++) {
		at = text.indexOf(needle, at + 1);
		if (at < 0) return -1;
	}
	return at;
}

/** Where in the file the ¶ reference is: on its own characters when the text shows them as written. */
function refPosition(source: YamlSource, path: DataPath, ref: ParagraphRef, nth: number) {
	const node = nodeAt(source, path);
	const [start, end] = node?.range ?? [0, 0];
	const at = nthIndex(source.text.slice(start, end), ref.text, nth);
	const offset = at >= 0 ? start + at : start;
	const { line, col } = source.lineCounter.linePos(offset);
	return { line: line + source.lineOffset, col };
}

/**
 * The double-quoted words (straight or curly) of a text, normalised; a quotation shortened with
 * "…" gives its pieces.
 */
function quotations(text: string): string[][] {
	return [...text.matchAll(/["“]([^"“”]{3,})["”]/g)].map((m) =>
		m[1]!
			.split(/…|\.\.\./)
			.map((piece) => normalizeText(piece).trim())
			.filter((piece) => piece.length >= 3)
	);
}

const shown = (ref: ParagraphRef) => (ref.from === ref.to ? `¶${ref.from}` : ref.text);

/**
 * Checks the ¶ references in `data` (a question, or the quiz's own keys when `citations` is null:
 * then only that they exist). `base` is the data's path in the file.
 */
export function checkParagraphRefs(
	data: unknown,
	base: DataPath,
	source: YamlSource,
	paragraphs: readonly { n: number; text: string }[],
	citations: readonly Citation[] | null
): Diagnostic[] {
	const texts = textsWithRefs(data);
	// most questions mention no ¶
	if (texts.length === 0) return [];
	const out: Diagnostic[] = [];
	const paragraphCount = paragraphs.length;
	const normal = new Map<number, string>();
	/** whether words the text quotes are in that paragraph: then the number is not stale */
	const backedByQuote = (ref: ParagraphRef, text: string) =>
		quotations(text).some((pieces) => {
			for (let n = ref.from; n <= ref.to; n++) {
				const paragraph = paragraphs[n - 1];
				if (!paragraph) continue;
				if (!normal.has(n)) normal.set(n, normalizeText(paragraph.text));
				if (pieces.length > 0 && pieces.every((piece) => normal.get(n)!.includes(piece)))
					return true;
			}
			return false;
		});
	const cited = citations
		? [...new Set(citations.map((c) => c.paragraph))].sort((a, b) => a - b)
		: [];
	for (const { path, text } of texts) {
		const key = String(path.at(-1));
		const seen = new Map<string, number>();
		for (const ref of paragraphRefs(text)) {
			const nth = seen.get(ref.text) ?? 0;
			seen.set(ref.text, nth + 1);
			const at = refPosition(source, [...base, ...path], ref, nth);
			const missing = [ref.from, ref.to].find((n) => n < 1 || n > paragraphCount);
			if (missing !== undefined) {
				out.push(
					diagnostic(
						source.path,
						`${key}: ${noSuchParagraphText(missing, paragraphCount)} (were paragraphs added, removed or split?)`,
						at
					)
				);
				continue;
			}
			if (!citations || cited.some((n) => n >= ref.from && n <= ref.to)) continue;
			if (backedByQuote(ref, text)) continue;
			const cites = cited.map((n) => `¶${n}`).join(', ');
			out.push(
				diagnostic(
					source.path,
					`${key}: ${shown(ref)} is not among the paragraphs this question cites (${cites}): if the number is not out of date, cite ${shown(ref)} in evidence or quote its words beside the number`,
					{ ...at, severity: 'warning' }
				)
			);
		}
	}
	return out;
}
