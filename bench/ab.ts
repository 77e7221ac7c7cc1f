/**
 * `npm run bench:ab -- <ref> [sections] [runs]`: a paired A/B of this tree against git `ref` (the
 * same code with one mechanism taken out, say), with `npm run bench`'s own sections. The sections
 * run in A (this tree) and in B (a worktree of `ref` in bench-tmp/ab/) by turns, `runs` times each
 * (default 5), so both meet the same machine; every figure of their tables is then given as A's and
 * B's median with its range, and B/A. A figure "moves" when the two ranges do not overlap: beyond
 * the run-to-run spread. Writes bench-tmp/ab/<ref>/summary.md; the runs' own tables stay beside it.
 *
 *   npm run bench:ab -- trial/no-gram-table content 5
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [ref, sections = 'content', runsArg = '5'] = process.argv.slice(2);
if (!ref) {
	console.error('usage: npm run bench:ab -- <git ref> [sections, comma-separated] [runs]');
	process.exit(2);
}
const runs = Number(runsArg);
const root = resolve(import.meta.dirname, '..');
const git = (...args: string[]) =>
	execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
const name = ref.replace(/[^\w.-]+/g, '-');
const out = join(root, 'bench-tmp', 'ab', name);
const other = join(out, 'tree');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
spawnSync('git', ['worktree', 'prune'], { cwd: root });
git('worktree', 'add', '--detach', other, ref);
symlinkSync(join(root, 'node_modules'), join(other, 'node_modules'));
const peers = join(root, 'bench', 'peers', 'node_modules');
if (existsSync(peers)) symlinkSync(peers, join(other, 'bench', 'peers', 'node_modules'));

type Figures = Map<string, number>;
const figures: Record<'A' | 'B', Figures[]> = { A: [], B: [] };
const units: Map<string, string> = new Map();

/** A cell's figure: its median when it gives a range and a median, else its first number. */
function figureOf(cell: string): { value: number; unit: string } | undefined {
	const match =
		/median ([\d,.]+) ?(ms|s|kB|MB|GB|×|%)?/.exec(cell) ??
		/^([\d,.]+) ?(ms|s|kB|MB|GB|×|%)?/.exec(cell.trim());
	if (!match) return undefined;
	const value = Number(match[1]!.replace(/,/g, ''));
	return Number.isFinite(value) ? { value, unit: match[2] ?? '' } : undefined;
}

/** Every figure of a results file, keyed "table › row › column". */
function read(file: string): Figures {
	const found: Figures = new Map();
	let title = '';
	let head: string[] | undefined;
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (line.startsWith('### ')) [title, head] = [line.slice(4), undefined];
		else if (!line.startsWith('|')) head = line.trim() === '' ? head : undefined;
		else {
			const cells = line
				.split('|')
				.slice(1, -1)
				.map((cell) => cell.trim());
			if (!head) head = cells;
			else if (!cells.every((cell) => /^-+$/.test(cell)))
				cells.slice(1).forEach((cell, column) => {
					const figure = figureOf(cell);
					if (!figure) return;
					const key = `${title} › ${cells[0]} › ${head![column + 1]}`;
					found.set(key, figure.value);
					units.set(key, figure.unit);
				});
		}
	}
	return found;
}

for (let run = 1; run <= runs; run++) {
	// B first on even runs: neither side always goes first
	const order: ('A' | 'B')[] = run % 2 ? ['A', 'B'] : ['B', 'A'];
	for (const side of order) {
		const cwd = side === 'A' ? root : other;
		const started = Date.now();
		const result = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts'], {
			cwd,
			env: { ...process.env, BENCH_ONLY: sections },
			encoding: 'utf8',
			maxBuffer: 1 << 28
		});
		if (result.status !== 0) {
			console.error(result.stderr);
			throw new Error(`run ${run} of ${side} failed`);
		}
		const file = join(out, `${side}${run}.md`);
		writeFileSync(file, readFileSync(join(cwd, 'bench-tmp', 'results-partial.md')));
		figures[side].push(read(file));
		console.error(`run ${run} ${side}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
	}
}

const median = (values: number[]) => {
	const sorted = [...values].sort((x, y) => x - y);
	const middle = sorted.length >> 1;
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const show = (value: number, unit: string) =>
	`${value.toLocaleString('en-US', { maximumFractionDigits: 2 })}${unit ? ` ${unit}` : ''}`;

const rows: string[] = [];
for (const key of figures.A[0]!.keys()) {
	const a = figures.A.map((run) => run.get(key)).filter((v) => v !== undefined);
	const b = figures.B.map((run) => run.get(key)).filter((v) => v !== undefined);
	if (a.length === 0 || b.length === 0) continue;
	const unit = units.get(key) ?? '';
	const [ma, mb] = [median(a), median(b)];
	const apart = Math.max(...a) < Math.min(...b) || Math.max(...b) < Math.min(...a);
	const range = (values: number[]) =>
		`${show(Math.min(...values), unit)}–${show(Math.max(...values), unit)}`;
	rows.push(
		`| ${key} | ${show(ma, unit)} (${range(a)}) | ${show(mb, unit)} (${range(b)}) | ${ma ? (mb / ma).toFixed(2) + '×' : ''} | ${apart ? 'moves' : ''} |`
	);
}
const summary = [
	`# A/B: this tree (${git('rev-parse', '--short', 'HEAD')}) against ${ref} (${git('rev-parse', '--short', ref)})`,
	'',
	`Sections: ${sections}; ${runs} runs each, interleaved. "moves": the two ranges do not overlap.`,
	'',
	'| figure | A: median (range) | B: median (range) | B/A | |',
	'| --- | --- | --- | --- | --- |',
	...rows,
	''
].join('\n');
writeFileSync(join(out, 'summary.md'), summary);
console.log(summary);
spawnSync('git', ['worktree', 'remove', '--force', other], { cwd: root });
