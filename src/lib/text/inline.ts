/**
 * Inline Markdown to rich text: `*italic*` or `_italic_`, `**bold**`, `` `code` ``, `[text](url)`,
 * backslash escapes and HTML character references (`&amp;`, `&eacute;`, `&#8212;`, `&#x2014;`), as
 * CommonMark reads them. Anything else, raw HTML included, stays literal text: rich text is rendered
 * as text nodes, so nothing a teacher writes can run in a student's browser. Only web (`http:`,
 * `https:`) and `mailto:` addresses become links; a link to any other address (`javascript:`,
 * `data:`, a relative path) shows as its text alone.
 */
import { NAMED_REFERENCES } from './entity-table.ts';

import type { Inline, Marks, Rich } from './rich.ts';

export type { Inline, Marks, Rich } from './rich.ts';

const MARKUP = /[\\`*_[&]/;
const ESCAPABLE = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/;
/** Links deeper than this (brackets inside brackets) are read as text: bounded work on any input. */
const MAX_NESTING = 32;
/** An address or link title longer than this is not read as one (no real address is so long). */
const MAX_ADDRESS = 2_000;

export function parseInline(source: string): Rich {
	// Fast path, same result: most prompts, choices and items have no markup at all
	if (!MARKUP.test(source)) return source ? [{ text: source }] : [];
	const out: Rich = [];
	parseInto(source, {}, out, 0);
	return mergeRuns(out);
}

function parseInto(source: string, marks: Marks, out: Rich, depth: number): void {
	let text = '';
	const flush = () => {
		if (text) out.push({ text, ...marks });
		text = '';
	};
	// where the last search for a closing `*` / `_` found none: later searches cannot find one either
	const noCloserFrom: Record<string, number> = {};
	let brackets: Map<number, number> | undefined; // each `[` to its matching `]`, found once
	let i = 0;
	while (i < source.length) {
		const c = source[i]!;
		if (c === '\\' && i + 1 < source.length && ESCAPABLE.test(source[i + 1]!)) {
			text += source[i + 1];
			i += 2;
			continue;
		}
		if (c === '&') {
			const reference = characterReference(source, i);
			if (reference) {
				text += reference.text;
				i = reference.end;
				continue;
			}
		}
		if (c === '`') {
			const close = source.indexOf('`', i + 1);
			if (close > i + 1) {
				flush();
				out.push({ text: source.slice(i + 1, close), ...marks, code: true });
				i = close + 1;
				continue;
			}
		}
		if (c === '*' && source[i + 1] === '*') {
			const close = source.indexOf('**', i + 2);
			if (close > i + 2) {
				flush();
				parseInto(source.slice(i + 2, close), { ...marks, strong: true }, out, depth + 1);
				i = close + 2;
				continue;
			}
		}
		if ((c === '*' || c === '_') && source[i + 1] !== c && source[i + 1] !== ' ') {
			const close = i + 1 >= (noCloserFrom[c] ?? Infinity) ? -1 : findClosing(source, c, i + 1);
			if (close < 0) noCloserFrom[c] = Math.min(noCloserFrom[c] ?? Infinity, i + 1);
			// `_` inside a word (snake_case) is not emphasis
			const wordBefore = c === '_' && /\w/.test(source[i - 1] ?? '');
			if (close > i + 1 && !wordBefore) {
				flush();
				parseInto(source.slice(i + 1, close), { ...marks, em: true }, out, depth + 1);
				i = close + 1;
				continue;
			}
		}
		if (c === '[' && depth < MAX_NESTING) {
			brackets ??= matchingBrackets(source);
			const link = parseLink(source, i, brackets.get(i));
			if (link) {
				flush();
				const href = allowedHref(link.destination);
				// a link to an address that is not allowed keeps its text, without the Markdown around it
				parseInto(link.label, href ? { ...marks, href } : marks, out, depth + 1);
				i = link.end;
				continue;
			}
		}
		text += c;
		i++;
	}
	flush();
}

function findClosing(source: string, marker: string, from: number): number {
	for (let j = from; j < source.length; j++) {
		if (source[j] === '\\') j++;
		else if (source[j] === marker && source[j - 1] !== ' ' && source[j + 1] !== marker) return j;
	}
	return -1;
}

/** The position of the `]` that closes each `[` (brackets inside a link's text must balance). */
function matchingBrackets(source: string): Map<number, number> {
	const matches = new Map<number, number>();
	const open: number[] = [];
	for (let i = 0; i < source.length; i++) {
		const c = source[i];
		if (c === '\\') i++;
		else if (c === '[') open.push(i);
		else if (c === ']' && open.length > 0) matches.set(open.pop()!, i);
	}
	return matches;
}

/**
 * `[label](destination "optional title")` at `at`, whose label ends at `close`, or null when the
 * text there is not a link.
 */
