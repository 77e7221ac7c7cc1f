/**
 * Problems found in the content, reported the way compilers do (`path:line:col message`) so that
 * editors and terminals make them clickable, and all at once so a teacher fixes a file in one pass.
 */
import { plural } from '../text/words.ts';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
	/** the file, relative to the working directory as the user typed the folder */
	path: string;
	/** 1-based */
	line: number;
	/** 1-based */
	col: number;
	message: string;
	severity: Severity;
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
		severity = 'error'
	}: { line?: number; col?: number; severity?: Severity } = {}
): Diagnostic {
	return { path, line, col, message, severity };
}

export function formatDiagnostic(d: Diagnostic): string {
	const label = d.severity === 'warning' ? 'warning: ' : '';
	return `${d.path}:${d.line}:${d.col} ${label}${d.message}`;
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
	const lines = sortDiagnostics(diagnostics).map(formatDiagnostic);
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
