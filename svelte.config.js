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
		// A package (CLOSE_READER_TARGET=scorm) builds into .scorm/ so the website's build/ is left
		// alone; BUILD_DIR and SVELTEKIT_OUT_DIR let a second build (e.g. TEACHER_VIEW=1 in the
		// browser tests) run beside the usual one without overwriting it.
		adapter: adapter(
			scorm
				? { strict: true, pages: '.scorm/site', assets: '.scorm/site' }
				: { strict: true, pages: process.env.BUILD_DIR ?? 'build' }
		),
		outDir: scorm ? '.scorm/kit' : (process.env.SVELTEKIT_OUT_DIR ?? '.svelte-kit'),
		prerender: {
			// The teacher view (src/routes/[article]/[quiz]/teacher) has pages only in a build with
			// TEACHER_VIEW=1; in a default build that route is empty on purpose. Any other route left
			// unbuilt is still an error.
			handleUnseenRoutes: ({ routes, message }) => {
				const teacherOnly = routes.every((route) => route.endsWith('/teacher'));
				if (process.env.TEACHER_VIEW !== '1' && teacherOnly) return;
				throw new Error(message);
			}
		},
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
