/**
 * An article page's data: the article, its quizzes and (dev server) its quiz files that do not
 * build and the warnings of its files.
 */
import { articleDescription } from '$lib/server/descriptions';
import { articleOrError, brokenFiles, fileWarnings, siteArticles } from '$lib/server/site';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	siteArticles().map((summary) => ({ article: summary.slug }));

export const load: PageServerLoad = ({ params }) => {
	const entry = articleOrError(params.article);
	return {
		article: entry.article,
		quizzes: entry.summary.quizzes,
		description: articleDescription(entry.article, entry.summary.quizzes),
		broken: brokenFiles().filter((file) => file.article === params.article && file.quiz),
		warnings: fileWarnings(params.article)
	};
};
