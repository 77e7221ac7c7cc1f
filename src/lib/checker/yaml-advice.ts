/**
 * YAML syntax errors in a teacher's words. The parser reports what it could not parse ("Nested
 * mappings are not allowed in compact mappings"), often on the line before the mistake; this looks
 * at the lines around it to say what went wrong and how to fix it: a tab used for indentation, a key
 * indented more or less than the one above it, an unquoted colon in a text, a quote mark that ends a
 * quoted text early, a missing space after a colon, a missing colon after a key, a list item whose
 * `-` is out of line with the others. Anything else keeps the parser's words.
 */
import { yamlQuote } from '../text/evidence-line.ts';

/** The parser's error, as `yaml` gives it. */
export interface YamlSyntaxError {
	code: string;
	/** offset in the text */
	offset: number;
	/** the parser's message (first line) */
	message: string;
}

export interface SyntaxAdvice {
	/** 1-based, in the YAML text */
	line: number;
	col: number;
	message: string;
	/** the parser's words, when the message is ours */
	detail?: string;
}

/** `key:` at the start of a line, after its indentation and an optional list dash. */
const KEY_LINE = /^([ \t]*)(-[ \t]+)?([^\s#'"{}[\],&*!|>%@`-][^:#]*?|-[^\s:#][^:#]*?):(?=\s|$)/;

interface KeyLine {
	/** 1-based line number */
	line: number;
	key: string;
	/** 1-based column of the key's first character (tabs count as one column, as in the editor) */
	col: number;
	/** the leading white space */
	indent: string;
	/** what follows `key:` on the line, trimmed */
	value: string;
}

function keyLine(lines: readonly string[], line: number): KeyLine | undefined {
	const text = lines[line - 1];
	if (text === undefined) return undefined;
	const match = KEY_LINE.exec(text);
	if (!match) return undefined;
	const indent = match[1]!;
	const col = indent.length + (match[2]?.length ?? 0) + 1;
	return { line, key: match[3]!.trim(), col, indent, value: text.slice(match[0].length).trim() };
}

const isBlankOrComment = (text: string) => /^\s*(#.*)?$/.test(text);

/** The nearest key line above `line`. */
function keyAbove(lines: readonly string[], line: number): KeyLine | undefined {
	for (let n = line - 1; n >= 1; n--) {
		if (isBlankOrComment(lines[n - 1]!)) continue;
		const found = keyLine(lines, n);
		if (found) return found;
	}
	return undefined;
}

const spaces = (n: number) => `${n} ${n === 1 ? 'space' : 'spaces'}`;

/** `key:` with code marks, as the messages show keys. */
const k = (key: string) => `\`${key}:\``;

/** How `line` is indented against the key line above it, or undefined when they line up. */
function misalignment(lines: readonly string[], line: KeyLine): string | undefined {
	const above = keyAbove(lines, line.line);
	if (!above) return undefined;
	// a key right under `parent:` (nothing after its colon) belongs inside it, deeper: not a sibling
	if (above.value === '' && line.col > above.col) return undefined;
	const difference = line.col - above.col;
	if (difference === 0) return undefined;
	return `${k(line.key)} is indented ${spaces(Math.abs(difference))} ${difference > 0 ? 'more' : 'less'} than ${k(above.key)} above it: line it up with ${k(above.key)}`;
}

function tabAdvice(lines: readonly string[], line: number): SyntaxAdvice | undefined {
	const text = lines[line - 1] ?? '';
	const indent = /^[ \t]*/.exec(text)![0];
	const tab = indent.indexOf('\t');
	if (tab < 0) return undefined;
	const own = keyLine(lines, line);
	const above = own ? keyAbove(lines, line) : undefined;
	const lineUp =
		own && above
			? above.value === ''
				? `, indenting ${k(own.key)} further than ${k(above.key)} above it`
				: `, lining ${k(own.key)} up with ${k(above.key)} above it`
			: '';
	return {
		line,
		col: tab + 1,
		message: `line ${line} is indented with a tab; YAML indents with spaces only: replace the tab with spaces${lineUp}`
	};
}

/** A key that does not line up with the key above it. */
function indentAdvice(lines: readonly string[], line: number): SyntaxAdvice | undefined {
	const own = keyLine(lines, line);
	const problem = own && misalignment(lines, own);
	if (!own || !problem) return undefined;
	return { line, col: own.col, message: problem };
}

/** A colon and a space inside an unquoted text: YAML took it for another key. */
function colonAdvice(lines: readonly string[], line: number): SyntaxAdvice | undefined {
	const own = keyLine(lines, line);
	if (!own || own.value === '' || /^["'|>[{&*!]/.test(own.value)) return undefined;
	const colon = /:(\s|$)/.exec(own.value);
	if (!colon) return undefined;
	const text = lines[line - 1]!;
	const valueStart = text.length - text.trimStart().length + text.trim().indexOf(own.value);
	const suggestion = `${own.key}: ${yamlQuote(own.value.replace(/\s+#.*$/, ''))}`;
	return {
		line,
		col: valueStart + colon.index + 1,
		message: `the text of ${k(own.key)} contains a colon followed by a space, which YAML reads as another key: put the text in quotes: \`${suggestion}\``
	};
}

/** The key line below `line` that is indented further than the key on `line`: YAML read it as text. */
function overIndentedBelow(lines: readonly string[], line: number): SyntaxAdvice | undefined {
	const own = keyLine(lines, line);
	if (!own) return undefined;
	for (let n = line + 1; n <= lines.length; n++) {
		if (isBlankOrComment(lines[n - 1]!)) continue;
		const next = keyLine(lines, n);
		if (!next || next.col <= own.col) return undefined;
		return {
			line: n,
			col: next.col,
			message: `${k(next.key)} is indented ${spaces(next.col - own.col)} more than ${k(own.key)} above it, so YAML reads it as more text of ${k(own.key)}: line ${k(next.key)} up with ${k(own.key)}`
		};
	}
	return undefined;
}

/** A quoted text that contains its own quote mark, so it ends early. */
function quoteAdvice(lines: readonly string[], line: number): SyntaxAdvice | undefined {
	const own = keyLine(lines, line);
	if (!own) return undefined;
	const mark = own.value[0];
	if ((mark !== '"' && mark !== "'") || own.value.length < 2) return undefined;
	const inner = own.value.endsWith(mark) ? own.value.slice(1, -1) : own.value.slice(1);
	const other = mark === '"' ? `'${inner.replace(/'/g, "''")}'` : yamlQuote(inner);
	const text = lines[line - 1]!;
	const close = text.indexOf(mark, text.indexOf(own.value) + 1);
	const inside = mark === '"' ? 'a double quote' : 'a single quote (an apostrophe)';
	const how = mark === "'" ? ` (or write each ' inside single quotes twice: '')` : '';
	return {
		line,
		col: close + 1,
		message: `the text of ${k(own.key)} is in quotes and contains ${inside}, which ends it early: use the other quote marks: \`${own.key}: ${other}\`${how}`
	};
}

/** `key:value` with no space after the colon. */
function spaceAdvice(lines: readonly string[], line: number): SyntaxAdvice | undefined {
	const text = lines[line - 1] ?? '';
	const match = /^([ \t]*(?:-[ \t]+)?)([A-Za-z][\w-]*):(\S)/.exec(text);
	if (!match) return undefined;
	const key = match[2]!;
	return {
		line,
		col: match[1]!.length + key.length + 2,
		message: `put a space after the colon of ${k(key)}: \`${key}: ${text.slice(match[0].length - 1).trim()}\``
	};
}

/** Keys of quiz files and article front matter: a word missing its colon is one of these. */
const KNOWN_KEYS = new Set(
	'title description mode shuffle passMark attempts spelling questions id type prompt points explanation hint evidence quote paragraph answer answers choices text correct scoring requireEvidence wordBank items pairs source author published url credit'.split(
		' '
	)
);

/** `answer false`: a known key (or one used elsewhere in the file) and a value, with no colon between. */
function missingColonAdvice(lines: readonly string[], line: number): SyntaxAdvice | undefined {
	const text = lines[line - 1] ?? '';
	const match = /^([ \t]*(?:-[ \t]+)?)([A-Za-z][\w-]*)[ \t]+([^\s:#][^#]*?)[ \t]*$/.exec(text);
	if (!match || /:(\s|$)/.test(match[3]!)) return undefined;
	const key = match[2]!;
	const usedElsewhere = lines.some((_, n) => keyLine(lines, n + 1)?.key === key);
	if (!KNOWN_KEYS.has(key) && !usedElsewhere) return undefined;
	return {
		line,
		col: match[1]!.length + key.length + 1,
		message: `a colon is missing after \`${key}\`: \`${key}: ${match[3]}\``
	};
}

/** A list item whose `-` does not line up with the `-` of the item before it, at or just below `line`. */
function dashAdvice(lines: readonly string[], line: number): SyntaxAdvice | undefined {
	const dashCol = (n: number) => {
		const match = /^( *)-(\s|$)/.exec(lines[n - 1] ?? '');
		return match ? match[1]!.length + 1 : undefined;
	};
	for (const item of [line, line + 1]) {
		const col = dashCol(item);
		if (col === undefined) continue;
		for (let n = item - 1; n >= 1; n--) {
			const text = lines[n - 1]!;
			if (isBlankOrComment(text)) continue;
			const indent = /^ */.exec(text)![0].length + 1;
			const before = dashCol(n);
			if (before !== undefined && before !== col && Math.abs(before - col) <= 2) {
				// a key ending in a colon just above the item opens a nested list: that is not a misalignment
				const opener = keyLine(lines, item - 1);
				if (opener && opener.value === '' && col > opener.col) return undefined;
				const difference = col - before;
				return {
					line: item,
					col,
					message: `the \`-\` of this list item is ${spaces(Math.abs(difference))} to the ${difference > 0 ? 'right' : 'left'} of the \`-\` on line ${n}: the \`-\` of every item in a list must line up, one under the other`
				};
			}
			if (before !== undefined || indent < Math.min(col, before ?? col)) break;
		}
	}
	return undefined;
}

/**
 * What to tell the teacher about the first syntax error of a file: our advice when one of the
 * common mistakes explains it, else the parser's message. Positions are in `text`.
 */
export function adviseSyntaxError(
	text: string,
	error: YamlSyntaxError,
	linePos: (offset: number) => { line: number; col: number }
): SyntaxAdvice {
	const lines = text.split(/\r?\n/);
	const at = linePos(Math.max(0, Math.min(error.offset, text.length)));
	const ours = (advice: SyntaxAdvice | undefined) =>
		advice ? { ...advice, detail: error.message } : undefined;
	const advice =
		ours(tabAdvice(lines, at.line)) ??
		(error.code === 'BAD_INDENT' ||
		error.code === 'MISSING_CHAR' ||
		error.code === 'BLOCK_AS_IMPLICIT_KEY' ||
		error.code === 'MULTILINE_IMPLICIT_KEY'
			? ours(dashAdvice(lines, at.line))
			: undefined) ??
		(error.code === 'MISSING_CHAR' || error.code === 'MULTILINE_IMPLICIT_KEY'
			? ours(missingColonAdvice(lines, at.line))
			: undefined) ??
		(error.code === 'BAD_INDENT' || error.code === 'MISSING_CHAR'
			? ours(indentAdvice(lines, at.line))
			: undefined) ??
		(error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY'
			? ours(
					colonAdvice(lines, at.line) ??
						overIndentedBelow(lines, at.line) ??
						spaceAdvice(lines, at.line)
				)
			: undefined) ??
		(error.code === 'UNEXPECTED_TOKEN' ? ours(quoteAdvice(lines, at.line)) : undefined);
	return advice ?? { line: at.line, col: at.col, message: `YAML syntax: ${error.message}` };
}
