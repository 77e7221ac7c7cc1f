/**
 * The content as the routes see it. A build serves only content that checked clean (the Vite plugin
 * stops a build with any error), read article by article from the content store the build wrote
 * (content-store.ts). The dev server (`npm run dev`) builds in memory and serves what built and, in
 * place of a broken article or quiz, its problems. The teacher view is there in dev, and in a build
 * only with TEACHER_VIEW=1.
 */
import { error } from '@sveltejs/kit';
import { dev } from '$app/environment';
import type { ArticleSummary, QuizData } from '../quiz/types.ts';
import type { FileReport } from '../problems.ts';
import {
	articleSummaries,
	quizEntries,
	storedArticle,
	storedProblems,
	storedQuiz,
	type StoredArticle
} from './content-store.ts';
import { loadContent, type Content, type FileProblems } from './content.ts';

/** Whether this build or server has the teacher view (answer keys with coverage map). */
export const teacherView: boolean = dev || process.env.TEACHER_VIEW === '1';

/** The dev server's content: what built, and the problems of what did not. */
const devContent = (): Content => loadContent(undefined, { allowBroken: true });

/** Every article's summary, in the library's order. */
export function siteArticles(): ArticleSummary[] {
	return dev ? devContent().articles.map((entry) => entry.summary) : articleSummaries();
}

export function siteArticle(slug: string): StoredArticle | undefined {
	return dev
		? devContent().articles.find((entry) => entry.article.slug === slug)
		: storedArticle(slug);
}

export function siteQuiz(article: string, quiz: string): QuizData | undefined {
	return dev
		? siteArticle(article)?.quizzes.find((candidate) => candidate.slug === quiz)
		: storedQuiz(article, quiz);
}

/** Every quiz's address: the prerender entries of the quiz routes. */
export function siteQuizzes(): { article: string; quiz: string }[] {
	return dev
		? siteArticles().flatMap((summary) =>
				summary.quizzes.map((quiz) => ({ article: summary.slug, quiz: quiz.slug }))
			)
		: quizEntries();
}

function siteProblems(): FileProblems[] {
	return dev ? devContent().problems : storedProblems();
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
	return devContent()
		.problems.filter((file) => file.diagnostics.some((d) => d.severity === 'error'))
		.filter(
			(file) =>
				!where ||
				(file.article === where.article &&
					(file.role === 'article' || (file.role === 'quiz' && file.quiz === where.quiz)))
		)
		.map(report);
}

/**
 * The article a page shows; otherwise the page's error: on the dev server, the problems of the
 * article's file if it does not build; else "not found".
 */
export function articleOrError(slug: string): StoredArticle {
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
): { entry: StoredArticle; quiz: QuizData } {
	const entry = siteArticle(article);
	const found = entry?.quizzes.find((candidate) => candidate.slug === quiz);
	if (entry && found) return { entry, quiz: found };
	const files = brokenFiles({ article, quiz });
	if (files.length > 0) error(500, { message: 'This quiz has errors', files });
	error(404, `No quiz called '${article}/${quiz}'`);
}

/** The warnings and errors of one file (the teacher view shows a quiz's warnings). */
export function fileReport(article: string, quiz: string): FileReport | undefined {
	const found = siteProblems().find((file) => file.article === article && file.quiz === quiz);
	return found && report(found);
}
