/**
 * The content as the routes see it, through one `ContentSource`. A build serves only content that
 * checked clean (the Vite plugin stops a build with any error), read article by article from the
 * content store the build wrote (content-store.ts). The dev server (`npm run dev`) builds in memory
 * (content-source.ts) and serves what built and, in place of a broken article or quiz, its
 * problems. The teacher view is there in dev, and in a build only with TEACHER_VIEW=1.
 */
import { error } from '@sveltejs/kit';
import { dev } from '$app/environment';
import type { ArticleSummary, QuizData } from '../quiz/types.ts';
import type { FileReport } from '../problems.ts';
import { config } from './config.js';
import { memorySource } from './content-source.ts';
import { storeSource } from './content-store.ts';
import type { ArticleEntry, ContentSource, FileProblems } from '../checker/content-types.ts';

/** Whether this build or server has the teacher view (answer keys with coverage map). */
export const teacherView: boolean = dev || config.teacherViewBuild;

/**
 * Where the routes read the content: on the dev server, built in memory with the problems of what
 * did not build; in a build, the store it wrote; elsewhere (tests), built in memory, all or nothing.
 */
function source(): ContentSource {
	if (dev) return memorySource(config.questionsDir, { allowBroken: true });
	const store = config.contentStore;
	return store ? storeSource(store) : memorySource(config.questionsDir);
}

/** Every article's summary, in the library's order. */
export function siteArticles(): ArticleSummary[] {
	return source().articles();
}

export function siteArticle(slug: string): ArticleEntry | undefined {
	return source().article(slug);
}

export function siteQuiz(article: string, quiz: string): QuizData | undefined {
	return source().quiz(article, quiz);
}

/** Every quiz's address (or only the tests'): the prerender entries of the quiz routes. */
export function siteQuizzes({ tests = false } = {}): { article: string; quiz: string }[] {
	return siteArticles().flatMap((summary) =>
		summary.quizzes
			.filter((quiz) => !tests || quiz.mode === 'test')
			.map((quiz) => ({ article: summary.slug, quiz: quiz.slug }))
	);
}

function report({ path, article, quiz, role, diagnostics }: FileProblems): FileReport {
	return {
		path,
		role,
		...(article !== undefined && { article }),
		...(quiz !== undefined && { quiz }),
		problems: diagnostics.map(({ path: _path, ...problem }) => problem)
	};
}

/**
 * Files with errors (dev only: a build has none to show). With `where`, the files that break that
 * page: the article's own file, and for a quiz page the quiz file.
 */
export function brokenFiles(where?: { article: string; quiz?: string }): FileReport[] {
	if (!dev) return [];
	return source()
		.problems()
		.filter((file) => file.diagnostics.some((d) => d.severity === 'error'))
		.filter(
			(file) =>
				!where ||
				(file.article === where.article &&
					(file.role === 'article' || (file.role === 'quiz' && file.quiz === where.quiz)))
		)
		.map(report);
}

/**
 * The files that build but have warnings (a misnamed file, a paragraph that looks like several, …),
 * each with its warnings; with `article`, that article's (its files and its folder's). Dev only: a
 * built site never shows warnings to students. A file with errors shows its warnings on its page.
 */
export function fileWarnings(article?: string): FileReport[] {
	if (!dev) return [];
	return source()
		.problems()
		.filter((file) => !file.diagnostics.some((d) => d.severity === 'error'))
		.filter((file) => article === undefined || file.article === article)
		.map(report);
}

/**
 * The article a page shows; otherwise the page's error: on the dev server, the problems of the
 * article's file if it does not build; else "not found".
 */
export function articleOrError(slug: string): ArticleEntry {
	const entry = siteArticle(slug);
	if (entry) return entry;
	const files = brokenFiles({ article: slug });
	if (files.length > 0) error(500, { message: 'This article has errors', files });
	error(404, `No article called '${slug}'`);
}

/**
 * The quiz a page shows, with its article; otherwise the page's error: on the dev server, the
 * problems of the files that break it (the article's, the quiz's); else "not found".
 */
export function quizOrError(
	article: string,
	quiz: string
): { entry: ArticleEntry; quiz: QuizData } {
	const entry = siteArticle(article);
	const found = entry?.quizzes.find((candidate) => candidate.slug === quiz);
	if (entry && found) return { entry, quiz: found };
	const files = brokenFiles({ article, quiz });
	// a broken article.md breaks every quiz on it: the page says which file to look at
	const message = files.some((file) => file.role === 'article')
		? 'This article has errors'
		: 'This quiz has errors';
	if (files.length > 0) error(500, { message, files });
	error(404, `No quiz called '${article}/${quiz}'`);
}

/** The warnings and errors of one file (the teacher view shows a quiz's warnings). */
export function fileReport(article: string, quiz: string): FileReport | undefined {
	const found = source()
		.problems()
		.find((file) => file.article === article && file.quiz === quiz);
	return found && report(found);
}
