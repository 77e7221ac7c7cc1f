import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { config as settings } from './src/lib/server/config.js';
import { FIRST_PAINT_SCRIPT } from './src/lib/text-settings.js';

/**
 * The Content Security Policy of every page, as a <meta> in the prerendered HTML (docs/security.md).
 * SvelteKit adds the hash of each inline script it writes to script-src, so no script runs that the
 * build did not make; the text settings' first-paint script is allowed by its own hash. No inline
 * <style> and no style attribute either: style a page with classes in its components' CSS files
 * (Svelte's `style:` directive would write a style attribute into the prerendered HTML, which this
 * policy blocks). The one exception is the exact style attribute of
 * SvelteKit's own route announcer (node_modules/@sveltejs/kit/src/core/sync/write_root.js), allowed by
 * its hash; app.css hides the announcer the same way for browsers that do not know style-src-attr.
 */
/** @type {`sha256-${string}`} */
const SVELTEKIT_ANNOUNCER_STYLE = 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo=';

/**
 * The one inline script of ours: it applies the student's text settings before first paint
 * (src/lib/text-settings.js; the server hook writes it into every page, src/lib/server/first-paint.ts).
 * Its hash, computed here from the same text, allows exactly that script.
 * @type {`sha256-${string}`}
 */
const FIRST_PAINT_SCRIPT_HASH = `sha256-${createHash('sha256').update(FIRST_PAINT_SCRIPT).digest('base64')}`;

/**
 * The app's empty shell, which can open any address (SvelteKit's single-page fallback, written with
 * absolute paths): offline, the service worker answers a page it has not saved with it, and the app
 * then says it is offline in the site's own look (src/routes/+error.svelte). Not a slug (no article
 * can take its name); the service worker names it too (src/service-worker.ts, `OFFLINE_SHELL`).
 */
const OFFLINE_SHELL = '_offline.html';

/** @type {import('@sveltejs/kit').KitConfig['csp']} */
const csp = {
	mode: 'hash',
	directives: {
		'default-src': ['self'],
		'script-src': ['self', FIRST_PAINT_SCRIPT_HASH],
		'style-src': ['self'],
		'style-src-attr': ['unsafe-hashes', SVELTEKIT_ANNOUNCER_STYLE],
		'img-src': ['self'],
		'font-src': ['self'],
		'connect-src': ['self'],
		'worker-src': ['self'],
		'manifest-src': ['self'],
		'object-src': ['none'],
		'base-uri': ['none'],
		'form-action': ['self']
	}
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		runes: true
	},
	kit: {
		// Every page is prerendered; a missing page is a build error, not a silent 404.
		// BUILD_DIR and SVELTEKIT_OUT_DIR let a second build (e.g. TEACHER_VIEW=1 in the browser
		// tests) run beside the usual one without overwriting it.
		adapter: adapter({ strict: true, pages: settings.buildDir, fallback: OFFLINE_SHELL }),
		outDir: settings.kitOutDir,
		prerender: {
			// Two routes may be empty on purpose: the teacher view (src/routes/[article]/[quiz]/teacher)
			// has pages only in a build with TEACHER_VIEW=1, and only a test has a key.json (a library
			// of practice quizzes has none). Any other route left unbuilt is still an error.
			handleUnseenRoutes: ({ routes, message }) => {
				const mayBeEmpty = routes.every(
					(route) =>
						(route.endsWith('/teacher') && !settings.teacherViewBuild) ||
						route.endsWith('/key.json')
				);
				if (!mayBeEmpty) throw new Error(message);
			}
		},
		paths: {
			// Host under a sub-folder (e.g. GitHub Pages): BASE_PATH=/close-reader npm run build.
			// Relative addresses: the SCORM player's page (routes/studio/player) runs from a path
			// only the learning platform knows.
			base: settings.basePath,
			relative: true
		},
		csp,
		// Each page's stylesheets are written into its <head> (their hashes join style-src): a page
		// then starts rendering without waiting for a dozen small CSS files, which also queue ahead of
		// its scripts. Only a client-side navigation fetches a page's CSS as files.
		inlineStyleThreshold: 16_384,
		// src/service-worker.ts keeps visited quizzes working offline. The app registers it once the
		// page has settled (src/lib/offline.ts), not at the load event as SvelteKit would
		serviceWorker: { register: false }
	}
};

export default config;
