/**
 * YAML with source positions: `yaml`'s document model keeps every node's offsets, so a problem found
 * in the parsed data can be reported at the line and column of the key or value that is wrong.
 */
import {
	LineCounter,
	isMap,
	isPair,
	isScalar,
	isSeq,
	parseDocument,
	visit,
	type Document,
	type Node
} from 'yaml';
import { codeFrame, diagnostic, type Diagnostic } from './diagnostics.ts';
import { adviseSyntaxError } from './yaml-advice.ts';

export type DataPath = readonly PropertyKey[];

export interface YamlSource {
	path: string;
	/** the YAML text itself (for code frames and for looking at the lines around a problem) */
	text: string;
	doc: Document.Parsed;
	lineCounter: LineCounter;
	/** lines before the YAML text in its file (front matter starts on line 2) */
	lineOffset: number;
}

export interface ParsedYaml {
	source: YamlSource;
	data: unknown;
	diagnostics: Diagnostic[];
}

const DUPLICATE_HINT = '; each key may appear once in a mapping (remove or rename one)';

/**
 * Where a file stops being text: a NUL or other control byte (binary data: a word-processor file, an
 * image) or a byte sequence that is not UTF-8 (decoded as U+FFFD). Tabs, line breaks and a byte
 * order mark are text.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/;
// eslint-disable-next-line no-control-regex -- as above, without the undecodable character
const BINARY = /[\u0000-\u0008\u000E-\u001F]/;

/** A problem with a file that is not plain UTF-8 text, at the first character that is not. */
export function notTextProblem(text: string, path: string, lineOffset = 0): Diagnostic | undefined {
	const found = NOT_TEXT.exec(text);
	if (!found) return undefined;
	const before = text.slice(0, found.index);
	const line = before.split('\n').length + lineOffset;
	const col = found.index - before.lastIndexOf('\n');
	const message =
		found[0] === '\uFFFD' && !BINARY.test(text)
			? 'the file is not saved as UTF-8 text: a character here cannot be read. In your editor, save it again with the encoding UTF-8'
			: 'this is not a text file (it contains binary data): save the quiz as plain text (UTF-8) with a .yaml extension, or copy its text into a new file';
	return diagnostic(path, message, { line, col });
}

/**
 * The lines of `text` as an editor numbers them (after "\n", "\r\n" or a lone "\r"). Counted from
 * the text, not by the parser, which stops counting inside some broken documents and would then
 * report a position past the end of a line.
 */
function countLines(text: string): LineCounter {
	const lineCounter = new LineCounter();
	lineCounter.addNewLine(0);
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) lineCounter.addNewLine(i + 1);
	}
	return lineCounter;
}

export function parseYaml(text: string, path: string, lineOffset = 0): ParsedYaml {
	const binary = notTextProblem(text, path, lineOffset);
	const lineCounter = countLines(binary ? '' : text);
	const doc = parseDocument(binary ? '' : text, { prettyErrors: false, uniqueKeys: true });
	const source: YamlSource = { path, text: binary ? '' : text, doc, lineCounter, lineOffset };
	if (binary) return { source, data: undefined, diagnostics: [binary] };
	const diagnostics: Diagnostic[] = [];
	// Only the first syntax error: the ones after it are usually the parser losing its footing.
	const syntax = doc.errors.find((error) => error.code !== 'DUPLICATE_KEY');
	if (syntax) {
		const advice = adviseSyntaxError(
			text,
			{ code: syntax.code, offset: syntax.pos[0], message: syntax.message.split('\n')[0]! },
			(offset) => lineCounter.linePos(offset)
		);
		diagnostics.push(
			diagnostic(path, advice.message, {
				line: advice.line + lineOffset,
				col: advice.col,
				frame: codeFrame(text, advice.line + lineOffset, advice.col, 1 + lineOffset),
				...(advice.detail !== undefined && { detail: advice.detail })
			})
		);
	} else {
		for (const error of doc.errors) {
			const key = /^[^:\n]*/.exec(text.slice(error.pos[0]))![0].trim();
			diagnostics.push(
				diagnosticAt(source, error.pos[0], `duplicate key '${key}'${DUPLICATE_HINT}`)
			);
		}
	}
	for (const warning of doc.warnings) {
		diagnostics.push(
			diagnosticAt(source, warning.pos[0], warning.message.split('\n')[0]!, 'warning')
		);
	}
	if (diagnostics.some((d) => d.severity === 'error'))
		return { source, data: undefined, diagnostics };
	try {
		return { source, data: doc.toJS() as unknown, diagnostics };
	} catch (error) {
		// aliases are resolved only here: one without its anchor, far too many of them, or nesting
		// too deep for the parser. A problem in this file, not in the app.
		diagnostics.push(aliasProblem(source, error));
		return { source, data: undefined, diagnostics };
	}
}

