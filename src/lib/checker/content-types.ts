/**
 * What the content is, as the check gives it and the routes read it: an article with its built
 * quizzes, the problems of each file, and the one interface (`ContentSource`) through which the
 * routes and scripts reach the content, whether built in memory or read from a build's store.
 */
import type { ArticleSummary, QuizData } from '../quiz/types.ts';
import type { Article } from '../text/article.ts';
import type { ContentCounts, Diagnostic } from './diagnostics.ts';

/** An article as a page needs it: its text, its summary (with its quizzes') and its built quizzes. */
export interface ArticleEntry {
	article: Article;
	summary: ArticleSummary;
	quizzes: QuizData[];
}

/**
 * A file (or folder) with problems, and the page it belongs to: the dev server shows a broken
 * quiz's problems on its page and keeps every other page working.
 */
export interface FileProblems {
	path: string;
	/** the slug of the article folder it is in (or is), when that folder has a usable name */
	article?: string;
	/** the quiz's slug, when it is a quiz file with a usable name */
	quiz?: string;
	/** the article itself (its article.md, or its folder) or one of its quizzes break their pages */
	role: 'article' | 'quiz' | 'other';
	diagnostics: Diagnostic[];
}

export interface Content {
	articles: ArticleEntry[];
	/** every file with errors or warnings, by file (empty when all is well) */
	problems: FileProblems[];
}

export interface CheckResult {
	/** undefined when any file has an error, or when only checking (`build: false`) */
	content?: Content;
	/** what did build, with the problems of what did not (`build: true` only): the dev server's site */
	partial?: Content;
	diagnostics: Diagnostic[];
	counts: ContentCounts;
}

/**
 * The built content, as the routes and scripts read it: on the dev server (and in scripts and
 * tests) built in memory from the questions folder (content-source.ts), in a build read from the
 * store the build wrote (content-store.ts).
 */
export interface ContentSource {
	/** every article's summary, in the library's order */
	articles(): ArticleSummary[];
	/** an article with its built quizzes */
	article(slug: string): ArticleEntry | undefined;
	quiz(article: string, quiz: string): QuizData | undefined;
	/** every file with errors or warnings (a build's store has warnings only: a build with errors stops) */
	problems(): FileProblems[];
}
