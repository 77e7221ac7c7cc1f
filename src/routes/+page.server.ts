import { brokenFiles, site } from '$lib/server/site';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	articles: site().articles.map((entry) => entry.summary),
	// dev server: the files that do not build, marked in the list
	broken: brokenFiles()
});
