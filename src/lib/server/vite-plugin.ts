/**
 * Checks questions/ as part of `vite build` and `vite dev`. A build with any wrong file stops before
 * anything is written, with the same `path:line:col message` report as `npm run check:questions`.
 * In dev, a save under questions/ clears the content cache, prints the report once and reloads the
 * page; a broken file breaks only its own page (which shows its problems: see server/site.ts), and
 * every other article and quiz keeps working.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { config as settings, markChecked, setContentStore } from './config.js';
import { checkContent } from './content.ts';
import { clearContentCache } from './content-source.ts';
import { formatReport } from '../checker/diagnostics.ts';

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

/** Checks the questions and writes the content store, for a build. */
const STORE_WRITER = 'scripts/write-content-store.ts';

/**
 * `storeDir` is where a build writes the content for its routes: inside the build's own SvelteKit
 * folder (svelte.config.js's `kit.outDir`), so builds side by side (a SCORM package, a teacher-view
 * build) never share one.
 */
export function closeReaderContent(storeDir: string, dir: string = settings.questionsDir): Plugin {
	return {
		name: 'close-reader-content',
		// Checked here rather than in buildStart: Vite prints an error thrown now as its stack (which
		// is the report), while the bundler would wrap it with its own stack trace.
		configResolved(config) {
			// dev reports on each change (below). A build checks and builds the content once, here,
			// and writes it out article by article for the routes to read (content-store.ts), in a
			// process of its own: the memory that takes is given back before bundling and prerendering.
			// SvelteKit loads the Vite config again for each of its builds (client, server) and in the
			// processes it starts, each with a new plugin: the check runs, and its report prints, once
			// per `vite build` (config.js's `markChecked` reaches them all through the environment).
			if (config.command !== 'build' || settings.questionsChecked === resolve(dir)) return;
			const store = resolve(config.root, storeDir);
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
			setContentStore(store);
			markChecked(resolve(dir));
			config.logger.info(report);
		},
		configureServer(server) {
			if (settings.vitest) return; // unit tests run a Vite server too; they check content themselves
			const root = resolve(dir);
			const recheck = () => {
				clearContentCache();
				const result = checkContent(dir, { build: false });
				server.config.logger.info(formatReport(result.counts, result.diagnostics), {
					timestamp: true
				});
			};
			recheck();
			server.watcher.add(root);
			// An editor's one save can be several file events (write, rename, change): one report each save.
			let pending: ReturnType<typeof setTimeout> | undefined;
			const changed = (file: string) => {
				if (!resolve(file).startsWith(root)) return;
				clearTimeout(pending);
				pending = setTimeout(() => {
					recheck();
					server.ws.send({ type: 'full-reload' });
				}, 60);
			};
			server.watcher.on('change', changed);
			server.watcher.on('add', changed);
			server.watcher.on('unlink', changed);
		}
	};
}
