import { brokenFiles, siteArticles } from '$lib/server/site';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	articles: siteArticles(),
	// dev server: the files that do not build, marked in the list
	broken: brokenFiles()
});
