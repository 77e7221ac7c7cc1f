// The minimal SvelteKit reference: built by `npm run bench` into bench-tmp/, with the app's own
// SvelteKit, Svelte and adapter (resolved from the project's node_modules).
import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
export default {
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ pages: '../../../bench-tmp/sveltekit-reference' }),
		outDir: '../../../bench-tmp/sveltekit-reference-kit'
	}
};
