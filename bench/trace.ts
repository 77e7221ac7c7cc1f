/**
 * `npx tsx bench/trace.ts <built site> <path>[,<path>…] [loads]`: what the main thread's long tasks
 * are while a page starts. Loads each page in headless Chromium with the CPU slowed 4× (as
 * Lighthouse's mobile setting assumes), records a performance trace and a CPU profile until the
 * quiz's cards are live and the page is quiet, and prints every task over 50 ms: when it started,
 * how long it took, what Chromium did in it (HTML parsed, scripts evaluated, layout, style) and
 * which sources its script time went to (the CPU profile's samples mapped through the site's source
 * maps: build it with `vite build --sourcemap hidden`, as the bench's site is). Its Total Blocking
 * Time is the sum of each long task's time over 50 ms.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type CDPSession } from '@playwright/test';
import { decode, type SourceMapSegment } from '@jridgewell/sourcemap-codec';
import { chromeFlags, chromePath } from '../tests/e2e/chromium.ts';
import { serve } from './lib/serve.ts';

interface TraceEvent {
	name: string;
	ph: string;
	ts: number;
	dur?: number;
	pid: number;
	tid: number;
	args?: { name?: string; data?: { url?: string; functionName?: string } };
}

interface ProfileNode {
	id: number;
	parent?: number;
	callFrame: { url: string; lineNumber: number; columnNumber: number; functionName: string };
	children?: number[];
}

interface Profile {
	nodes: ProfileNode[];
	startTime: number;
	samples: number[];
	timeDeltas: number[];
}

const [siteArg, pathsArg = '/', loadsArg = '1'] = process.argv.slice(2);
if (!siteArg) {
	console.error('usage: npx tsx bench/trace.ts <built site> <path>[,<path>…] [loads]');
	process.exit(2);
}
const site = resolve(siteArg);
const port = Number(process.env.BENCH_PORT ?? 5405);
const LONG = 50_000; // µs

/** The original source of a position in a built script, through its source map. */
const maps = new Map<
	string,
	{ sources: string[]; names: string[]; lines: SourceMapSegment[][] } | null
>();
function sourceOf(url: string, line: number, column: number): { source: string; name: string } {
	if (!url.startsWith('http')) return { source: url === '' ? '(program)' : url, name: '' };
	const file = join(site, new URL(url).pathname);
	if (!maps.has(file)) {
		const mapFile = `${file}.map`;
		if (!existsSync(mapFile)) maps.set(file, null);
		else {
			const map = JSON.parse(readFileSync(mapFile, 'utf8')) as {
				sources: string[];
				names: string[];
				mappings: string;
			};
			maps.set(file, { sources: map.sources, names: map.names, lines: decode(map.mappings) });
		}
	}
	const map = maps.get(file);
	if (!map) return { source: new URL(url).pathname, name: '' };
	const segments = map.lines[line] ?? [];
	let found: SourceMapSegment | undefined;
	for (const segment of segments) {
		if (segment[0] > column) break;
		found = segment;
	}
	const source = found && found.length >= 4 ? map.sources[found[1]!]! : 'unmapped';
	return {
		source: source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, 'node_modules/'),
		name: found?.length === 5 ? map.names[found[4]!]! : ''
	};
}

/** A short name for where a source belongs: our files by path, packages by name. */
function group(source: string): string {
	const svelte = /^node_modules\/svelte\/src\/internal\/client\/(\w+)/.exec(source);
	if (svelte) return `svelte: ${svelte[1]}`;
	const kit = /^node_modules\/@sveltejs\/kit\//.exec(source);
	if (kit) return 'sveltekit';
	return source.replace(/^src\/lib\//, '');
}

/** Starts a trace and a CPU profile of the page; `stop` ends both. */
async function traceLoad(session: CDPSession) {
	const events: TraceEvent[] = [];
	session.on('Tracing.dataCollected', ({ value }) =>
		events.push(...(value as unknown as TraceEvent[]))
	);
	await session.send('Tracing.start', {
		categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,toplevel',
		transferMode: 'ReportEvents'
	});
	await session.send('Profiler.enable');
	await session.send('Profiler.setSamplingInterval', { interval: 200 });
	await session.send('Profiler.start');
	return {
		events,
		async stop(): Promise<Profile> {
			const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: Profile };
			const done = new Promise<void>((resolve) =>
				session.once('Tracing.tracingComplete', () => resolve())
			);
			await session.send('Tracing.end');
			await done;
			return profile;
		}
	};
}

const server = await serve(site, port);
const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags });
try {
	for (const path of pathsArg.split(',')) {
		for (let load = 1; load <= Number(loadsArg); load++) {
			const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
			const page = await context.newPage();
			const session = await context.newCDPSession(page);
			await session.send('Emulation.setCPUThrottlingRate', { rate: 4 });
			const url = `http://127.0.0.1:${port}${path}`;
			const recording = await traceLoad(session);
			await page.goto(url, { waitUntil: 'load' });
			// the cards live (the attempt restored), then two quiet seconds for what follows
			await page.waitForFunction(() => {
				const list = document.querySelector('ol.questions');
				return !list || !list.hasAttribute('inert');
			});
			await page.waitForTimeout(2000);
			const profile = await recording.stop();
			report(path, load, recording.events, profile);
			await context.close();
		}
	}
} finally {
	await browser.close();
	server.close();
}

