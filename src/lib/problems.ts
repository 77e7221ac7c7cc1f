/**
 * What the dev server shows of a file with problems (the build-time `Diagnostic`s of one file), as
 * plain data a page can render: the checker in src/lib/server makes them, the components in
 * components/problems show them. Only `npm run dev` puts these on pages; a build has none.
 */

export interface Problem {
	/** 1-based */
	line: number;
	/** 1-based */
	col: number;
	message: string;
	severity: 'error' | 'warning';
	/** the lines around the problem, for a syntax error: the line before, the line, a caret (see codeFrame) */
	frame?: string[];
	/** the parser's own words, for the curious (the message says it plainly) */
	detail?: string;
}

export interface FileReport {
	/** the file as the checker names it, e.g. questions/lincoln/reading-check.yaml */
	path: string;
	/** the article folder it is in, when it has a page */
	article?: string;
	/** the quiz it is, when it has a page */
	quiz?: string;
	/** an article's own file (article.md, or its folder) or a quiz file: each has a page; other files have none */
	role: 'article' | 'quiz' | 'other';
	problems: Problem[];
}

export const errorCount = (report: FileReport) =>
	report.problems.filter((problem) => problem.severity === 'error').length;
