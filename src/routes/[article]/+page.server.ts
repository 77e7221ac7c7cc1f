import { error } from '@sveltejs/kit';
import { getArticle, loadContent } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	loadContent().articles.map((entry) => ({ article: entry.article.slug }));

export const load: PageServerLoad = ({ params }) => {
	const entry = getArticle(params.article);
	if (!entry) error(404, `No article called '${params.article}'`);
	return { article: entry.article, quizzes: entry.summary.quizzes };
};
