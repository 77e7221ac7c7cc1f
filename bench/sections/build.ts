/**
 * The site's build for generated libraries of 100, 1,000 and 5,000 quizzes: wall time, the peak of
 * the memory of all the build's processes together, and the size of what it writes.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { QUIZZES_PER_ARTICLE, quizLibrary, writeLibrary } from '../lib/generate.ts';
import { loadavg } from 'node:os';
import { count, mb, seconds, verdict, type Table } from '../lib/report.ts';
import { buildSite, directorySize, type Context } from '../context.ts';

const loadNow = () => loadavg()[0]!.toFixed(1);

export async function build(context: Context): Promise<Table[]> {
	const sizes = (process.env.BENCH_BUILD_SIZES ?? '100,1000,5000').split(',').map(Number);
	const rows: string[][] = [];
	const results: { quizzes: number; ms: number; cpuMs: number; peakMB: number; bytes: number }[] =
		[];
	for (const quizzes of sizes) {
		const library = join(context.work, `build-${quizzes}`);
		rmSync(library, { recursive: true, force: true });
		context.log(`build: writing ${count(quizzes)} quizzes`);
		writeLibrary(library, quizLibrary(quizzes));
		context.log(`build: building ${count(quizzes)} quizzes`);
		const result = await buildSite(context, library, { sampleMs: 100, timeoutMs: 20 * 60_000 });
		const bytes = directorySize(result.out);
		results.push({ quizzes, ms: result.ms, cpuMs: result.cpuMs, peakMB: result.peakMB, bytes });
		rows.push([
			count(quizzes),
			seconds(result.ms),
			seconds(result.cpuMs),
			loadNow(),
			mb(result.peakMB),
			mb(result.largestMB),
			mb(bytes / 1e6),
			`${Math.round(bytes / quizzes / 1000)} kB`
		]);
		rmSync(library, { recursive: true, force: true });
	}
	const notes: string[] = [];
	const at = (n: number) => results.find((r) => r.quizzes === n);
	const top = at(5000);
	if (top)
		notes.push(
			`Goal: 5,000 quizzes in at most 3 minutes: ${verdict(top.ms <= 180_000)}; peak at most 1.5 GB: ${verdict(top.peakMB <= 1536)}.`
		);
	const low = at(1000) ?? at(100);
	if (top && low) {
		const perQuiz = (top.peakMB - low.peakMB) / (top.quizzes - low.quizzes);
		notes.push(
			`Memory growth from ${count(low.quizzes)} to ${count(top.quizzes)} quizzes: ${(perQuiz * 1000).toFixed(0)} MB per 1,000 quizzes (${(perQuiz * 1000).toFixed(0)} kB a quiz; before this work about 450 kB a quiz); goal: not growing with the number of quizzes.`
		);
	}
	return [
		{
			title: 'Build: generated libraries',
			intro:
				`\`vite build\` (content check, client and server bundles, prerendering every page) of ` +
				`${QUIZZES_PER_ARTICLE} quizzes per article, each of 20 questions of all nine types, on ` +
				`articles the size of the shipped one. Peak memory: the summed RSS of the build's ` +
				`processes (Vite and the processes SvelteKit forks), sampled every 100 ms; "largest" is ` +
				`the largest single process. CPU: user + system time of all of them (Vite's bundler uses ` +
				`several threads). Load average: the machine's 1-minute load when the build ended (2 cores; ` +
				`other work on the machine slows the wall time).`,
			head: [
				'quizzes',
				'wall time',
				'CPU time',
				'load average',
				'peak memory (all)',
				'largest process',
				'build/ size',
				'per quiz'
			],
			rows,
			notes
		}
	];
}
