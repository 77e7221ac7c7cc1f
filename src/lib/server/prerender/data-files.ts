/**
 * A quiz page's data files fetched, not written in. A quiz page's `+page.ts` fetches its own data
 * (`quiz.json`) and its article's text (`[article]/article.json`), and SvelteKit writes every
 * response a load fetched into the prerendered page, so that hydrating it asks the network for
 * nothing: the quiz's data then sits on the host twice (page and file), and the article's text once
 * more in each of its quizzes. Taken out, the page fetches the files, cached by the browser and the
 * service worker (the article's shared by its quizzes); a preload link in the head asks for each at
 * once, beside the page's scripts. The page shows the article and the cards before that from its
 * static HTML; only hydration waits for the files.
 */
import { posix } from 'node:path';

// what SvelteKit writes for a fetched response (serialize_data): the URL is the path from the root
const INLINED_DATA =
	/<script type="application\/json" data-sveltekit-fetched data-url="([^"]*\/(?:article|quiz)\.json)"[^>]*>[\s\S]*?<\/script>/g;

/**
 * `html`, the page at `pagePath`, with each data file written in replaced by a preload of the file,
 * addressed relatively (a package is served from a path only the learning platform knows).
 */
export function withDataFilesPreloaded(html: string, pagePath: string): string {
	const head = html.indexOf('</head>');
	const inlined = [...html.matchAll(INLINED_DATA)].filter((found) => found.index > head);
	if (head < 0 || inlined.length === 0) return html;
	// as SvelteKit's fetch asks for them (same-origin credentials), or the browser fetches each twice
	const preloads = inlined.map(
		([, url]) =>
			`<link rel="preload" href="${posix.relative(posix.dirname(pagePath), url!)}" as="fetch" crossorigin="anonymous">`
	);
	let body = html.slice(head);
	for (const [script] of inlined) body = body.replace(script, '');
	return html.slice(0, head) + preloads.join('') + body;
}
