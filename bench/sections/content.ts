/**
 * The content checker, as a teacher runs it (`npm run check:questions`, start-up included), against
 * the floor of a process that only reads and parses the same YAML files; and the extra time of
 * quotes that are not in their article (the closest-passage search).
 */
import { availableParallelism } from 'node:os';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateArticle, LONG_READ, SHIPPED_SIZE, seeded, writeLibrary } from '../lib/generate.ts';
import { median, run, runOk, type Run } from '../lib/process.ts';
import { WIKI, writeWikiLibrary } from '../lib/wiki-corpus.ts';
import { count, ms, ratio, verdict, type Table } from '../lib/report.ts';
import type { Context } from '../context.ts';

/** The command package.json runs for `npm run check:questions`, split into words. */
function checkerCommand(root: string): string[] {
	const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts;
	return (scripts['check:questions'] as string).split(' ');
}

export async function content(context: Context): Promise<Table[]> {
	const runs = Number(process.env.BENCH_CONTENT_RUNS ?? 5);
	const [command, ...args] = checkerCommand(context.root);
	const check = (dir: string, env: NodeJS.ProcessEnv = process.env) =>
		run(command!, [...args, dir], { cwd: context.root, env }).then((result) => {
			if (result.code !== 0 && result.code !== 1) throw new Error(result.stderr);
			return result;
		});
	const floor = (dir: string) =>
		runOk(process.execPath, ['bench/lib/read-yaml.js', dir], { cwd: context.root });

	// 50 long reads, 10 quizzes each of 20 questions: 10,000 questions
	const library = join(context.work, 'content-50');
	rmSync(library, { recursive: true, force: true });
	context.log('content: writing 50 articles with 10,000 questions');
	writeLibrary(library, {
		articles: 50,
		quizzesPerArticle: 10,
		questionsPerQuiz: 20,
		article: LONG_READ,
		seed: 50
	});
	const first = await check(library); // builds the checker's bundle if needed; warms the disk cache
	if (!first.stdout.includes('10,000 questions') && !first.stdout.includes('10000 questions'))
		throw new Error(`the generated library did not check clean:\n${first.stdout}${first.stderr}`);
	await floor(library);
	const checks: Run[] = [];
	const floors: Run[] = [];
	// the checker shares a library this large among threads, one per core but one: the same in one thread
	const oneThread: Run[] = [];
	for (let i = 0; i < runs; i++) {
		context.log(`content: run ${i + 1} of ${runs}`);
		floors.push(await floor(library));
		checks.push(await check(library));
		oneThread.push(await check(library, { ...process.env, CLOSE_READER_CHECK_THREADS: '1' }));
	}
	const npm = await run('npm', ['run', '-s', 'check:questions', '--', library], {
		cwd: context.root
	});
	const startup: Run[] = [];
	const empty = join(context.work, 'content-empty');
	rmSync(empty, { recursive: true, force: true });
	mkdirSync(empty);
	for (let i = 0; i < runs; i++) startup.push(await check(empty));

	const wall = (list: Run[]) => median(list.map((r) => r.ms));
	const cpu = (list: Run[]) => median(list.map((r) => r.cpuMs));
	const spread = (list: Run[]) =>
		`${ms(wall(list))} (${ms(Math.min(...list.map((r) => r.ms)))}–${ms(Math.max(...list.map((r) => r.ms)))})`;
	const cpuRatio = cpu(checks) / cpu(floors);
	// scripts/check-questions.ts's choice for this library: one checking thread per core but one
	const threads = Math.max(1, availableParallelism() - 1);
	const wallRatio = wall(checks) / wall(floors);
	const big: Table = {
		title: 'Content checker: 50 articles, 500 quiz files, 10,000 questions',
		intro:
			`Each article is a long read (30 paragraphs of 8–12 sentences, about 50 kB); each question ` +
			`quotes a sentence of it. Processes timed from spawn to exit, start-up included; median of ` +
			`${runs} interleaved runs (range in brackets). CPU: user + system time of the process. Floor: ` +
			`\`node bench/lib/read-yaml.js\`, which reads and parses the same quiz files with the same ` +
			`YAML library and does nothing else. Before this work the checker took about 2.3× the floor.`,
		head: ['what', 'wall time', 'CPU time', 'vs the floor (wall)', 'vs the floor (CPU)'],
		rows: [
			['floor: read + parse the YAML', spread(floors), ms(cpu(floors)), ratio(1), ratio(1)],
			[
				`checker: \`${[command, ...args].join(' ')}\``,
				spread(checks),
				ms(cpu(checks)),
				ratio(wallRatio),
				ratio(cpuRatio)
			],
			[
				'the checker in one thread (`CLOSE_READER_CHECK_THREADS=1`)',
				spread(oneThread),
				ms(cpu(oneThread)),
				ratio(wall(oneThread) / wall(floors)),
				ratio(cpu(oneThread) / cpu(floors))
			],
			[
				'the same through `npm run check:questions` (npm itself added)',
				ms(npm.ms),
				ms(npm.cpuMs),
				ratio(npm.ms / wall(floors)),
				ratio(npm.cpuMs / cpu(floors))
			],
			['checker start-up (an empty folder)', spread(startup), ms(cpu(startup)), '', '']
		],
		notes: [
			`Goal: the checker within 1.5× the floor's time: ${verdict(wallRatio <= 1.5)} (${ratio(wallRatio)}, medians of interleaved runs, ` +
				`the checker using its default ${threads === 1 ? 'one thread' : `${threads} threads`} (one per core but one), the floor one; in one thread ${ratio(wall(oneThread) / wall(floors))}). ` +
				`In CPU time ${ratio(cpuRatio)} (in one thread ${ratio(cpu(oneThread) / cpu(floors))}): CPU time counts every ` +
				`thread, V8's background ones (garbage collection, compiling) included, which the checker ` +
				`keeps busier than the floor.`
		]
	};

	return [
		big,
		await wikiShaped(context, check, floor, runs),
		await missingQuotes(context, check, runs)
	];
}

