/**
 * The content a build reads, as files. A `vite build` checks and builds questions/ once, before
 * bundling (the Vite plugin runs scripts/write-content-store.ts), and writes each article with its
 * quizzes to a JSON file as soon as it is built (`writeContentStore`); the routes, prerendered in
 * SvelteKit's worker threads, read it through `storeSource`: the list of articles and the one
 * article file they render. So no process of the build holds the whole library, and its memory does
 * not grow with the number of quizzes.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleSummary } from '../quiz/types.ts';
import { checkContent } from './content.ts';
import type {
	ArticleEntry,
	CheckResult,
	ContentSource,
	FileProblems
} from '../checker/content-types.ts';
import { hasErrors } from '../checker/diagnostics.ts';

const INDEX = 'index.json';
/** the warnings of a build that checked clean, by file (the teacher view shows a quiz's) */
const PROBLEMS = 'problems.json';

/** An article as the store holds it (one JSON file each). */
export type StoredArticle = ArticleEntry;

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

// The last article read: pages are prerendered article by article, so one is enough.
let last: { dir: string; slug: string; stored: StoredArticle | undefined } | undefined;
let index: { dir: string; summaries: ArticleSummary[] } | undefined;

function summariesIn(dir: string): ArticleSummary[] {
	if (index?.dir !== dir) {
		const summaries = JSON.parse(readFileSync(join(dir, INDEX), 'utf8')) as ArticleSummary[];
		index = { dir, summaries };
	}
	return index.summaries;
}

function articleIn(dir: string, slug: string): StoredArticle | undefined {
	if (last?.dir === dir && last.slug === slug) return last.stored;
	const summary = summariesIn(dir).find((candidate) => candidate.slug === slug);
	const stored = summary
		? (JSON.parse(readFileSync(join(dir, `${slug}.json`), 'utf8')) as StoredArticle)
		: undefined;
	last = { dir, slug, stored };
	return stored;
}

/** The content a build's store holds (`storeDir`, as `writeContentStore` wrote it). */
export function storeSource(storeDir: string): ContentSource {
	return {
		articles: () => summariesIn(storeDir),
		article: (slug) => articleIn(storeDir, slug),
		quiz: (article, quiz) =>
			articleIn(storeDir, article)?.quizzes.find((candidate) => candidate.slug === quiz),
		problems: () => JSON.parse(readFileSync(join(storeDir, PROBLEMS), 'utf8')) as FileProblems[]
	};
}