function report(path: string, load: number, events: TraceEvent[], profile: Profile) {
	// the page's renderer: the main thread that parsed its HTML
	const parse = events.find((event) => event.name === 'ParseHTML');
	if (!parse) throw new Error('no ParseHTML in the trace');
	const main = events.filter((event) => event.pid === parse.pid && event.tid === parse.tid);
	const navigation =
		events.find((event) => event.name === 'navigationStart' && event.pid === parse.pid)?.ts ??
		parse.ts;
	// the top-level tasks (a task may show as two nested events), less the benchmark's own probes
	const tasks: TraceEvent[] = [];
	for (const event of main
		.filter((event) => event.ph === 'X' && /^(ThreadControllerImpl::)?RunTask$/.test(event.name))
		.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
		const last = tasks.at(-1);
		if (!last || event.ts >= last.ts + (last.dur ?? 0)) tasks.push(event);
	}
	const probe = (task: TraceEvent) =>
		main.some(
			(event) =>
				event.name === 'Receive mojo message' &&
				event.ts >= task.ts &&
				(event.dur ?? 0) > (task.dur ?? 0) * 0.9
		);
	const long = tasks.filter((task) => (task.dur ?? 0) > LONG && !probe(task));
	const blocking = long.reduce((sum, task) => sum + (task.dur ?? 0) - LONG, 0);
	console.log(
		`\n## ${path} (load ${load}): ${long.length} long tasks, ${(blocking / 1000).toFixed(0)} ms over 50 ms in all (CPU 4× slower)`
	);

	// each sample's time and stack of sources
	const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
	const parents = new Map<number, number>();
	for (const node of profile.nodes)
		for (const child of node.children ?? []) parents.set(child, node.id);
	interface Stack {
		self: string;
		fn: string;
		all: Set<string>;
	}
	const stackSources = new Map<number, Stack>();
	const stackOf = (id: number): Stack => {
		let known = stackSources.get(id);
		if (known) return known;
		const node = nodes.get(id)!;
		const frame = node.callFrame;
		const { source, name } = sourceOf(frame.url, frame.lineNumber, frame.columnNumber);
		const self = frame.url === '' ? `(${frame.functionName || 'program'})` : group(source);
		const fn = `${self} ${name || frame.functionName}`;
		const parent = parents.get(id);
		const all = new Set<string>(parent === undefined ? [] : stackOf(parent).all);
		if (
			self.startsWith('components/') ||
			self.startsWith('question-types/') ||
			self.startsWith('routes/') ||
			self.startsWith('state/')
		)
			all.add(self);
		known = { self, fn, all };
		stackSources.set(id, known);
		return known;
	};
	const samples: { ts: number; dur: number; id: number }[] = [];
	let ts = profile.startTime;
	profile.samples.forEach((id, i) => {
		ts += profile.timeDeltas[i]!;
		samples.push({ ts, dur: profile.timeDeltas[i + 1] ?? 0, id });
	});

	for (const task of long) {
		const end = task.ts + task.dur!;
		const inside = main.filter(
			(event) =>
				event.ph === 'X' &&
				event.ts >= task.ts &&
				event.ts + (event.dur ?? 0) <= end &&
				!/RunTask$/.test(event.name)
		);
		// what Chromium did: the kinds of work directly in the task, by time
		const kinds = new Map<string, number>();
		let until = -1;
		for (const event of inside.sort((a, b) => a.ts - b.ts)) {
			if (event.ts < until) continue; // nested in one already counted
			until = event.ts + (event.dur ?? 0);
			const label =
				event.name === 'EvaluateScript' || event.name === 'v8.evaluateModule'
					? `${event.name} ${event.args?.data?.url?.replace(/^.*\//, '') ?? ''}`
					: event.name;
			kinds.set(label, (kinds.get(label) ?? 0) + (event.dur ?? 0));
		}
		const self = new Map<string, number>();
		const inclusive = new Map<string, number>();
		const functions = new Map<string, number>();
		for (const sample of samples) {
			if (sample.ts < task.ts || sample.ts > end) continue;
			const { self: source, fn, all } = stackOf(sample.id);
			self.set(source, (self.get(source) ?? 0) + sample.dur);
			functions.set(fn, (functions.get(fn) ?? 0) + sample.dur);
			for (const file of all) inclusive.set(file, (inclusive.get(file) ?? 0) + sample.dur);
		}
		const top = (map: Map<string, number>, n: number) =>
			[...map]
				.sort((a, b) => b[1] - a[1])
				.slice(0, n)
				.map(([name, us]) => `${name} ${(us / 1000).toFixed(0)}`)
				.join(', ');
		console.log(
			`- at ${((task.ts - navigation) / 1000).toFixed(0)} ms, ${(task.dur! / 1000).toFixed(0)} ms\n` +
				`  work: ${top(kinds, 6)}\n` +
				`  script by source (self ms): ${top(self, 8)}\n` +
				`  within our files (inclusive ms): ${top(inclusive, 8)}\n` +
				`  functions (self ms): ${top(functions, 10)}`
		);
	}
}
