/**
 * Offline use, the page's side. Registers the service worker (src/service-worker.ts), which keeps
 * visited quizzes working offline, once the page has settled: on a first visit the worker's install
 * fetches and stores every file of the build, and on a cheap phone that work, started at the page's
 * load event (SvelteKit's own registration), competes with the page becoming ready to answer.
 * Nothing is lost by waiting: the worker keeps the pages open when it activates, this one included.
 * A page that lists quizzes then asks the worker to keep them as well. Never by the SCORM player
 * (routes/+layout.svelte): in a package, the worker's scope would reach the learning platform's own
 * pages.
 */
import { dev } from '$app/environment';
import { base } from '$app/paths';
import { whenIdle } from './components/lazy.svelte';

const workerWanted = (): boolean => 'serviceWorker' in navigator;

/** Starts the registration when the browser is next idle; returns a function that cancels it. */
export function registerServiceWorkerWhenIdle(): () => void {
	if (!workerWanted()) return () => {};
	return whenIdle(() => {
		// a failed registration (a private window, a browser setting) leaves the page as it is
		navigator.serviceWorker
			.register(`${base}/service-worker.js`, { type: dev ? 'module' : 'classic' })
			.catch(() => {});
	});
}

/**
 * Once the page is idle and the worker active, asks it to keep `pages` (this site's paths: the
 * quizzes a page lists) for offline use, in the background. The worker keeps each page's HTML and
 * data, never a test's answer key, and ignores any path that is not a page of its build. Returns a
 * function that cancels it before the page is idle; once asked, the worker carries on.
 */
export function keepForOfflineWhenIdle(pages: readonly string[]): () => void {
	if (!workerWanted() || pages.length === 0) return () => {};
	return whenIdle(() => {
		void navigator.serviceWorker.ready.then((registration) =>
			registration.active?.postMessage({ keep: [...pages] })
		);
	});
}
