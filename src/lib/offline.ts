/**
 * Registers the service worker (src/service-worker.ts), which keeps visited quizzes working offline,
 * once the page has settled: on a first visit the worker's install fetches and stores every file of
 * the build, and on a cheap phone that work, started at the page's load event (SvelteKit's own
 * registration), competes with the page becoming ready to answer. Nothing is lost by waiting: the
 * worker keeps the pages open when it activates, this one included. Not in a SCORM package, where
 * its scope would reach the learning platform's own pages.
 */
import { dev } from '$app/environment';
import { base } from '$app/paths';
import { whenIdle } from './components/lazy.svelte';

/** Starts the registration when the browser is next idle; returns a function that cancels it. */
export function registerServiceWorkerWhenIdle(): () => void {
	if (__CLOSE_READER_TARGET__ === 'scorm' || !('serviceWorker' in navigator)) return () => {};
	return whenIdle(() => {
		// a failed registration (a private window, a browser setting) leaves the page as it is
		navigator.serviceWorker
			.register(`${base}/service-worker.js`, { type: dev ? 'module' : 'classic' })
			.catch(() => {});
	});
}
