/**
 * Where a line the preview gives (an `evidence:` line) goes in the quiz's text: at the cursor when
 * the cursor's line is blank, else on a new line after it, indented as that line's keys are (a list
 * item's `- ` counts as indentation), so that it lands as a key of the question being written.
 */

export interface LineInsertion {
	/** where the text goes in the document */
	at: number;
	insert: string;
	/** where the cursor goes afterwards: the end of the inserted line */
	cursor: number;
}

export function lineInsertion(doc: string, cursor: number, line: string): LineInsertion {
	const start = doc.lastIndexOf('\n', cursor - 1) + 1;
	const newline = doc.indexOf('\n', cursor);
	const end = newline < 0 ? doc.length : newline;
	const current = doc.slice(start, end);
	if (current.trim() === '') return { at: cursor, insert: line, cursor: cursor + line.length };
	const indent = /^(\s*)(- )?/.exec(current)!;
	const spaces = indent[1]! + (indent[2] ? '  ' : '');
	const insert = `\n${spaces}${line}`;
	return { at: end, insert, cursor: end + insert.length };
}
