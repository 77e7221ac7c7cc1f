/**
 * The one-click fixes the Studio offers on some of the checker's warnings, as pure text edits: a
 * paragraph pasted with single line breaks is split into paragraphs (checker/line-breaks.ts's
 * warning), and the invisible characters a file holds are deleted (text/invisible.ts's warning).
 */
import { isPastedParagraphAdvice } from '$lib/checker/line-breaks';
import { isInvisibleAdvice, withoutInvisible } from '$lib/text/invisible';

export type FixKind = 'split-paragraphs' | 'remove-invisible';

/** The fix a warning's message offers, if any. */
export function fixFor(message: string): FixKind | undefined {
	if (isPastedParagraphAdvice(message)) return 'split-paragraphs';
	if (isInvisibleAdvice(message)) return 'remove-invisible';
	return undefined;
}

/** `text` with the fix applied at `line` (1-based: the warning's line). */
export function applyFix(text: string, kind: FixKind, line: number): string {
	switch (kind) {
		case 'split-paragraphs':
			return splitIntoParagraphs(text, line);
		case 'remove-invisible':
			return withoutInvisible(text);
	}
}

/**
 * The paragraph that starts at `line` (it runs to the next blank line) with a blank line put
 * between each of its lines, so that each becomes a paragraph of its own.
 */
export function splitIntoParagraphs(text: string, line: number): string {
	const newline = text.includes('\r\n') ? '\r\n' : '\n';
	const lines = text.split(/\r?\n/);
	const start = line - 1;
	if (start < 0 || start >= lines.length) return text;
	let end = start;
	while (end + 1 < lines.length && lines[end + 1]!.trim() !== '') end++;
	const paragraph = lines.slice(start, end + 1).flatMap((l, i) => (i === 0 ? [l] : ['', l]));
	return [...lines.slice(0, start), ...paragraph, ...lines.slice(end + 1)].join(newline);
}
