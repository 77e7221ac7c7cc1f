/**
 * Checks questions/ as part of `vite build` and `vite dev`. A build with any wrong file stops before
 * anything is written, with the same `path:line:col message` report as `npm run check:questions`.
 * In dev, a change under questions/ clears the content cache and reloads the page; a broken file is
 * reported in the terminal (and by the page's error), without stopping the server.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { checkContent, clearContentCache, defaultQuestionsDir } from './content.ts';
import { useContentStore } from './content-store.ts';
import { formatReport, hasErrors } from './diagnostics.ts';

/** An error that prints (and inspects) as the report alone: Vite shows it with no stack trace. */
class ContentReport extends Error {
	constructor(report: string) {
		super(`the questions folder has errors; nothing was built:\n${report}`);
		this.stack = this.message;
	}
	[Symbol.for('nodejs.util.inspect.custom')](): string {
		return this.message;
	}
}

const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function reportPage(report: string, viteClient: string): string {
	return `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<title>Questions have errors</title>
<script type="module" src="${viteClient}"></script>
<main style="font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem">
<h1>The questions folder has errors</h1>
<p>Fix these in your files; this page reloads when you save.</p>
<pre style="white-space: pre-wrap; line-height: 1.5">${escapeHtml(report)}</pre>
</main>
</html>
`;
}

/**
 * Set once a build has checked the questions: SvelteKit loads the Vite config again for each of its
 * builds (client, server) and in the processes it starts, each with a new plugin. An environment
 * variable reaches all of them, so the check runs, and its report prints, once per `vite build`.
 */
const CHECKED = 'CLOSE_READER_QUESTIONS_CHECKED';

/** Checks the questions and writes the content store, for a build. */
const STORE_WRITER = 'scripts/write-content-store.ts';

export function closeReaderContent(dir: string = defaultQuestionsDir()): Plugin {
	return {
		name: 'close-reader-content',
		// Checked here rather than in buildStart: Vite prints an error thrown now as its stack (which
		// is the report), while the bundler would wrap it with its own stack trace.
		configResolved(config) {
			// dev reports on each change (below). A build checks and builds the content once, here,
			// and writes it out article by article for the routes to read (content-store.ts), in a
			// process of its own: the memory that takes is given back before bundling and prerendering.
			if (config.command !== 'build' || process.env[CHECKED] === resolve(dir)) return;
			const store = resolve(config.root, '.svelte-kit', 'close-reader-content');
			const step = spawnSync(
				process.execPath,
				[
					resolve(config.root, 'scripts/run-bundled.js'),
					resolve(config.root, STORE_WRITER),
					dir,
					store
				],
				{ cwd: config.root, encoding: 'utf8', maxBuffer: 1 << 30 }
			);
			const report = step.stdout.trim() || step.stderr.trim() || `${STORE_WRITER} failed`;
			// 1: the teacher's files have errors; anything else is a fault of ours, said as such
			if (step.status === 1) throw new ContentReport(report);
			if (step.status !== 0)
				throw new Error(`the content step failed (${STORE_WRITER}):\n${report}`);
			useContentStore(store);
			process.env[CHECKED] = resolve(dir);
			config.logger.info(report);
		},
		configureServer(server) {
			if (process.env.VITEST) return; // unit tests run a Vite server too; they check content themselves
			const root = resolve(dir);
			/** the report while any file has an error, shown instead of the pages */
			let brokenReport: string | undefined;
			const recheck = () => {
				clearContentCache();
				const result = checkContent(dir, { build: false });
				const report = formatReport(result.counts, result.diagnostics);
				brokenReport = hasErrors(result.diagnostics) ? report : undefined;
				server.config.logger.info(report, { timestamp: true });
			};
			recheck();
			server.watcher.add(root);
			const changed = (file: string) => {
				if (!resolve(file).startsWith(root)) return;
				recheck();
				server.ws.send({ type: 'full-reload' });
			};
			server.watcher.on('change', changed);
			server.watcher.on('add', changed);
			server.watcher.on('unlink', changed);
			// A page request while the questions are broken gets the report (and reloads when they are
			// fixed) instead of SvelteKit's generic "Internal Error".
			server.middlewares.use((request, response, next) => {
				if (!brokenReport || !request.headers.accept?.includes('text/html')) return next();
				response.statusCode = 500;
				response.setHeader('content-type', 'text/html; charset=utf-8');
				response.end(reportPage(brokenReport, `${server.config.base}@vite/client`));
			});
		}
	};
}
