import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { closeReaderContent } from './src/lib/server/vite-plugin.ts';
import svelteConfig from './svelte.config.js';

/**
 * codemirror-json-schema (the Studio's quiz editor) renders its help with markdown-it and Shiki,
 * half a megabyte that needs WebAssembly; its `utils/markdown` module is swapped for the Studio's
 * small renderer (src/lib/studio/editor/schema-markdown.ts).
 */
const studioSchemaHelp = {
	name: 'close-reader-studio-schema-help',
	enforce: 'pre' as const,
	resolveId(source: string, importer: string | undefined) {
		if (importer?.includes('codemirror-json-schema') && /\/utils\/markdown(\.js)?$/.test(source))
			return resolve('src/lib/studio/editor/schema-markdown.ts');
		return undefined;
	}
};

/**
 * The code every page runs, in one chunk instead of the dozen that Rolldown's automatic splitting
 * makes of it (one per set of pages and lazy parts that share a module, some of 80 bytes): Svelte's
 * runtime, SvelteKit's client and what they import, Vite's preload helper, and the few small modules
 * of ours that (nearly) every page imports. Each file is a request, and a browser opens six at a
 * time to a host that speaks HTTP/1.1; a page's start gains nothing by it but `paths.ts`, which the
 * library and the article page did not need.
 */
const everyPageModules =
	/node_modules[\\/](svelte|@sveltejs[\\/]kit|esm-env|devalue|clsx)[\\/]|vite[\\/]preload-helper|src[\\/]lib[\\/](offline|network-failure|paths)\.ts$|src[\\/]lib[\\/]components[\\/]lazy\.svelte\.ts$/;

const everyPageChunk = {
	name: 'close-reader-every-page-chunk',
	// The browser's build only. Grouped in the server build too, SvelteKit's server code (which
	// imports hooks.server.ts lazily) would share the quiz page's first chunk, and SvelteKit, finding
	// the type components two lazy imports deep from there, stops writing their CSS into the page.
	configEnvironment(name: string) {
		if (name !== 'client') return undefined;
		return {
			build: {
				rolldownOptions: {
					output: { codeSplitting: { groups: [{ name: 'every-page', test: everyPageModules }] } }
				}
			}
		};
	}
};

export default defineConfig({
	// the content check runs first, so a wrong quiz file stops the build before anything is written
	plugins: [
		closeReaderContent(join(svelteConfig.kit?.outDir ?? '.svelte-kit', 'close-reader-content')),
		studioSchemaHelp,
		everyPageChunk,
		sveltekit(),
		svelteTesting()
	],
	define: {
		// where the client build's manifest is, for prerendering (src/lib/server/prerender/client-build.ts)
		__CLOSE_READER_CLIENT_MANIFEST__: JSON.stringify(
			resolve(svelteConfig.kit?.outDir ?? '.svelte-kit', 'output/client/.vite/manifest.json')
		)
	},
	build: {
		// A build that works prints nothing that looks like a failure: Rolldown's yellow note that
		// plugins took most of the time (SvelteKit's prerendering, which is the build's job) is noise.
		rolldownOptions: {
			checks: { bundlerTimings: false }
		},
		// The Studio's editor (CodeMirror with the quiz schema's completion) is one large chunk, as it
		// should be: only /studio loads it, at once. Every page a student opens stays far below this.
		chunkSizeWarningLimit: 600
	},
	test: {
		// every core: Vitest's default keeps one back, which on a 2-core machine runs one file at a time
		maxWorkers: availableParallelism(),
		// one module graph per worker, not one per test file: a fresh graph (and jsdom with its
		// setup) for each of 70 files cost more than the tests themselves. The tests share nothing
		// but caches they clear, and each file sets up what it needs.
		isolate: false,
		projects: [
			{
				extends: true,
				test: {
					// in Node: a test that needs a document is named *.dom.test.ts (below); a question
					// type's tests sit in its folder (src/lib/question-types/<type>/)
					name: 'logic',
					include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
					exclude: ['tests/unit/**/*.dom.test.ts', 'src/**/*.dom.test.ts'],
					environment: 'node'
				}
			},
			{
				extends: true,
				test: {
					// what renders components or needs a document: jsdom, and jest-dom's matchers
					name: 'dom',
					include: ['tests/unit/**/*.dom.test.ts', 'src/**/*.dom.test.ts'],
					environment: 'jsdom',
					setupFiles: ['src/vitest-setup.ts'],
					// each test renders components in jsdom and drives them through user events, every
					// step CPU-bound with nothing to wait for: fine at Vitest's 5 s on an idle machine,
					// not on a busy one (CI's may be); a hung test still fails
					testTimeout: 60_000
				}
			}
		]
	}
});
