/**
 * The library page's data: every article with its quizzes, and (dev server) the files that do not
 * build.
 */
import { LIBRARY_DESCRIPTION } from '$lib/server/descriptions';
import { brokenFiles, siteArticles } from '$lib/server/site';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	articles: siteArticles(),
	description: LIBRARY_DESCRIPTION,
	// dev server: the files that do not build, marked in the list
	broken: brokenFiles()
});
