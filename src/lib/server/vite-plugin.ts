/**
 * Checks questions/ as part of `vite build` and `vite dev`. A build with any wrong file stops before
 * anything is written, with the same `path:line:col message` report as `npm run check:questions`.
 * In dev, a change under questions/ clears the content cache and reloads the page; a broken file is
 * reported in the terminal (and by the page's error), without stopping the server.
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

export function closeReaderContent(dir: string = defaultQuestionsDir()): Plugin {
	let checked = false;
	return {
		name: 'close-reader-content',
		// Checked here rather than in buildStart: Vite prints an error thrown now as its stack (which
		// is the report), while the bundler would wrap it with its own stack trace.
		configResolved(config) {
			// dev reports on each change (below); SvelteKit resolves the config more than once
			if (config.command !== 'build' || checked) return;
			const result = checkContent(dir);
			const report = formatReport(result.counts, result.diagnostics);
			if (hasErrors(result.diagnostics)) throw new ContentReport(report);
			checked = true;
			config.logger.info(report);
		},
		configureServer(server) {
			const root = resolve(dir);
			server.watcher.add(root);
			const changed = (file: string) => {
				if (!resolve(file).startsWith(root)) return;
				clearContentCache();
				const result = checkContent(dir);
				server.config.logger.info(formatReport(result.counts, result.diagnostics), {
					timestamp: true
				});
				server.ws.send({ type: 'full-reload' });
			};
			server.watcher.on('change', changed);
			server.watcher.on('add', changed);
			server.watcher.on('unlink', changed);
		}
	};
}
