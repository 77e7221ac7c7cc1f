/**
 * The article's text fetched by a quiz page, not written into it. A quiz page's `+page.ts` fetches
 * `[article]/article.json`, and SvelteKit writes every response a load fetched into the prerendered
 * page, so that hydrating it asks the network for nothing: the same text again in each of an
 * article's quizzes, about as large as the rest of the page's data. Taken out, the page fetches the
 * one file its article's quizzes share, cached by the browser and the service worker; a preload link
 * in the head asks for it at once, beside the page's scripts. The page shows the article before
 * that from its static HTML (static-article.ts); only hydration waits for the file.
 */
import { posix } from 'node:path';

// what SvelteKit writes for a fetched response (serialize_data): the URL is the path from the root
const INLINED_ARTICLE =
	/<script type="application\/json" data-sveltekit-fetched data-url="([^"]*\/article\.json)"[^>]*>[\s\S]*?<\/script>/;

/**
 * `html`, the page at `pagePath`, with its article's text, if written in, replaced by a preload of
 * the file, addressed relatively (a package is served from a path only the learning platform
 * knows).
 */
export function withSharedArticle(html: string, pagePath: string): string {
	const inlined = INLINED_ARTICLE.exec(html);
	const head = html.indexOf('</head>');
	if (!inlined || head < 0 || head > inlined.index) return html;
	const href = posix.relative(posix.dirname(pagePath), inlined[1]!);
	// as SvelteKit's fetch asks for it (same-origin credentials), or the browser fetches it twice
	const preload = `<link rel="preload" href="${href}" as="fetch" crossorigin="anonymous">`;
	return (
		html.slice(0, head) +
		preload +
		html.slice(head, inlined.index) +
		html.slice(inlined.index + inlined[0].length)
	);
}
