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
		adapter: adapter({ strict: true }),
		paths: {
			// Host under a sub-folder (e.g. GitHub Pages): BASE_PATH=/close-reader npm run build
			base: /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? '')
		}
	}
};

export default config;
