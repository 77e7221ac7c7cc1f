/**
 * The library page's data: every article with its quizzes, and (dev server) the files that do not
 * build and the warnings of those that do.
 */
import { LIBRARY_DESCRIPTION } from '$lib/server/descriptions';
import { brokenFiles, fileWarnings, siteArticles } from '$lib/server/site';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	articles: siteArticles(),
	description: LIBRARY_DESCRIPTION,
	// dev server: the files that do not build, marked in the list
	broken: brokenFiles(),
	// dev server: every file's warnings, as a notice
	warnings: fileWarnings()
});
