/**
 * A `vite dev` server for the browser tests of the authoring loop (npm run dev), on its own port
 * (E2E_DEV_PORT) and its own copy of the questions: the tests' article (tests/fixtures/content)
 * plus a second one (tests/e2e/fixtures/dev), so a test can break one file and see the rest keep
 * working.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURE_CONTENT } from '../fixtures/content.ts';
import { devPort } from './ports.ts';

export const DEV_PORT = devPort;
export const DEV_URL = `http://localhost:${DEV_PORT}`;

export interface DevServer {
	dir: string;
	/** everything the server printed (stdout and stderr) */
	output(): string;
	stop(): Promise<void>;
}

export async function startDevServer(): Promise<DevServer> {
	// outside node_modules, which Vite's file watcher ignores
	const dir = join(mkdtempSync(join(tmpdir(), 'close-reader-dev-')), 'questions');
	cpSync(FIXTURE_CONTENT, dir, { recursive: true });
	cpSync('tests/e2e/fixtures/dev', dir, { recursive: true });
	let printed = '';
	const child: ChildProcess = spawn(
		'node_modules/.bin/vite',
		['dev', '--port', String(DEV_PORT), '--strictPort'],
		{ env: { ...process.env, QUESTIONS_DIR: dir, FORCE_COLOR: '0' }, stdio: 'pipe' }
	);
	child.stdout?.on('data', (chunk) => (printed += String(chunk)));
	child.stderr?.on('data', (chunk) => (printed += String(chunk)));
	const deadline = Date.now() + 60_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`vite dev exited:\n${printed}`);
		try {
			if ((await fetch(DEV_URL)).ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) throw new Error(`vite dev did not start:\n${printed}`);
		await new Promise((done) => setTimeout(done, 250));
	}
	return {
		dir,
		output: () => printed,
		stop: () =>
			new Promise<void>((done) => {
				const cleanUp = () => {
					rmSync(join(dir, '..'), { recursive: true, force: true });
					done();
				};
				if (child.exitCode !== null) return cleanUp();
				child.once('exit', cleanUp);
				child.kill('SIGTERM');
			})
	};
}

/** Waits until the server has printed `text` after `from` (an offset into its output). */
export async function waitForOutput(
	server: DevServer,
	text: string,
	from = 0,
	timeout = 20_000
): Promise<string> {
	const deadline = Date.now() + timeout;
	while (Date.now() < deadline) {
		const since = server.output().slice(from);
		if (since.includes(text)) return since;
		await new Promise((done) => setTimeout(done, 100));
	}
	throw new Error(
		`the dev server did not print "${text}"; it printed:\n${server.output().slice(from)}`
	);
}
