/**
 * From the checker's positions (1-based line and column) to an editor's offsets into its text,
 * clamped to the text: a diagnostic of a file edited since it was checked still lands on a line.
 */

/** The offset of `line`:`col` in `text` (a column past the line's end is the line's end). */
export function offsetOf(text: string, line: number, col: number): number {
	let start = 0;
	for (let current = 1; current < line; current++) {
		const next = text.indexOf('\n', start);
		if (next < 0) return text.length;
		start = next + 1;
	}
	const lineEnd = text.indexOf('\n', start);
	const end = lineEnd < 0 ? text.length : lineEnd;
	const lineLength = end - start - (text[end - 1] === '\r' ? 1 : 0);
	return start + Math.min(Math.max(0, col - 1), lineLength);
}
