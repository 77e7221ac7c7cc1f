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
import { diagnostic, type Diagnostic } from './diagnostics.ts';

export type DataPath = readonly PropertyKey[];

export interface YamlSource {
	path: string;
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
	const lineCounter = countLines(text);
	const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
	const source: YamlSource = { path, doc, lineCounter, lineOffset };
	const diagnostics: Diagnostic[] = [];
	for (const error of doc.errors) {
		const message =
			error.code === 'DUPLICATE_KEY'
				? `duplicate key '${/^[^:\n]*/.exec(text.slice(error.pos[0]))![0].trim()}'${DUPLICATE_HINT}`
				: `YAML syntax: ${error.message.split('\n')[0]}`;
		diagnostics.push(diagnosticAt(source, error.pos[0], message));
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
		// aliases are resolved only here: one without its anchor, or far too many of them
		diagnostics.push(aliasProblem(source, error));
		return { source, data: undefined, diagnostics };
	}
}

/** An alias (`*name`) that could not be expanded, reported at the first alias of its name. */
function aliasProblem(source: YamlSource, error: unknown): Diagnostic {
	const text = error instanceof Error ? error.message : String(error);
	const name = /alias[^:]*: (\S+)/i.exec(text)?.[1];
	let at: Node | undefined;
	visit(source.doc, {
		Alias(_, node) {
			if (name === undefined || node.source === name) {
				at = node;
				return visit.BREAK;
			}
		}
	});
	const message = /excessive alias count/i.test(text)
		? 'too many aliases (*name): the file expands to an enormous size; write the values out instead'
		: name !== undefined
			? `the alias *${name} has no anchor &${name} before it: define &${name} first, or write the value out`
			: `YAML syntax: ${text.split('\n')[0]}`;
	return diagnosticAt(source, at?.range?.[0] ?? 0, message);
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
