/**
 * Checks questions/ as part of `vite build` and `vite dev`. A build with any wrong file stops before
 * anything is written, with the same `path:line:col message` report as `npm run check:questions`.
 * In dev, a save under questions/ clears the content cache, prints the report once and reloads the
 * page; a broken file breaks only its own page (which shows its problems: see server/site.ts), and
 * every other article and quiz keeps working.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { checkContent, clearContentCache, defaultQuestionsDir } from './content.ts';
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

/**
 * Set once a build has checked the questions: SvelteKit loads the Vite config again for each of its
 * builds (client, server) and in the processes it starts, each with a new plugin. An environment
 * variable reaches all of them, so the check runs, and its report prints, once per `vite build`.
 */
const CHECKED = 'CLOSE_READER_QUESTIONS_CHECKED';

export function closeReaderContent(dir: string = defaultQuestionsDir()): Plugin {
	return {
		name: 'close-reader-content',
		// Checked here rather than in buildStart: Vite prints an error thrown now as its stack (which
		// is the report), while the bundler would wrap it with its own stack trace.
		configResolved(config) {
			// dev reports on each change (below). Only checked: the routes' loadContent() builds the
			// pages' data, once.
			if (config.command !== 'build' || process.env[CHECKED] === resolve(dir)) return;
			const result = checkContent(dir, { build: false });
			const report = formatReport(result.counts, result.diagnostics);
			if (hasErrors(result.diagnostics)) throw new ContentReport(report);
			process.env[CHECKED] = resolve(dir);
			config.logger.info(report);
		},
		configureServer(server) {
			if (process.env.VITEST) return; // unit tests run a Vite server too; they check content themselves
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
