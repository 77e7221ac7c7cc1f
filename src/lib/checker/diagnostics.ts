/**
 * Problems found in the content, reported the way compilers do (`path:line:col message`) so that
 * editors and terminals make them clickable, and all at once so a teacher fixes a file in one pass.
 */
import type { Problem } from '../problems.ts';
import { plural } from '../text/words.ts';

export type Severity = Problem['severity'];

/** A problem (line, column, message, severity; a code frame and the parser's words if any) in a file. */
export interface Diagnostic extends Problem {
	/** the file, relative to the working directory as the user typed the folder */
	path: string;
}

export interface ContentCounts {
	articles: number;
	quizzes: number;
	questions: number;
}

/**
 * The one way to make a diagnostic: at a file's line and column (1-based; the file's start unless
 * given), an error unless it says `warning`.
 */
export function diagnostic(
	path: string,
	message: string,
	{
		line = 1,
		col = 1,
		severity = 'error',
		frame,
		detail
	}: {
		line?: number;
		col?: number;
		severity?: Severity;
		frame?: string[];
		detail?: string;
	} = {}
): Diagnostic {
	return {
		path,
		line,
		col,
		message,
		severity,
		...(frame && { frame }),
		...(detail !== undefined && { detail })
	};
}

/** The diagnostic's first line: `path:line:col message`. */
export function formatDiagnostic(d: Diagnostic): string {
	const label = d.severity === 'warning' ? 'warning: ' : '';
	return `${d.path}:${d.line}:${d.col} ${label}${d.message}`;
}

/** The first line, then the code frame and the parser's words when there are any, indented. */
export function formatDiagnosticBlock(d: Diagnostic): string {
	const lines = [formatDiagnostic(d), ...(d.frame ?? []).map((line) => `  ${line}`)];
	if (d.detail) lines.push(`  (the YAML parser says: ${d.detail})`);
	return lines.join('\n');
}

const FRAME_WIDTH = 100;
const TAB_SHOWN = '→';

/**
 * The line before `line` (when there is one), `line` itself and a caret under column `col` (all
 * 1-based), each numbered like an editor's gutter: `  21 | text`, `> 22 | text`, `     | ^`. Tabs
 * are shown as → so the teacher sees them; a long line is cut around the caret.
 */
export function codeFrame(text: string, line: number, col: number, firstLine = 1): string[] {
	const lines = text.split(/\r?\n/);
	const index = line - firstLine;
	if (index < 0 || index >= lines.length) return [];
	const width = String(line).length;
	const gutter = (n: number | null, marker: string) =>
		`${marker} ${(n === null ? '' : String(n)).padStart(width)} | `;
	const at = Math.max(0, col - 1);
	// a window of the line that keeps the caret in view
	const from = at < FRAME_WIDTH - 20 ? 0 : at - 40;
	const cut = (raw: string, start: number) => {
		const shown = raw.replace(/\t/g, TAB_SHOWN);
		const window = shown.slice(start, start + FRAME_WIDTH);
		return (start > 0 ? '…' : '') + window + (shown.length > start + FRAME_WIDTH ? '…' : '');
	};
	const out: string[] = [];
	// the line before is context: shown from its start
	if (index > 0) out.push(gutter(line - 1, ' ') + cut(lines[index - 1]!, 0));
	out.push(gutter(line, '>') + cut(lines[index]!, from));
	out.push(gutter(null, ' ') + ' '.repeat(at - from + (from > 0 ? 1 : 0)) + '^');
	return out.map((l) => l.trimEnd());
}

/** e.g. "1 article, 2 quizzes, 26 questions, 0 errors" (warnings only when there are any). */
export function summarize(counts: ContentCounts, diagnostics: readonly Diagnostic[]): string {
	const errors = diagnostics.filter((d) => d.severity === 'error').length;
	const warnings = diagnostics.length - errors;
	const parts = [
		plural(counts.articles, 'article'),
		plural(counts.quizzes, 'quiz', 'quizzes'),
		plural(counts.questions, 'question'),
		plural(errors, 'error')
	];
	if (warnings > 0) parts.push(plural(warnings, 'warning'));
	return parts.join(', ');
}

/** Every diagnostic on its own line (sorted by file and position), then the summary. */
export function formatReport(counts: ContentCounts, diagnostics: readonly Diagnostic[]): string {
	const lines = sortDiagnostics(diagnostics).map(formatDiagnosticBlock);
	lines.push(summarize(counts, diagnostics));
	return lines.join('\n');
}

export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
	return [...diagnostics].sort(
		(a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.col - b.col
	);
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
	return diagnostics.some((d) => d.severity === 'error');
}

/** Thrown by `loadContent` when any file has an error; the message is the whole report. */
export class ContentError extends Error {
	readonly diagnostics: Diagnostic[];
	constructor(counts: ContentCounts, diagnostics: readonly Diagnostic[]) {
		super(formatReport(counts, diagnostics));
		this.name = 'ContentError';
		this.diagnostics = sortDiagnostics(diagnostics);
	}
}

/** For faults in our own code: say so plainly instead of blaming the teacher's file. */
export function internalFault(error: unknown): string {
	const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
	return (
		'Internal fault in Close Reader while reading the questions (not a mistake in your files). ' +
		'Please report it at the project issue tracker with this text:\n' +
		detail
	);
}
