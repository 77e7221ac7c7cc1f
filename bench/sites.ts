/**
 * The three sites the browser sections measure, built once per run and served on loopback:
 * Close Reader (the shipped questions plus the 20-question quiz and a 40-question one), the same quiz as a quizdown 0.4.1
 * page, and a minimal SvelteKit page with one question. Also the Chromium they are measured in.
 */
import { execFileSync } from 'node:child_process';
import {
	copyFileSync,
	cpSync,
	existsSync,
	mkdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { chromeFlags, chromePath } from '../tests/e2e/chromium.ts';
import { buildSite, type Context } from './context.ts';
import { runOk } from './lib/process.ts';
import { serve } from './lib/serve.ts';
import { FORTY, fortyQuestionQuiz } from './reference/forty.ts';
import { closeReaderQuiz, ONE, quizdownPage, TWENTY } from './reference/twenty.ts';

/** BENCH_PORT (default 5405) and the next three: so that side-by-side runs need not share ports. */
const BASE_PORT = Number(process.env.BENCH_PORT ?? 5405);
export const PORTS = {
	closeReader: BASE_PORT,
	quizdown: BASE_PORT + 1,
	sveltekit: BASE_PORT + 2,
	/** the class section's teacher page */
	classTeacher: BASE_PORT + 3
};

export interface Sites {
	closeReader: string;
	/** the folder the Close Reader site is served from (its scripts have hidden source maps) */
	closeReaderDir: string;
	quizdown: string;
	sveltekit: string;
	/** the Close Reader pages by type: the library, the article, each quiz and its key */
	pages: { label: string; path: string }[];
	close(): Promise<void>;
}

export function launch(): Promise<Browser> {
	return chromium.launch({ executablePath: chromePath, args: chromeFlags });
}

export function chromeVersion(): string {
	try {
		return execFileSync(chromePath, ['--version'], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore']
		}).trim();
	} catch {
		return 'unknown Chromium';
	}
}

/** quizdown and Lighthouse live in bench/peers (apart from the app's dependencies): installed here. */
export async function installPeers(context: Context): Promise<string> {
	// the bench's own, whichever checkout it measures (BENCH_ROOT)
	const peers = join(import.meta.dirname, 'peers');
	const lock = join(peers, 'package-lock.json');
	const installed = join(peers, 'node_modules', '.package-lock.json');
	if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
		context.log('installing bench/peers (quizdown, Lighthouse) with npm ci');
		await runOk('npm', ['ci', '--no-audit', '--no-fund'], { cwd: peers });
	}
	return join(peers, 'node_modules');
}

/**
 * The current Lighthouse 12 lives in bench/peers-current, installed by `npm install` (no lock: see its
 * package.json) when missing or of another version than the one pinned there. Its node_modules.
 */
export async function installCurrentLighthouse(context: Context): Promise<string> {
	const folder = join(import.meta.dirname, 'peers-current');
	const wanted = (
		JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
			devDependencies: { lighthouse: string };
		}
	).devDependencies.lighthouse;
	const installed = join(folder, 'node_modules', 'lighthouse', 'package.json');
	const version = existsSync(installed)
		? (JSON.parse(readFileSync(installed, 'utf8')) as { version: string }).version
		: undefined;
	if (version !== wanted) {
		context.log(`installing Lighthouse ${wanted} in bench/peers-current with npm install`);
		await runOk('npm', ['install', '--no-audit', '--no-fund'], { cwd: folder });
	}
	return join(folder, 'node_modules');
}

let prepared: Promise<Sites> | undefined;

export function sites(context: Context): Promise<Sites> {
	prepared ??= prepare(context);
	return prepared;
}

async function prepare(context: Context): Promise<Sites> {
	const peers = await installPeers(context);
	const closeReader = join(context.work, 'close-reader-site');
	const quizdown = join(context.work, 'quizdown-site');
	// written by the reference project's own config
	const sveltekit = join(context.work, 'sveltekit-reference');
	// the runs of an A/B after the first measure again what the first built
	if (process.env.BENCH_REUSE_SITES === '1' && [closeReader, quizdown, sveltekit].every(existsSync))
		context.log('sites: serving the sites the last run built');
	else await build(context, peers, closeReader, quizdown);

	const servers: Server[] = await Promise.all([
		serve(closeReader, PORTS.closeReader),
		serve(quizdown, PORTS.quizdown),
		serve(sveltekit, PORTS.sveltekit)
	]);
	const quizzes = ['reading-check', 'vocabulary', TWENTY, ONE, FORTY];
	return {
		closeReader: `http://127.0.0.1:${PORTS.closeReader}`,
		closeReaderDir: closeReader,
		quizdown: `http://127.0.0.1:${PORTS.quizdown}/`,
		sveltekit: `http://127.0.0.1:${PORTS.sveltekit}/`,
		pages: [
			{ label: 'library', path: '/' },
			{ label: 'article', path: '/north-korea-china' },
			...quizzes.map((quiz) => ({ label: `quiz: ${quiz}`, path: `/north-korea-china/${quiz}` })),
			// only a test has its keys in a file of their own, fetched after Submit
			...['vocabulary'].map((quiz) => ({
				label: `key.json: ${quiz}`,
				path: `/north-korea-china/${quiz}/key.json`
			}))
		],
		close: async () => {
			await Promise.all(
				servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve())))
			);
		}
	};
}

/** Builds Close Reader's site and the minimal SvelteKit page, and writes quizdown's. */
async function build(
	context: Context,
	peers: string,
	closeReader: string,
	quizdown: string
): Promise<void> {
	// Close Reader: the shipped questions, and the 20-question quiz and its first question alone, and
	// 40 questions of all nine types, on the shipped article
	const questions = join(context.work, 'questions-twenty');
	rmSync(questions, { recursive: true, force: true });
	cpSync(join(context.root, 'questions'), questions, { recursive: true });
	for (const quiz of [TWENTY, ONE] as const)
		writeFileSync(
			join(questions, 'north-korea-china', `${quiz}.yaml`),
			closeReaderQuiz(context.root, quiz)
		);
	writeFileSync(
		join(questions, 'north-korea-china', `${FORTY}.yaml`),
		fortyQuestionQuiz(context.root)
	);
	context.log('sites: building Close Reader');
	// hidden source maps: the scripts are those of a plain build, and the weight section can say
	// which part of the code each byte comes from
	const built = await buildSite(context, questions, {}, ['--sourcemap', 'hidden']);
	rmSync(closeReader, { recursive: true, force: true });
	cpSync(built.out, closeReader, { recursive: true });

	// quizdown: its published browser bundle and the generated page
	rmSync(quizdown, { recursive: true, force: true });
	mkdirSync(quizdown, { recursive: true });
	copyFileSync(
		join(peers, 'quizdown', 'public', 'build', 'quizdown.js'),
		join(quizdown, 'quizdown.js')
	);
	writeFileSync(join(quizdown, 'index.html'), quizdownPage(context.root));

	// the minimal SvelteKit page: its own tiny project, built with the app's SvelteKit
	context.log('sites: building the minimal SvelteKit page');
	const reference = join(context.root, 'bench', 'reference', 'sveltekit');
	await runOk(process.execPath, [join(context.root, 'node_modules/vite/bin/vite.js'), 'build'], {
		cwd: reference
	});
}
