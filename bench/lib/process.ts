/**
 * Running a command for the benchmark: wall time; CPU time (user + system, of the command and all it
 * started: bash's `times`), which other work on a shared machine disturbs far less than wall time;
 * and the peak of the summed resident memory of the command and every process it starts, read from
 * /proc while it runs.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Run {
	ms: number;
	/** user + system CPU time of the command and its descendants */
	cpuMs: number;
	/** peak of the summed RSS of the process tree, in MB (0 when not sampled) */
	peakMB: number;
	/** peak RSS of the largest single process, in MB */
	largestMB: number;
	code: number | null;
	stdout: string;
	stderr: string;
}

function processTable(): Map<number, { parent: number; rssKB: number }> {
	const table = new Map<number, { parent: number; rssKB: number }>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const status = readFileSync(`/proc/${name}/status`, 'utf8');
			const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
			const rssKB = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
			table.set(Number(name), { parent, rssKB });
		} catch {
			// the process ended while we looked
		}
	}
	return table;
}

/** RSS in KB of `root` and its descendants: the sum, and the largest single one. */
function treeRss(root: number): { sum: number; largest: number } {
	const table = processTable();
	const children = new Map<number, number[]>();
	for (const [pid, { parent }] of table) {
		const list = children.get(parent);
		if (list) list.push(pid);
		else children.set(parent, [pid]);
	}
	let sum = 0;
	let largest = 0;
	const stack = [root];
	while (stack.length > 0) {
		const pid = stack.pop()!;
		const rss = table.get(pid)?.rssKB ?? 0;
		sum += rss;
		largest = Math.max(largest, rss);
		stack.push(...(children.get(pid) ?? []));
	}
	return { sum, largest };
}

/** The children's line of bash's `times` ("0m1.250s 0m0.310s"): user + system, in ms. */
function childrenCpu(times: string): number {
	const line = times.trim().split('\n')[1] ?? '';
	return [...line.matchAll(/(\d+)m([\d.]+)s/g)].reduce(
		(sum, [, minutes, seconds]) => sum + (Number(minutes) * 60 + Number(seconds)) * 1000,
		0
	);
}

export interface RunOptions {
	cwd?: string;
	env?: NodeJS.ProcessEnv;
	/** sample the process tree's memory every this many ms */
	sampleMs?: number;
	/** kill the command after this long */
	timeoutMs?: number;
}

export function run(command: string, args: string[], options: RunOptions = {}): Promise<Run> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		// bash runs the command, then reports its children's CPU times on file descriptor 3
		const script = '"$@"; status=$?; times >&3; exit $status';
		const child = spawn('bash', ['-c', script, 'bash', command, ...args], {
			cwd: options.cwd,
			env: options.env ?? process.env,
			stdio: ['ignore', 'pipe', 'pipe', 'pipe']
		});
		let stdout = '';
		let stderr = '';
		let times = '';
		child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		(child.stdio[3] as NodeJS.ReadableStream).on(
			'data',
			(chunk: Buffer) => (times += chunk.toString())
		);
		let peak = 0;
		let largest = 0;
		const sample = () => {
			if (child.pid === undefined) return;
			const { sum, largest: one } = treeRss(child.pid);
			peak = Math.max(peak, sum);
			largest = Math.max(largest, one);
		};
		const sampler = options.sampleMs ? setInterval(sample, options.sampleMs) : undefined;
		const timer = options.timeoutMs
			? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs)
			: undefined;
		child.on('error', reject);
		child.on('close', (code) => {
			if (sampler) clearInterval(sampler);
			if (timer) clearTimeout(timer);
			resolve({
				ms: performance.now() - started,
				cpuMs: childrenCpu(times),
				peakMB: peak / 1024,
				largestMB: largest / 1024,
				code,
				stdout,
				stderr
			});
		});
	});
}

/** Runs and insists on exit code 0 (a benchmark of a failing command measures nothing). */
export async function runOk(command: string, args: string[], options: RunOptions = {}) {
	const result = await run(command, args, options);
	if (result.code !== 0) {
		throw new Error(
			`${command} ${args.join(' ')} exited ${result.code}:\n${result.stderr.slice(-3000)}\n${result.stdout.slice(-3000)}`
		);
	}
	return result;
}

export const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
