/**
 * Code a page loads on first use instead of with the page (feedback, results, the interactive
 * article): `load()` where it is needed (a handler awaits it before showing what it brings),
 * `prefetch()` when the page is idle, so that it is usually there by the time a student needs it;
 * `current` is the module once loaded, for a template to render.
 *
 * Pass the import behind an `import.meta.env.SSR` check
 * (`lazy(!import.meta.env.SSR && (() => import('./X.svelte')))`) for code only the browser ever
 * shows: Vite replaces the check with a constant before bundling, so the server bundle has no such
 * import and SvelteKit does not link its stylesheet from the prerendered page (it links the
 * stylesheets of every dynamic import the server bundle has, to show server-rendered HTML styled).
 * (`browser` from $app/environment is not enough: the bundler drops the import but still lists it.)
 * Without the check (for code whose HTML the prerendered page has), SvelteKit links its stylesheet
 * from the page and the script still waits for first use, when it can tell that the page rendered
 * it; the article is rendered after SvelteKit, so its stylesheets are written in by the build
 * (src/lib/server/prerender/article-styles.ts).
 */
import { browser } from '$app/environment';

export class Lazy<T> {
	readonly #import: (() => Promise<T>) | false;
	#loading: Promise<T> | undefined;
	/** the module, once loaded */
	current: T | undefined = $state.raw(undefined);

	constructor(load: (() => Promise<T>) | false) {
		this.#import = load;
	}

	/** Loads the module (once; later calls wait for the same load). */
	load(): Promise<T> {
		if (!this.#import) return Promise.reject(new Error('loaded only in the browser'));
		this.#loading ??= this.#import().then(
			(module) => (this.current = module),
			(error: unknown) => {
				// a failed load (a dropped connection) may be tried again on the next use
				this.#loading = undefined;
				throw error;
			}
		);
		return this.#loading;
	}

	/** Starts loading, without waiting or failing: what an idle page fetches ahead of use. */
	prefetch(): void {
		if (this.#import) this.load().catch(() => undefined);
	}
}

export function lazy<T>(load: (() => Promise<T>) | false): Lazy<T> {
	return new Lazy(load);
}

/**
 * Runs `callback` once the page is idle (after the load event and a quiet moment), in the browser;
 * returns a function that cancels it.
 */
export function whenIdle(callback: () => void): () => void {
	if (!browser) return () => undefined;
	let handle: number | undefined;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const schedule = () => {
		if ('requestIdleCallback' in window) handle = requestIdleCallback(callback, { timeout: 3000 });
		else timer = setTimeout(callback, 500);
	};
	if (document.readyState === 'complete') schedule();
	else window.addEventListener('load', schedule, { once: true });
	return () => {
		window.removeEventListener('load', schedule);
		if (handle !== undefined) cancelIdleCallback(handle);
		clearTimeout(timer);
	};
}
