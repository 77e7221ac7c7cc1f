/**
 * `npm run bench`: Close Reader's speed and size, each figure beside a reference measured in the same
 * run, printed as tables and written to bench/results.md (a full run) or
 * bench-tmp/results-partial.md (BENCH_ONLY). Not part of CI: a full run takes several minutes.
 *
 *   BENCH_ONLY=weight,runtime,lighthouse,content,build,disk,class,studio   the sections to run (default: all)
 *   BENCH_LOADS=10                 page loads per page in the runtime section
 *   BENCH_LIGHTHOUSE_RUNS=1        Lighthouse runs per page, the best kept (BENCH_LIGHTHOUSE_PAGES: some pages)
 *   BENCH_CONTENT_RUNS=5           runs of each command in the content section
 *   BENCH_BUILD_SIZES=100,1000,5000   library sizes for the build section
 *   BENCH_DISK_QUIZZES=100         the generated library's size in the disk section
 *   BENCH_CLASS_RUNS=15            runs of the class view's 200-file load in Node
 *   BENCH_CLASS_BROWSER_RUNS=5     runs of the same load in Chromium (and of a 1-file load)
 *   BENCH_PORT=5405                the first of the four loopback ports the sites are served on
 *   CHROME_PATH=/usr/bin/chromium  the browser (Debian's Chromium by default)
 *   BENCH_ROOT=<folder>            measure the app in that checkout, with this bench (npm run bench:ab)
 *   BENCH_REUSE_SITES=1            serve the sites the last run built there, building none
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import type { Context } from './context.ts';
import { markdown, type Table } from './lib/report.ts';
import { build } from './sections/build.ts';
import { classView } from './sections/class.ts';
import { content } from './sections/content.ts';
import { disk } from './sections/disk.ts';
import { lighthouse } from './sections/lighthouse.ts';
import { runtime } from './sections/runtime.ts';
import { studio } from './sections/studio.ts';
import { weight } from './sections/weight.ts';
import { chromeVersion, sites } from './sites.ts';

const SECTIONS: Record<string, (context: Context) => Promise<Table[]>> = {
	weight,
	runtime,
	lighthouse,
	content,
	build,
	disk,
	class: classView,
	studio
};

const root = resolve(process.env.BENCH_ROOT ?? join(import.meta.dirname, '..'));
const work = join(root, 'bench-tmp');
mkdirSync(work, { recursive: true });
const chosen =
	process.env.BENCH_ONLY?.split(',').map((name) => name.trim()) ?? Object.keys(SECTIONS);
for (const name of chosen) {
	if (!SECTIONS[name]) {
		console.error(
			`BENCH_ONLY: no section '${name}'; the sections are ${Object.keys(SECTIONS).join(', ')}`
		);
		process.exit(2);
	}
}
const started = Date.now();
const context: Context = {
	root,
	work,
	log: (message) =>
		console.error(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`)
};

/**
 * The A/B trials of the speed mechanisms (npm run bench:ab, summarised by hand): the part of
 * results.md from its heading on, which a full run keeps as it was.
 */
const TRIALS = '## Speed mechanisms on trial';
function trials(file: string): string {
	const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
	const at = text.indexOf(TRIALS);
	return at < 0 ? '' : text.slice(at);
}

const git = (...args: string[]) =>
	execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
const commit = git('rev-parse', '--short', 'HEAD');
const dirty = git('status', '--porcelain', '--untracked-files=no') !== '';
const header = [
	'# Close Reader benchmark',
	'',
	`Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, at commit ${commit}${dirty ? ' (with uncommitted changes)' : ''}; ` +
		`${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, ${chromeVersion()}. ` +
		`Every figure is from this one run; each ratio compares figures of this run.`,
	''
].join('\n');

const loadAtStart = loadavg()[0]!.toFixed(1);
const parts: string[] = [];
for (const name of chosen) {
	context.log(`section ${name}`);
	for (const table of await SECTIONS[name]!(context)) {
		const text = markdown(table);
		console.log(`\n${text}`);
		parts.push(text);
	}
}
if (chosen.some((name) => ['weight', 'runtime', 'lighthouse'].includes(name)))
	await (await sites(context)).close();
const full = chosen.length === Object.keys(SECTIONS).length;
const out = full ? join(root, 'bench', 'results.md') : join(work, 'results-partial.md');
const load = `The machine's 1-minute load average was ${loadAtStart} when the run started and ${loadavg()[0]!.toFixed(1)} when it ended (2 cores are shared with other work: wall times swing with it; CPU times much less).\n`;
writeFileSync(out, [header, load, ...parts, ...(full ? [trials(out)] : [])].join('\n'));
context.log(`written to ${out} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
