import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		runes: true
	},
	kit: {
		// Every page is prerendered; a missing page is a build error, not a silent 404.
		// BUILD_DIR and SVELTEKIT_OUT_DIR let a second build (e.g. TEACHER_VIEW=1 in the browser tests)
		// run beside the usual one without overwriting it.
		adapter: adapter({ strict: true, pages: process.env.BUILD_DIR ?? 'build' }),
		outDir: process.env.SVELTEKIT_OUT_DIR ?? '.svelte-kit',
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
			// Host under a sub-folder (e.g. GitHub Pages): BASE_PATH=/close-reader npm run build
			base: /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? '')
		}
	}
};

export default config;