function parseLink(
	source: string,
	at: number,
	close: number | undefined
): { label: string; destination: string; end: number } | null {
	if (close === undefined || source[close + 1] !== '(' || close === at + 1) return null;
	const label = source.slice(at + 1, close);
	let i = skipSpace(source, close + 2);
	let destination: string;
	if (source[i] === '<') {
		const close = source.slice(i + 1, i + 1 + MAX_ADDRESS).search(/[<>\n]/);
		if (close < 0 || source[i + 1 + close] !== '>') return null;
		destination = source.slice(i + 1, i + 1 + close);
		i += close + 2;
	} else {
		// no spaces; parentheses inside must balance, as in https://en.wikipedia.org/wiki/Seoul_(city)
		let parens = 0;
		const from = i;
		const limit = Math.min(source.length, from + MAX_ADDRESS);
		for (; i < limit; i++) {
			const c = source[i]!;
			if (c === '\\' && ESCAPABLE.test(source[i + 1] ?? '')) i++;
			else if (c === '(') parens++;
			else if (c === ')' && parens-- === 0) break;
			else if (c <= ' ' || c === '\u007f') break;
		}
		if (parens > 0 || i >= limit) return null;
		destination = source.slice(from, i);
	}
	const afterDestination = i;
	i = skipSpace(source, i);
	const opener = source[i];
	if (i > afterDestination && (opener === '"' || opener === "'" || opener === '(')) {
		const closer = opener === '(' ? ')' : opener;
		let j = i + 1;
		const limit = Math.min(source.length, j + MAX_ADDRESS);
		while (j < limit && source[j] !== closer) j += source[j] === '\\' ? 2 : 1;
		if (j >= limit) return null;
		i = skipSpace(source, j + 1);
	}
	if (source[i] !== ')') return null;
	return { label, destination: unescape(destination), end: i + 1 };
}

function skipSpace(source: string, from: number): number {
	let i = from;
	while (i < source.length && /[ \t\n]/.test(source[i]!)) i++;
	return i;
}

/** A link destination's backslash escapes and character references, resolved. */
function unescape(destination: string): string {
	return destination.replace(
		/\\([!-/:-@[-`{-~])|&[#\w]+;/g,
		(match, escaped: string | undefined) =>
			escaped !== undefined ? escaped : (characterReference(match, 0)?.text ?? match)
	);
}

const ALLOWED_ADDRESS = /^(?:https?:\/\/[^/?#\s]|mailto:[^\s])/i;

/** The address a link may have: `http(s):` with a host, or `mailto:`; anything else gives null. */
function allowedHref(destination: string): string | null {
	const address = destination.trim();
	// no white space or control characters, which browsers drop (e.g. "java\tscript:")
	// eslint-disable-next-line no-control-regex -- that is what is checked for
	if (!ALLOWED_ADDRESS.test(address) || /[\u0000-\u001f\u007f]/.test(address)) return null;
	try {
		const url = new URL(address);
		if (!['http:', 'https:', 'mailto:'].includes(url.protocol)) return null;
		// an address written with spaces (`<https://example.org/a b>`) is encoded as browsers would
		return /\s/.test(address) ? url.href : address;
	} catch {
		return null;
	}
}

let namedReferences: Map<string, string> | undefined;

function namedReference(name: string): string | undefined {
	if (!namedReferences) {
		namedReferences = new Map();
		for (const line of NAMED_REFERENCES.split('\n')) {
			const equals = line.indexOf('=');
			namedReferences.set(line.slice(0, equals), line.slice(equals + 1));
		}
	}
	return namedReferences.get(name);
}

const REFERENCE = /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/y;

/**
 * The HTML character reference at `at` (`&amp;`, `&#233;`, `&#xE9;`), as CommonMark reads it: the
 * semicolon is required and an unknown name stays text. Code point 0, a surrogate or one past
 * U+10FFFF gives U+FFFD, the replacement character.
 */
function characterReference(source: string, at: number): { text: string; end: number } | null {
	REFERENCE.lastIndex = at;
	const match = REFERENCE.exec(source);
	if (!match) return null;
	const end = at + match[0].length;
	if (match[3] !== undefined) {
		const text = namedReference(match[3]);
		return text === undefined ? null : { text, end };
	}
	const code = match[1] !== undefined ? Number(match[1]) : parseInt(match[2]!, 16);
	const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
	return { text: String.fromCodePoint(valid ? code : 0xfffd), end };
}

function sameMarks(a: Inline, b: Inline): boolean {
	return a.em === b.em && a.strong === b.strong && a.code === b.code && a.href === b.href;
}

function mergeRuns(runs: Rich): Rich {
	const merged: Rich = [];
	for (const run of runs) {
		const last = merged.at(-1);
		if (last && sameMarks(last, run)) last.text += run.text;
		else merged.push({ ...run });
	}
	return merged;
}
