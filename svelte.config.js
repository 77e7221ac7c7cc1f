import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// CLOSE_READER_TARGET=scorm builds the pages that `npm run export:scorm` packs for an LMS: into
// folders of their own (so a web build is left alone), addressed relatively, with no service worker.
const scorm = process.env.CLOSE_READER_TARGET === 'scorm';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		runes: true
	},
	kit: {
		// Every page is prerendered; a missing page is a build error, not a silent 404.
		adapter: adapter(
			scorm ? { strict: true, pages: '.scorm/site', assets: '.scorm/site' } : { strict: true }
		),
		outDir: scorm ? '.scorm/kit' : '.svelte-kit',
		paths: {
			// Host under a sub-folder (e.g. GitHub Pages): BASE_PATH=/close-reader npm run build.
			// A package is served from a path only the LMS knows: no base, relative addresses only.
			base: /** @type {'' | `/${string}`} */ (scorm ? '' : (process.env.BASE_PATH ?? '')),
			relative: true
		},
		serviceWorker: { register: process.env.CLOSE_READER_TARGET !== 'scorm' }
	}
};

export default config;
