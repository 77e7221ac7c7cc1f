/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Keeps a quiz working offline once it has loaded: a student whose school Wi-Fi drops can reload
 * it, go on answering, submit and see the results. One cache per deployment (`version`) holds the
 * build's files (all of them, on install) and the pages the student visited, each with its data and,
 * for a quiz, its answer key (fetched into the cache when the quiz loads, never into the page: a
 * test's key reaches the page only when the student submits). A page that lists quizzes (the
 * library, an article) asks, once it has settled, for their pages and data to be kept too (not their
 * keys: a test's key is fetched only once the test is opened), so that every quiz of the library
 * opens offline after one visit. A page that is not kept opens the app's shell offline, which says
 * so in the site's own look.
 *
 * Versions never mix: a page is kept only in the cache of the build it belongs to (its HTML names
 * that build's entry file), a new deployment's worker fetches the visited pages anew into its own
 * cache before it takes over, and then deletes the old caches. Until every tab of the old version is
 * closed, the old worker keeps serving the old version whole.
 *
 * Pages are fetched network first (the newest when online), falling back to the cache when the
 * network fails or is slower than a few seconds; the build's hashed files never change, so they come
 * from the cache first. The SCORM player's page and the list of its files are kept on install with
 * the build's files, so the Studio packs a SCORM package offline. Registered by the app
 * (src/lib/offline.ts), never by the SCORM player (routes/+layout.svelte).
 */
import { base, build, files, prerendered, version } from '$service-worker';
import { PLAYER_FILE_LIST, PLAYER_PAGE } from '$lib/scorm/player-paths';

const worker = self as unknown as ServiceWorkerGlobalScope;

const CACHE_PREFIX = 'close-reader-';
const CACHE = `${CACHE_PREFIX}${version}`;
/** How long a page may take from the network before the saved copy is shown instead. */
const NETWORK_PATIENCE_MS = 4_000;

/**
 * The build's files and the static ones (not `_headers`, which is for the host), and the SCORM
 * player's page and file list (its other files are the build's).
 */
const ASSETS = [
	...build,
	...files.filter((file) => !file.endsWith('/_headers')),
	...[PLAYER_PAGE, PLAYER_FILE_LIST].map((file) => `${base}/${file}`)
];
const ASSET_PATHS = new Set(ASSETS);
/** Every prerendered page and JSON file of this build: the only pages worth keeping. */
const PAGES = new Set(prerendered);
/** This build's app entry: a page of this build names it; a page of another build does not. */
const APP_ENTRY = build
	.find((file) => /\/entry\/app\.[^/]+\.js$/.test(file))
	?.split('/')
	.pop();

/**
 * The app's shell for any address (adapter-static's fallback, named in svelte.config.js): not in
 * SvelteKit's lists, and absent where the build is not deployed as files (`vite preview`).
 */
const OFFLINE_SHELL = `${base}/_offline.html`;

/** Set once a page from a newer deployment is seen: this worker then stops adding to its cache. */
let superseded = false;

worker.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll(ASSETS);
			await keepFile(cache, OFFLINE_SHELL);
			await carryOverPages(cache);
		})()
	);
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const name of await caches.keys()) {
				if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name);
			}
			await worker.clients.claim();
			// the page that installed this worker loaded before it: keep that page (and its key) too
			const cache = await caches.open(CACHE);
			const windows = await worker.clients.matchAll({ type: 'window' });
			await Promise.all(windows.map((client) => keepPage(cache, new URL(client.url).pathname)));
		})()
	);
});

// a page listing quizzes asks for them to be kept ({ keep: [paths] }), one page after another
worker.addEventListener('message', (event) => {
	const pages = pagesToKeep(event.data);
	if (pages.length > 0)
		event.waitUntil(
			(async () => {
				const cache = await caches.open(CACHE);
				for (const page of pages) await keepPage(cache, page, { key: false });
			})()
		);
});

/** The pages of this build a message asks to keep; anything else in it is ignored. */
function pagesToKeep(data: unknown): string[] {
	if (typeof data !== 'object' || data === null || !('keep' in data)) return [];
	if (!Array.isArray(data.keep)) return [];
	const pages = data.keep.map((path) => (typeof path === 'string' ? pageOf(path) : null));
	return [...new Set(pages.filter((page) => page !== null))];
}

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== worker.location.origin) return;
	if (ASSET_PATHS.has(url.pathname)) {
		event.respondWith(fromCacheFirst(request));
		return;
	}
	const page = pageOf(url.pathname);
	if (request.mode === 'navigate' || page !== null) {
		const response = fromNetworkFirst(request, url);
		event.respondWith(response);
		// a page seen (or navigated to in the app, which fetches its data): keep it whole
		if (page !== null)
			event.waitUntil(
				response.then(async () => keepPage(await caches.open(CACHE), page)).catch(() => {})
			);
	}
});

/** The page a path belongs to: the page itself, or the page whose data or key it is. */
function pageOf(path: string): string | null {
	const page = path.replace(/\/(__data|quiz|key)\.json$/, '').replace(/(.)\/$/, '$1');
	if (PAGES.has(page)) return page;
	// the site's root page may be listed with or without its trailing slash
	if (PAGES.has(`${page}/`)) return `${page}/`;
	return null;
}

