import { error } from '@sveltejs/kit';
import { articleSummaries, storedArticle } from '$lib/server/content-store';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	articleSummaries().map((summary) => ({ article: summary.slug }));

export const load: PageServerLoad = ({ params }) => {
	const entry = storedArticle(params.article);
	if (!entry) error(404, `No article called '${params.article}'`);
	return { article: entry.article, quizzes: entry.summary.quizzes };
};
