/**
 * `npm run bench:ab -- <ref>[,<ref>…] [sections] [runs]`: a paired A/B of this tree's commit against git
 * `ref` (the same code with one mechanism taken out, say), with `npm run bench`'s own sections. The
 * sections run in A (a worktree of this commit) and in each B (a worktree of its ref in bench-tmp/ab/) by turns,
 * `runs` times each (default 5), so all meet the same machine; every figure of their tables is then
 * given as A's and B's median with its range, and B/A. A figure "moves" when the two ranges do not
 * overlap: beyond the run-to-run spread. Writes bench-tmp/ab/<refs>/summary.md; the runs' own tables
 * stay beside it.
 *
 * BENCH_AB_BASE=<ref> compares that commit instead of this tree's as A.
 *
 *   npm run bench:ab -- trial/no-gram-table content 5
 *   BENCH_LOADS=5 npm run bench:ab -- trial/a,trial/b runtime,lighthouse 5
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const git = (...args: string[]) =>
	execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();

/** What a comparison was: its sides (A first) and how it ran; kept with its runs' tables. */
interface Plan {
	sides: { name: string; label: string }[];
	sections: string;
	runs: number;
}

const args = process.argv.slice(2);
// `--summary <folder>`: the summary of runs already made, again
const summaryOnly = args[0] === '--summary';
const [refList, sections = 'content', runsArg = '5'] = summaryOnly ? [] : args;
if (!summaryOnly && !refList) {
	console.error(
		'usage: npm run bench:ab -- <git ref>[,<git ref>…] [sections] [runs]\n' +
			'       npm run bench:ab -- --summary bench-tmp/ab/<folder>'
	);
	process.exit(2);
}
const out = summaryOnly
	? resolve(args[1] ?? '.')
	: join(root, 'bench-tmp', 'ab', refList!.replace(/[^\w.-]+/g, '-'));
const plan: Plan = summaryOnly
	? (JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8')) as Plan)
	: measure(refList!.split(','), sections, Number(runsArg));

/** A worktree of `ref` in `dir`, sharing this tree's installed packages. */
function checkout(ref: string, dir: string): string {
	git('worktree', 'add', '--detach', dir, ref);
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
	const peers = join(root, 'bench', 'peers', 'node_modules');
	if (existsSync(peers)) symlinkSync(peers, join(dir, 'bench', 'peers', 'node_modules'));
	return dir;
}

/**
 * Runs the sections in A (this tree's commit, checked out apart, so that the tree may change during
 * the runs) and in one B per ref, by turns; each run's tables go to `out` as <side>-<run>.md.
 */
function measure(refs: string[], sections: string, runs: number): Plan {
	rmSync(out, { recursive: true, force: true });
	mkdirSync(out, { recursive: true });
	spawnSync('git', ['worktree', 'prune'], { cwd: root });
	const head = git('rev-parse', '--short', process.env.BENCH_AB_BASE ?? 'HEAD');
	const sides = [
		{ name: 'A', label: head, dir: checkout(head, join(out, 'tree-A')) },
		...refs.map((ref, i) => ({
			name: refs.length === 1 ? 'B' : `B${i + 1}`,
			label: `${ref} (${git('rev-parse', '--short', ref)})`,
			dir: checkout(ref, join(out, `tree-${i + 1}`))
		}))
	];
	const plan: Plan = { sides: sides.map(({ name, label }) => ({ name, label })), sections, runs };
	writeFileSync(join(out, 'plan.json'), JSON.stringify(plan));
	try {
		for (let run = 1; run <= runs; run++) {
			// the order turns each run: no side always goes first
			const shift = (run - 1) % sides.length;
			for (const side of [...sides.slice(shift), ...sides.slice(0, shift)]) {
				const started = Date.now();
				// this bench measuring that side's app; the sites it built on the first run are reused
				const result = spawnSync(
					process.execPath,
					['--import', 'tsx', join(root, 'bench/run.ts')],
					{
						cwd: side.dir,
						env: {
							...process.env,
							BENCH_ONLY: sections,
							BENCH_ROOT: side.dir,
							BENCH_REUSE_SITES: run > 1 ? '1' : ''
						},
						encoding: 'utf8',
						maxBuffer: 1 << 28
					}
				);
				if (result.status !== 0) {
					console.error(result.stderr);
					throw new Error(`run ${run} of ${side.name} failed`);
				}
				const partial = join(side.dir, 'bench-tmp', 'results-partial.md');
				writeFileSync(join(out, `${side.name}-${run}.md`), readFileSync(partial));
				console.error(`run ${run} ${side.name}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
			}
		}
	} finally {
		for (const side of sides)
			spawnSync('git', ['worktree', 'remove', '--force', side.dir], { cwd: root });
	}
	return plan;
}

type Figures = Map<string, number>;
const figures = new Map<string, Figures[]>(plan.sides.map((side) => [side.name, []]));
const units = new Map<string, string>();

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
					// a "wall / CPU" column holds two figures
					const header = head![column + 1]!;
					const pair = /^(.*)\((\w+) \/ (\w+)\)$/.exec(header);
					const parts = pair ? cell.split(' / ') : [cell];
					parts.forEach((part, i) => {
						const figure = figureOf(part);
						if (!figure) return;
						const name = pair ? `${pair[1]}(${pair[i + 2]})` : header;
						const key = `${title} › ${cells[0]} › ${name}`;
						found.set(key, figure.value);
						units.set(key, figure.unit);
					});
				});
		}
	}
	return found;
}

for (const side of plan.sides)
	for (let run = 1; run <= plan.runs; run++)
		figures.get(side.name)!.push(read(join(out, `${side.name}-${run}.md`)));

const median = (values: number[]) => {
	const sorted = [...values].sort((x, y) => x - y);
	const middle = sorted.length >> 1;
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const show = (value: number, unit: string) =>
	`${value.toLocaleString('en-US', { maximumFractionDigits: 2 })}${unit ? ` ${unit}` : ''}`;
const valuesOf = (side: string, key: string) =>
	figures
		.get(side)!
		.map((run) => run.get(key))
		.filter((value) => value !== undefined);
const cell = (values: number[], unit: string) =>
	`${show(median(values), unit)} (${show(Math.min(...values), unit)}–${show(Math.max(...values), unit)})`;

const others = plan.sides.slice(1);
const rows: string[] = [];
for (const key of figures.get('A')![0]!.keys()) {
	const unit = units.get(key) ?? '';
	const a = valuesOf('A', key);
	const cells = [cell(a, unit)];
	for (const side of others) {
		const b = valuesOf(side.name, key);
		if (b.length === 0) {
			cells.push('', '');
			continue;
		}
		const apart = Math.max(...a) < Math.min(...b) || Math.max(...b) < Math.min(...a);
		const ratio = median(a) ? `${(median(b) / median(a)).toFixed(2)}×` : '';
		cells.push(cell(b, unit), `${ratio}${apart ? ' **moves**' : ''}`);
	}
	rows.push(`| ${key} | ${cells.join(' | ')} |`);
}
const summary = [
	`# A/B: ${plan.sides.map((side) => `${side.name} = ${side.label}`).join('; ')}`,
	'',
	`Sections: ${plan.sections}; ${plan.runs} runs of each, interleaved. **moves**: the two ranges do not overlap.`,
	'',
	`| figure | A: median (range) | ${others.map((side) => `${side.name}: median (range) | ${side.name}/A`).join(' | ')} |`,
	`| --- | --- | ${others.map(() => '--- | ---').join(' | ')} |`,
	...rows,
	''
].join('\n');
writeFileSync(join(out, 'summary.md'), summary);
console.log(summary);