/**
 * What a page needs offline: its HTML and its data (SvelteKit's `__data.json`, or a quiz's own
 * `quiz.json`, which the page reads when it loads, as an in-app navigation does), for a quiz its
 * article's text (a file the article's quizzes share) and, with `key`, a test's answer key.
 */
function pageFiles(page: string, key: boolean): string[] {
	const path = page.replace(/\/$/, '');
	const folder = path.slice(0, path.lastIndexOf('/'));
	return [
		page,
		`${path}/__data.json`,
		`${path}/quiz.json`,
		`${folder}/article.json`,
		...(key ? [`${path}/key.json`] : [])
	].filter((file) => PAGES.has(file));
}

/**
 * Puts `page`'s files in the cache, those it lacks, from the network (with its answer key unless
 * `key` is false: a page only listed, not opened); failures are left for later.
 */
async function keepPage(cache: Cache, page: string, { key = true } = {}): Promise<void> {
	const kept = pageOf(page);
	if (superseded || kept === null) return;
	await Promise.all(pageFiles(kept, key).map((path) => keepFile(cache, path)));
}

/** Puts one file in the cache unless it is there; a failure is left for the next visit. */
async function keepFile(cache: Cache, path: string): Promise<void> {
	if (superseded || (await cache.match(path, { ignoreSearch: true }))) return;
	try {
		const response = await fetch(path, { cache: 'no-cache' });
		if (await belongsHere(response)) await cache.put(path, response);
	} catch {
		// offline or the server is gone: the next visit tries again
	}
}

/** The pages an earlier deployment kept: fetched anew into this one's cache before it takes over. */
async function carryOverPages(cache: Cache): Promise<void> {
	const pages = new Set<string>();
	for (const name of await caches.keys()) {
		if (!name.startsWith(CACHE_PREFIX) || name === CACHE) continue;
		for (const request of await (await caches.open(name)).keys()) {
			const page = pageOf(new URL(request.url).pathname);
			if (page !== null) pages.add(page);
		}
	}
	await Promise.all([...pages].map((page) => keepPage(cache, page)));
}

/**
 * Whether a response may go into this deployment's cache: a success, and for HTML, a page of this
 * build. A page of a newer build means a new deployment: this worker stops caching and looks for
 * its successor.
 */
async function belongsHere(response: Response): Promise<boolean> {
	if (!response.ok || response.type !== 'basic') return false;
	if (!(response.headers.get('content-type') ?? '').includes('text/html')) return !superseded;
	const html = await response.clone().text();
	if (APP_ENTRY && html.includes(APP_ENTRY)) return true;
	superseded = true;
	void worker.registration.update();
	return false;
}

async function fromCacheFirst(request: Request): Promise<Response> {
	const cached = await caches.match(request, { cacheName: CACHE });
	return cached ?? fetch(request);
}

async function fromNetworkFirst(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	const cached = cache.match(url.pathname, { ignoreSearch: true });
	const network = fetch(request).then(async (response) => {
		const page = pageOf(url.pathname);
		if (page !== null && url.search === '' && (await belongsHere(response)))
			await cache.put(url.pathname, response.clone());
		return response;
	});
	network.catch(() => {}); // when the saved copy was shown first, a failure later is no news
	// slow Wi-Fi: after a few seconds, a saved copy beats waiting (the network still refreshes it)
	const patience = new Promise<Response | undefined>((resolve) =>
		setTimeout(async () => resolve(await cached), NETWORK_PATIENCE_MS)
	);
	try {
		const first = await Promise.race([network, patience]);
		return first ?? (await network);
	} catch {
		return (await cached) ?? offlinePage(request);
	}
}

/**
 * What a page not kept gets when there is no network: the app's shell, which opens the address as
 * the app and, its data not loading, says it is offline in the site's look (src/routes/+error.svelte).
 * Without the shell (not deployed as files), a plain page that says the same. Not for data: a failed
 * fetch is what tells the app it is offline.
 */
async function offlinePage(request: Request): Promise<Response> {
	if (request.mode !== 'navigate') return Response.error();
	const shell = await caches.match(OFFLINE_SHELL, { cacheName: CACHE });
	if (shell) return shell;
	// the library page, if the student opened it, lists the articles (the saved ones work offline)
	const library = worker.registration.scope;
	return new Response(
		'<!doctype html><html lang="en"><meta charset="utf-8">' +
			'<meta name="viewport" content="width=device-width, initial-scale=1">' +
			'<meta name="color-scheme" content="light dark"><title>Offline · Close Reader</title>' +
			'<style>body{font:1.125rem/1.55 system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem}</style>' +
			'<h1>You are offline</h1>' +
			'<p>This page was not opened on this device before, so it is not saved here. ' +
			'Connect to the internet and reload, or go back to a page you have opened.</p>' +
			`<p><a href="${library}">All articles</a></p>`,
		{ status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } }
	);
}
