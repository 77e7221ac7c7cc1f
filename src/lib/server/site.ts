/**
 * The content as the routes see it. A build serves only content that checked clean (the Vite plugin
 * stops a build with any error). The dev server (`npm run dev`) serves what built and, in place of a
 * broken article or quiz, its problems; the teacher view is there in dev, and in a build only with
 * TEACHER_VIEW=1.
 */
import { dev } from '$app/environment';
import type { FileReport } from '../problems.ts';
import { loadContent, type ArticleEntry, type Content, type FileProblems } from './content.ts';

/** Whether this build or server has the teacher view (answer keys with coverage map). */
export const teacherView: boolean = dev || process.env.TEACHER_VIEW === '1';

export function site(): Content {
	return loadContent(undefined, { allowBroken: dev });
}

export function siteArticle(slug: string): ArticleEntry | undefined {
	return site().articles.find((entry) => entry.article.slug === slug);
}

function report({ path, article, quiz, role, diagnostics }: FileProblems): FileReport {
	return {
		path,
		role,
		...(article !== undefined && { article }),
		...(quiz !== undefined && { quiz }),
		problems: diagnostics.map(({ line, col, message, severity, frame, detail }) => ({
			line,
			col,
			message,
			severity,
			...(frame && { frame }),
			...(detail !== undefined && { detail })
		}))
	};
}

/**
 * Files with errors (dev only: a build has none to show). With `where`, the files that break that
 * page: the article's own file, and for a quiz page the quiz file.
 */
export function brokenFiles(where?: { article: string; quiz?: string }): FileReport[] {
	if (!dev) return [];
	return site()
		.problems.filter((file) => file.diagnostics.some((d) => d.severity === 'error'))
		.filter(
			(file) =>
				!where ||
				(file.article === where.article &&
					(file.role === 'article' || (file.role === 'quiz' && file.quiz === where.quiz)))
		)
		.map(report);
}

/** The warnings and errors of one file (the teacher view shows a quiz's warnings). */
export function fileReport(article: string, quiz: string): FileReport | undefined {
	const found = site().problems.find((file) => file.article === article && file.quiz === quiz);
	return found && report(found);
}
