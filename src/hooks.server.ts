/**
 * Every page the server renders (prerendering, the dev server) goes through here: a page with an
 * article slot gets its article as static HTML (see src/lib/server/prerender/static-article.ts), and
 * every page the script that applies the text settings before first paint (first-paint.ts). In a
 * build, a page that shows the article also gets its stylesheets (article-styles.ts), and a quiz
 * page fetches its data and its article's text rather than holding them (data-files.ts) and links
 * ahead the scripts its start fetches that SvelteKit does not link (preload-start.ts); and each
 * request waits for a turn of the event loop, so that the build's memory stays flat (`endOfJob`).
 */
import type { Handle, RequestEvent } from '@sveltejs/kit';
import { building } from '$app/environment';
import { withArticleStyles } from '$lib/server/prerender/article-styles';
import { clientManifest, readBuildFile } from '$lib/server/prerender/client-build';
import { withFirstPaintScript } from '$lib/server/first-paint';
import { preloadQuizStart } from '$lib/server/prerender/preload-start';
import { withDataFilesPreloaded } from '$lib/server/prerender/data-files';
import { fillArticleSlot } from '$lib/server/prerender/static-article';

export const handle: Handle = async ({ event, resolve }) => {
	if (building) await endOfJob();
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			forTheBuild(withFirstPaintScript(fillArticleSlot(html)), event)
	});
};

/**
 * Resolves in the event loop's next turn. A quiz page's files are rendered in memory, so
 * prerendering renders page after page in one chain of promises, and V8 keeps every WeakRef's
 * target alive until such a chain yields: undici makes one for each Response's body, which holds
 * the request it was made in and that page's fetched files. Without a turn per request, a build's
 * memory grew with every page it wrote.
 */
function endOfJob(): Promise<void> {
	return new Promise((done) => setImmediate(done));
}

/**
 * What the client build's manifest says the page needs. Not on the dev server, which serves its
 * modules as they are asked for and writes the stylesheets of everything it rendered.
 */
function forTheBuild(page: string, event: RequestEvent): string {
	const path = __CLOSE_READER_CLIENT_MANIFEST__;
	const manifest = building ? clientManifest(path) : null;
	if (!manifest) return page;
	const html = withDataFilesPreloaded(page, event.url.pathname);
	const styled = withArticleStyles(html, manifest, (file) => readBuildFile(path, file));
	if (event.route.id !== '/[article]/[quiz]') return styled;
	const where = { article: event.params.article ?? '', quiz: event.params.quiz ?? '' };
	return preloadQuizStart(styled, where, manifest);
}
