/**
 * Every page the server renders (prerendering, the dev server) goes through here: a page with an
 * article slot gets its article as static HTML (see src/lib/server/static-article.ts).
 */
import type { Handle } from '@sveltejs/kit';
import { fillArticleSlot } from '$lib/server/static-article';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => fillArticleSlot(html) });
