/**
 * What the routes read: the built content, by article. A `vite build` checks and builds questions/
 * once, before bundling (the Vite plugin runs scripts/write-content-store.ts), and writes each article
 * with its quizzes to a JSON file as soon as it is built (`writeContentStore`); the routes, prerendered in SvelteKit's worker threads, read the list
 * of articles and the one article file they render. So no process of the build holds the whole
 * library, and its memory does not grow with the number of quizzes. In dev and in tests, where no
 * store was written, the routes read the content built in memory (content.ts's loadContent).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleSummary, QuizData } from '../quiz/types.ts';
import type { Article } from '../text/article.ts';
import {
	checkContent,
	getArticle,
	loadContent,
	type CheckResult,
	type FileProblems
} from './content.ts';
import { hasErrors } from './diagnostics.ts';

/** Set by the build once the store is complete; worker threads inherit it with the environment. */
const STORE = 'CLOSE_READER_CONTENT_STORE';
const INDEX = 'index.json';
/** the warnings of a build that checked clean, by file (the teacher view shows a quiz's) */
const PROBLEMS = 'problems.json';

/** An article as a page needs it: its text, its summary (with its quizzes') and its built quizzes. */
export interface StoredArticle {
	article: Article;
	summary: ArticleSummary;
	quizzes: QuizData[];
}

/**
 * Checks `questionsDir` and writes what the routes read to `storeDir`, one file per article, and
 * the list of articles last, only when no file has an error. Returns the check's result.
 */
export function writeContentStore(questionsDir: string, storeDir: string): CheckResult {
	rmSync(storeDir, { recursive: true, force: true });
	mkdirSync(storeDir, { recursive: true });
	const summaries: ArticleSummary[] = [];
	const result = checkContent(questionsDir, {
		onArticle: ({ article, summary, quizzes }) => {
			summaries.push(summary);
			const stored: StoredArticle = { article, summary, quizzes };
			// slugs are lowercase words and hyphens: safe as file names
			writeFileSync(join(storeDir, `${article.slug}.json`), JSON.stringify(stored));
		}
	});
	if (hasErrors(result.diagnostics)) return result;
	writeFileSync(join(storeDir, PROBLEMS), JSON.stringify(result.partial?.problems ?? []));
	writeFileSync(join(storeDir, INDEX), JSON.stringify(summaries));
	return result;
}

/** Points the routes (and the worker threads started after this) at a store `writeContentStore` wrote. */
export function useContentStore(storeDir: string): void {
	process.env[STORE] = storeDir;
}

// The last article read: pages are prerendered article by article, so one is enough.
let last: { dir: string; slug: string; stored: StoredArticle | undefined } | undefined;
let index: { dir: string; summaries: ArticleSummary[] } | undefined;

function readStored(dir: string, slug: string): StoredArticle | undefined {
	if (last?.dir === dir && last.slug === slug) return last.stored;
	const summary = articleSummaries().find((candidate) => candidate.slug === slug);
	const stored = summary
		? (JSON.parse(readFileSync(join(dir, `${slug}.json`), 'utf8')) as StoredArticle)
		: undefined;
	last = { dir, slug, stored };
	return stored;
}

/** Every article's summary, in the library's order. */
export function articleSummaries(): ArticleSummary[] {
	const dir = process.env[STORE];
	if (!dir) return loadContent().articles.map((entry) => entry.summary);
	if (index?.dir !== dir) {
		const summaries = JSON.parse(readFileSync(join(dir, INDEX), 'utf8')) as ArticleSummary[];
		index = { dir, summaries };
	}
	return index.summaries;
}

/** The files with warnings (a store holds no errors: a build with any stops). */
export function storedProblems(): FileProblems[] {
	const dir = process.env[STORE];
	if (!dir) return loadContent().problems;
	return JSON.parse(readFileSync(join(dir, PROBLEMS), 'utf8')) as FileProblems[];
}

export function storedArticle(slug: string): StoredArticle | undefined {
	const dir = process.env[STORE];
	return dir ? readStored(dir, slug) : getArticle(slug);
}

export function storedQuiz(articleSlug: string, quizSlug: string): QuizData | undefined {
	return storedArticle(articleSlug)?.quizzes.find((quiz) => quiz.slug === quizSlug);
}

/** Every quiz's address, for the routes' prerender entries. */
export function quizEntries(): { article: string; quiz: string }[] {
	return articleSummaries().flatMap((summary) =>
		summary.quizzes.map((quiz) => ({ article: summary.slug, quiz: quiz.slug }))
	);
}
