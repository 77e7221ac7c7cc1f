/**
 * `npm run check:questions [-- DIR]`: checks every article and quiz file, prints each problem as
 * `path:line:col message` and a summary; exits 1 when any file has an error.
 *
 * A large library is shared out among threads (one per core but one, at most one per few articles):
 * each takes the next article folder as it is free (checkContent's `shared` counter) and the
 * diagnostics and counts are joined, so the report is the one a single thread would print.
 * CLOSE_READER_CHECK_THREADS sets the number (1: no threads).
 */
import { availableParallelism } from 'node:os';
import { readdirSync } from 'node:fs';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { config } from '../src/lib/server/config.js';
import { checkContent, type CheckResult } from '../src/lib/server/content.ts';
import {
	formatReport,
	hasErrors,
	internalFault,
	sortDiagnostics
} from '../src/lib/checker/diagnostics.ts';

/** Below this many entries in the questions folder, starting threads costs more than it saves. */
const ARTICLES_PER_THREAD = 8;

/**
 * Checking threads, one per core but one: V8 collects garbage and compiles on threads of its own,
 * which the YAML parser keeps busy: on 2 cores a second checking thread made the check no faster on
 * an idle machine, and slower when anything else ran (bench/results.md, issue #25 goal 2).
 */
const checkingCores = () => Math.max(1, availableParallelism() - 1);

type PartResult = Pick<CheckResult, 'diagnostics' | 'counts'>;

function threadsFor(dir: string): number {
	// run as TypeScript (tsx) rather than as the bundle, there is no file for a thread to run
	if (typeof __filename === 'undefined') return 1;
	const asked = config.checkThreads;
	if (asked !== undefined) return asked;
	let entries: number;
	try {
		entries = readdirSync(dir).length;
	} catch {
		return 1; // checkContent reports a missing folder
	}
	return Math.max(1, Math.min(checkingCores(), Math.floor(entries / ARTICLES_PER_THREAD)));
}

/**
 * Checks the article folders it takes from `shared` in a thread of its own: this very script, as
 * the bundle scripts/run-bundled.js runs it (`__filename` is the bundle's path there).
 */
function checkInThread(dir: string, shared: Int32Array): Promise<PartResult> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(__filename, { workerData: { dir, shared } });
		worker.once('message', resolve);
		worker.once('error', reject);
		worker.once('exit', (code) => {
			if (code !== 0) reject(new Error(`a checking thread stopped with code ${code}`));
		});
	});
}

async function check(dir: string): Promise<PartResult> {
	const threads = threadsFor(dir);
	if (threads === 1) return checkContent(dir, { build: false });
	const shared = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
	// this thread starts checking while the others start
	const others = Array.from({ length: threads - 1 }, () => checkInThread(dir, shared));
	const results = [checkContent(dir, { build: false, shared }), ...(await Promise.all(others))];
	return {
		diagnostics: sortDiagnostics(results.flatMap((result) => result.diagnostics)),
		counts: {
			articles: results.reduce((sum, result) => sum + result.counts.articles, 0),
			quizzes: results.reduce((sum, result) => sum + result.counts.quizzes, 0),
			questions: results.reduce((sum, result) => sum + result.counts.questions, 0)
		}
	};
}

async function main(): Promise<void> {
	try {
		const dir = process.argv[2] ?? config.questionsDir;
		const result = await check(dir);
		const report = formatReport(result.counts, result.diagnostics);
		if (hasErrors(result.diagnostics)) {
			console.error(report);
			process.exitCode = 1;
		} else console.log(report);
	} catch (error) {
		console.error(internalFault(error));
		process.exitCode = 2;
	}
}

if (isMainThread) void main();
else {
	const { dir, shared } = workerData as { dir: string; shared: Int32Array };
	const { diagnostics, counts } = checkContent(dir, { build: false, shared });
	parentPort!.postMessage({ diagnostics, counts } satisfies PartResult);
}
