// @vitest-environment node
/**
 * An evidence line from the preview lands where the teacher's cursor is: on a blank line as it is,
 * else on the next line as a key of the same question (indented like the cursor's line, past a
 * list item's `- `).
 */
import { describe, expect, it } from 'vitest';
import { lineInsertion } from '$lib/studio/preview/insert-line';

/** The document with the insertion made, and the cursor marked `|`. */
function inserted(marked: string, line = 'evidence: "x"'): string {
	const cursor = marked.indexOf('|');
	const doc = marked.replace('|', '');
	const { at, insert, cursor: after } = lineInsertion(doc, cursor, line);
	const result = doc.slice(0, at) + insert + doc.slice(at);
	return result.slice(0, after) + '|' + result.slice(after);
}

describe('an evidence line inserted at the cursor', () => {
	it('goes at the cursor on a blank line', () => {
		expect(inserted('questions:\n  - id: q1\n    |\n')).toBe(
			'questions:\n  - id: q1\n    evidence: "x"|\n'
		);
	});

	it('goes on the next line, indented as the cursor’s, from inside a key', () => {
		expect(inserted('  - id: q1\n    prompt: Wh|y?\n    answer: true\n')).toBe(
			'  - id: q1\n    prompt: Why?\n    evidence: "x"|\n    answer: true\n'
		);
	});

	it('counts a list item’s dash as indentation, and works at the end of the text', () => {
		expect(inserted('questions:\n  - id: q1|')).toBe('questions:\n  - id: q1\n    evidence: "x"|');
	});
});
