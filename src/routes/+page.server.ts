import { loadContent } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	articles: loadContent().articles.map((entry) => entry.summary)
});
