/**
 * Which quiz pages the build prerenders. The page has no server load: its data is its own file,
 * `quiz.json`, which `+page.ts` fetches (a server load would have SvelteKit write the same data
 * again as `__data.json`).
 */
import { siteQuizzes } from '$lib/server/site';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = siteQuizzes;
