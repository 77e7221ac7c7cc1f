/**
 * The content built in memory from a questions folder, as a `ContentSource`: what the dev server,
 * the scripts and the tests read. Built once per process and folder, and again after
 * `clearContentCache` (the dev server: a file under questions/ changed).
 */
import { checkContent } from './content.ts';
import type { ArticleEntry, Content, ContentSource } from '../checker/content-types.ts';
import { ContentError } from '../checker/diagnostics.ts';
import type { QuizData } from '../quiz/types.ts';

// On globalThis: the Vite plugin and the server-rendered routes load this module separately, and a
// change under questions/ must clear the cache both of them see.
const CACHE_KEY = Symbol.for('close-reader.content-cache');
const cache: Map<string, Content> = ((globalThis as Record<symbol, unknown>)[CACHE_KEY] ??= new Map<
	string,
	Content
>()) as Map<string, Content>;

/**
 * The built content of `dir`, read once per process; throws ContentError listing every problem.
 * `allowBroken` (the dev server) gives what built instead, with the problems of the files that did
 * not, so that one broken file breaks only its own page.
 */
export function loadContent(dir: string, { allowBroken = false }: { allowBroken?: boolean } = {}) {
	const key = allowBroken ? `${dir}\0partial` : dir;
	const cached = cache.get(key);
	if (cached) return cached;
	const result = checkContent(dir);
	const content = allowBroken ? result.partial : result.content;
	if (!content) throw new ContentError(result.counts, result.diagnostics);
	cache.set(key, content);
	return content;
}

/** Forget what was read (dev server: a file under questions/ changed). */
export function clearContentCache(): void {
	cache.clear();
}

/**
 * The content of `dir` built in memory, read on first use. Unless `allowBroken`, any error in any
 * file throws ContentError (with the whole report) from the first read.
 */
export function memorySource(dir: string, options: { allowBroken?: boolean } = {}): ContentSource {
	const content = () => loadContent(dir, options);
	const article = (slug: string): ArticleEntry | undefined =>
		content().articles.find((entry) => entry.article.slug === slug);
	return {
		articles: () => content().articles.map((entry) => entry.summary),
		article,
		quiz: (slug: string, quiz: string): QuizData | undefined =>
			article(slug)?.quizzes.find((candidate) => candidate.slug === quiz),
		problems: () => content().problems
	};
}

/** A quiz of `dir` as built in memory (all or nothing, as `loadContent`): for tests and scripts. */
export function getQuiz(article: string, quiz: string, dir: string): QuizData | undefined {
	return memorySource(dir).quiz(article, quiz);
}
