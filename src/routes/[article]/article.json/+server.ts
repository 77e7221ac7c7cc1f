/**
 * An article's text as a prerendered JSON file, read by each of its quiz pages (their +page.ts): a
 * prerendered quiz page preloads it rather than holding it (src/lib/server/prerender/data-files.ts),
 * so an article's quizzes share one file on the host and in the browser's cache.
 */
import { jsonFile } from '$lib/server/json-file';
import { articleOrError, siteArticles } from '$lib/server/site';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	siteArticles().map((summary) => ({ article: summary.slug }));

export const GET: RequestHandler = ({ params }) =>
	jsonFile(() => articleOrError(params.article).article);
