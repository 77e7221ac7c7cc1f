/**
 * An article's text as a prerendered JSON file, read by each of its quiz pages (their +page.ts):
 * SvelteKit inlines it into each quiz's prerendered HTML, and a browser moving between the quizzes of
 * one article fetches it once, instead of once more in every quiz's page data.
 */
import { error, json } from '@sveltejs/kit';
import { siteArticle, siteArticles } from '$lib/server/site';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	siteArticles().map((summary) => ({ article: summary.slug }));

export const GET: RequestHandler = ({ params }) => {
	const entry = siteArticle(params.article);
	if (!entry) error(404, `No article called '${params.article}'`);
	return json(entry.article);
};
