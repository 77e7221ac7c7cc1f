import { articleSummaries } from '$lib/server/content-store';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ articles: articleSummaries() });
