/**
 * An article page's data: the article, its quizzes and (dev server) its quiz files that do not
 * build.
 */
import { error } from '@sveltejs/kit';
import { articleDescription } from '$lib/server/descriptions';
import { brokenFiles, siteArticle, siteArticles } from '$lib/server/site';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	siteArticles().map((summary) => ({ article: summary.slug }));

export const load: PageServerLoad = ({ params }) => {
	const entry = siteArticle(params.article);
	if (!entry) {
		const files = brokenFiles({ article: params.article });
		if (files.length > 0) error(500, { message: 'This article has errors', files });
		error(404, `No article called '${params.article}'`);
	}
	return {
		article: entry.article,
		quizzes: entry.summary.quizzes,
		description: articleDescription(entry.article, entry.summary.quizzes),
		broken: brokenFiles().filter((file) => file.article === params.article && file.quiz)
	};
};