/**
 * The same comparison on the Wikipedia-shaped library (wiki-corpus.ts): real text's punctuation and
 * paragraph lengths, few large quiz files, quotes of whole sentences.
 */
async function wikiShaped(
	context: Context,
	check: (dir: string, env?: NodeJS.ProcessEnv) => Promise<Run>,
	floor: (dir: string) => Promise<Run>,
	runs: number
): Promise<Table> {
	const library = join(context.work, 'content-wiki');
	rmSync(library, { recursive: true, force: true });
	context.log('content: writing the Wikipedia-shaped library');
	const questions = writeWikiLibrary(library);
	const first = await check(library);
	if (first.code !== 0 || !first.stdout.includes(`${questions} questions, 0 errors`))
		throw new Error(
			`the Wikipedia-shaped library did not check clean:\n${first.stdout}${first.stderr}`
		);
	await floor(library);
	const checks: Run[] = [];
	const floors: Run[] = [];
	const oneThread: Run[] = [];
	for (let i = 0; i < runs; i++) {
		context.log(`content (Wikipedia-shaped): run ${i + 1} of ${runs}`);
		floors.push(await floor(library));
		checks.push(await check(library));
		oneThread.push(await check(library, { ...process.env, CLOSE_READER_CHECK_THREADS: '1' }));
	}
	const wall = (list: Run[]) => median(list.map((r) => r.ms));
	const cpu = (list: Run[]) => median(list.map((r) => r.cpuMs));
	const spread = (list: Run[]) =>
		`${ms(wall(list))} (${ms(Math.min(...list.map((r) => r.ms)))}–${ms(Math.max(...list.map((r) => r.ms)))})`;
	const row = (label: string, list: Run[]) => [
		label,
		spread(list),
		ms(cpu(list)),
		ratio(wall(list) / wall(floors)),
		ratio(cpu(list) / cpu(floors))
	];
	const threads = wall(checks) / wall(floors);
	const single = wall(oneThread) / wall(floors);
	return {
		title: `Content checker: a Wikipedia-shaped library, ${WIKI.articles} articles, ${count(questions)} questions`,
		intro:
			`${WIKI.articles} articles of ${WIKI.paragraphs[0]}–${WIKI.paragraphs[1]} paragraphs of 1–12 sentences ` +
			`(8–40 words; footnote markers after a third of them, parentheses, numbers with separators ` +
			`and units, abbreviations with full stops, quotations), one quiz file each of up to ` +
			`${WIKI.questions} short-answer questions, each quoting the whole sentence that holds its ` +
			`answer. The same floor and the same runs as above, interleaved, median of ${runs}.`,
		head: ['what', 'wall time', 'CPU time', 'vs the floor (wall)', 'vs the floor (CPU)'],
		rows: [
			row('floor: read + parse the YAML', floors),
			row('checker (default threads)', checks),
			row('checker in one thread', oneThread)
		],
		notes: [
			`Goal: within 1.5× the floor, with the default threads and in one thread: ` +
				`${verdict(threads <= 1.5 && single <= 1.5)} (${ratio(threads)} and ${ratio(single)}).`
		]
	};
}

const libraryOfOne = {
	articles: 1,
	quizzesPerArticle: 5,
	questionsPerQuiz: 20,
	article: SHIPPED_SIZE,
	seed: 7
};

/**
 * A typo in `quote`: two letters of its first long word swapped, as a teacher's slip would be; the
 * quote is then not in the article, but its closest passage is the sentence it was copied from.
 */
