/**
 * Every page the server renders (prerendering, the dev server) goes through here: a page with an
 * article slot gets its article as static HTML (see src/lib/server/static-article.ts), and a quiz
 * page built for the site links the components of its question types ahead (preload-types.ts).
 */
import type { Handle, RequestEvent } from '@sveltejs/kit';
import { building } from '$app/environment';
import { clientManifest, preloadTypes } from '$lib/server/preload-types';
import { siteQuiz } from '$lib/server/site';
import { fillArticleSlot } from '$lib/server/static-article';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => withTypePreloads(fillArticleSlot(html), event)
	});

/** In a build (not the dev server, which serves its modules as they are asked for). */
function withTypePreloads(html: string, event: RequestEvent): string {
	if (!building || event.route.id !== '/[article]/[quiz]') return html;
	const quiz = siteQuiz(event.params.article ?? '', event.params.quiz ?? '');
	const manifest = clientManifest(__CLOSE_READER_CLIENT_MANIFEST__);
	if (!quiz || !manifest) return html;
	return preloadTypes(
		html,
		quiz.questions.map((question) => question.type),
		manifest
	);
}