/**
 * Why the document could not become data, at the alias it is about: an alias (`*name`) without its
 * anchor, or aliases that expand without end (an "alias bomb"); else nesting too deep.
 */
function aliasProblem(source: YamlSource, error: unknown): Diagnostic {
	const words = error instanceof Error ? error.message : String(error);
	const name = /alias[^:]*: (\S+)/i.exec(words)?.[1];
	let at: Node | undefined;
	visit(source.doc, {
		Alias(_, node) {
			if (name === undefined || node.source === name) {
				at = node;
				return visit.BREAK;
			}
		}
	});
	const message =
		name !== undefined && !/excessive alias count/i.test(words)
			? `the alias *${name} has no anchor &${name} before it: define &${name} first, or write the value out`
			: at !== undefined
				? 'this file repeats its anchors and aliases (&name … *name) so often that it would grow enormous: write the text out instead of using aliases'
				: 'the YAML parser could not read this file: simplify it (is it nested very deeply?)';
	const offset = at?.range?.[0] ?? 0;
	return {
		...diagnosticAt(source, offset, message),
		frame: frameAt(source, offset),
		detail: words
	};
}

export function diagnosticAt(
	source: YamlSource,
	offset: number,
	message: string,
	severity: Diagnostic['severity'] = 'error'
): Diagnostic {
	const { line, col } = source.lineCounter.linePos(Math.max(0, offset));
	return diagnostic(source.path, message, { line: line + source.lineOffset, col, severity });
}

export function lineOf(source: YamlSource, offset: number): number {
	return source.lineCounter.linePos(offset).line + source.lineOffset;
}

function childNode(node: unknown, key: PropertyKey): { key?: Node; value?: Node } | undefined {
	if (isMap(node)) {
		const pair = node.items.find(
			(item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key)
		);
		if (!pair) return undefined;
		return { key: pair.key as Node, value: (pair.value ?? undefined) as Node | undefined };
	}
	if (isSeq(node) && typeof key === 'number') {
		const item = node.items[key];
		return item ? { value: item as Node } : undefined;
	}
	return undefined;
}

/**
 * The node at `path`, or its deepest existing ancestor. `part: 'key'` gives a mapping key rather
 * than its value (for unknown keys).
 */
export function nodeAt(
	source: YamlSource,
	path: DataPath,
	part: 'key' | 'value' = 'value'
): Node | undefined {
	let node: Node | undefined = (source.doc.contents ?? undefined) as Node | undefined;
	for (let i = 0; i < path.length; i++) {
		const child = childNode(node, path[i]!);
		if (!child) return node;
		const last = i === path.length - 1;
		if (last && part === 'key' && child.key) return child.key;
		// `key:` with nothing after it: point at the key
		if (!child.value || (isScalar(child.value) && child.value.value === null && !child.value.range))
			return child.key ?? node;
		node = child.value;
	}
	return node;
}

/** A diagnostic at the node at `path` (see `nodeAt`). */
export function diagnosticAtPath(
	source: YamlSource,
	path: DataPath,
	message: string,
	part: 'key' | 'value' = 'value',
	severity: Diagnostic['severity'] = 'error'
): Diagnostic {
	const node = nodeAt(source, path, part);
	return diagnosticAt(source, node?.range?.[0] ?? 0, message, severity);
}

/** The code frame around `offset` (see codeFrame). */
export function frameAt(source: YamlSource, offset: number): string[] {
	const { line, col } = source.lineCounter.linePos(Math.max(0, offset));
	return codeFrame(source.text, line + source.lineOffset, col, 1 + source.lineOffset);
}

/**
 * A key missing from the mapping at `path` that is in fact inside the text of a `>-` or `|` block
 * of that mapping: its line was indented as far as the block's text, so YAML took it for more
 * text. Gives where the swallowed key is and which key's block holds it.
 */
export function swallowedKey(
	source: YamlSource,
	path: DataPath,
	key: string
): { offset: number; owner: string } | undefined {
	const mapping = nodeAt(source, path);
	if (!isMap(mapping)) return undefined;
	const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const line = new RegExp(`^([ \\t]*)${escaped}:(?=\\s|$)`, 'm');
	for (const pair of mapping.items) {
		const value = pair.value;
		if (!isScalar(value) || !value.range || !isScalar(pair.key)) continue;
		if (value.type !== 'BLOCK_FOLDED' && value.type !== 'BLOCK_LITERAL') continue;
		const [start, end] = value.range;
		const found = line.exec(source.text.slice(start, end));
		if (found)
			return { offset: start + found.index + found[1]!.length, owner: String(pair.key.value) };
	}
	return undefined;
}