export function withTypo(quote: string): string {
	return quote.replace(/\p{L}{6,}/u, (word) =>
		word[1] !== word[2]
			? word[0]! + word[2] + word[1] + word.slice(3)
			: word.slice(0, 2) + word[3] + word[2] + word.slice(4)
	);
}

/** The quiz files of `folder`, each evidence quote given a typo (see withTypo). */
function typoInEveryQuote(folder: string): Map<string, string> {
	const originals = new Map<string, string>();
	for (const name of readdirSync(folder).filter((file) => file.endsWith('.yaml'))) {
		const path = join(folder, name);
		const yaml = readFileSync(path, 'utf8');
		originals.set(path, yaml);
		writeFileSync(
			path,
			yaml.replace(
				/^( {4}evidence: )(".*")$/gm,
				(_, key: string, quoted: string) =>
					key + JSON.stringify(withTypo(JSON.parse(quoted) as string))
			)
		);
	}
	return originals;
}

/**
 * 100 quotes (5 quizzes × 20 questions) checked as they are, then each with a typo: each is then
 * reported with its closest passage, and the difference is what that search costs. Then against a
 * replaced article, which the checker says in one line per quiz without searching.
 */
async function missingQuotes(
	context: Context,
	check: (dir: string) => Promise<Run>,
	runs: number
): Promise<Table> {
	const rows: string[][] = [];
	const notes: string[] = [];
	for (const [label, shape] of [
		['shipped-size article (30 paragraphs, about 6 kB)', SHIPPED_SIZE],
		['long read (30 paragraphs, about 50 kB)', LONG_READ]
	] as const) {
		const dir = join(context.work, 'content-missing');
		rmSync(dir, { recursive: true, force: true });
		writeLibrary(dir, { ...libraryOfOne, article: shape });
		const folder = join(dir, 'article-1');
		const original = join(folder, 'article.md');
		const replacement = generateArticle(seeded(99), 'A replaced article', shape).markdown;
		const found: Run[] = [];
		const typos: Run[] = [];
		const replaced: Run[] = [];
		const reports = { typos: '', replaced: '' };
		for (let i = 0; i <= runs; i++) {
			const foundRun = await check(dir);
			const originals = typoInEveryQuote(folder);
			const typoRun = await check(dir);
			for (const [path, yaml] of originals) writeFileSync(path, yaml);
			renameSync(original, join(context.work, 'article.md.kept'));
			writeFileSync(original, replacement);
			const replacedRun = await check(dir);
			rmSync(original);
			renameSync(join(context.work, 'article.md.kept'), original);
			if (i === 0) {
				reports.typos = typoRun.stderr;
				reports.replaced = replacedRun.stderr;
				continue; // warm-up
			}
			found.push(foundRun);
			typos.push(typoRun);
			replaced.push(replacedRun);
		}
		const lines = (report: string, text: string) =>
			report.split('\n').filter((line) => line.includes(text)).length;
		if (lines(reports.typos, 'Closest passage') !== 100)
			throw new Error(`expected 100 quotes with their closest passage:\n${reports.typos}`);
		if (lines(reports.replaced, 'evidence quotes is in article.md') !== 5)
			throw new Error(`expected one line per quiz for the replaced article:\n${reports.replaced}`);
		const wall = (list: Run[]) => median(list.map((r) => r.ms));
		const cpu = (list: Run[]) => median(list.map((r) => r.cpuMs));
		const extraCpu = cpu(typos) - cpu(found);
		const extraWall = wall(typos) - wall(found);
		rows.push([
			label,
			`${ms(wall(found))} / ${ms(cpu(found))}`,
			`${ms(wall(typos))} / ${ms(cpu(typos))}`,
			`${ms(extraWall)} / ${ms(extraCpu)}`,
			`${(extraCpu / 100).toFixed(1)} ms`,
			`${ms(wall(replaced))} / ${ms(cpu(replaced))}`
		]);
		notes.push(
			`Goal for the ${label}: 100 missing quotes in under 1 s extra: ${verdict(extraCpu < 1000 && extraWall < 1000)}.`
		);
	}
	return {
		title: 'Content checker: 100 quotes not in their article',
		intro:
			`One article with 5 quizzes of 20 questions (${count(100)} quotes), checked as it is; then with a ` +
			`typo in every quote (two letters of a long word swapped), so that each is reported with the ` +
			`closest passage of the article; then with article.md replaced by another article, which ` +
			`the checker reports in one line per quiz, searching no closest passage. Median of ${runs} ` +
			`runs; CPU: user + system time of the process. Before this work each missing quote cost ` +
			`about 125 ms on the shipped article (13 s for 100).`,
		head: [
			'article',
			'all quotes found (wall / CPU)',
			'a typo in all 100 (wall / CPU)',
			'extra time (wall / CPU)',
			'per missing quote (CPU)',
			'article replaced (wall / CPU)'
		],
		rows,
		notes
	};
}
