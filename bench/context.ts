/**
 * What the benchmark's sections share: the folders, a log line, and building the site against a
 * questions folder in a copy of the project (so that the benchmark never overwrites the build/ or
 * .svelte-kit/ that a developer or the browser tests are using).
 */
import { cpSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { runOk, type RunOptions } from './lib/process.ts';

export interface Context {
	/** the project */
	root: string;
	/** bench-tmp/: generated content, the site copy, builds */
	work: string;
	log(message: string): void;
}

const SITE_FILES = [
	'src',
	'static',
	'scripts',
	'svelte.config.js',
	'vite.config.ts',
	'tsconfig.json',
	'package.json'
];

/** A fresh copy of the project's site sources in `work/site`, sharing its node_modules. */
export function siteCopy(context: Context): string {
	const site = join(context.work, 'site');
	rmSync(site, { recursive: true, force: true });
	mkdirSync(site, { recursive: true });
	for (const file of SITE_FILES)
		cpSync(join(context.root, file), join(site, file), { recursive: true });
	symlinkSync(join(context.root, 'node_modules'), join(site, 'node_modules'));
	return site;
}

/**
 * Builds the site copy against `questions` (`viteArgs` added to `vite build`, `options.env` to the
 * environment); returns the run and where the site was written.
 */
export async function buildSite(
	context: Context,
	questions: string,
	options: RunOptions = {},
	viteArgs: string[] = []
) {
	const site = siteCopy(context);
	const result = await runOk(
		process.execPath,
		[join(site, 'node_modules/vite/bin/vite.js'), 'build', ...viteArgs],
		{
			...options,
			cwd: site,
			env: {
				...process.env,
				...options.env,
				QUESTIONS_DIR: questions,
				CLOSE_READER_QUESTIONS_CHECKED: ''
			}
		}
	);
	return { ...result, out: join(site, 'build') };
}

/** Bytes of every file under `dir`. */
export function directorySize(dir: string): number {
	let total = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
	}
	return total;
}
