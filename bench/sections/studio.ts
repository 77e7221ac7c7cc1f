/**
 * The Studio's live check (issue #23): a 20-question quiz of all nine types, on a 30-paragraph
 * article, re-checked after an edit. In Chromium, the time from posting the texts to the Studio's
 * check worker (src/lib/studio/check/check.worker.ts, bundled as the site bundles it) to its result
 * arriving on the page; beside it, the same check (`checkArticle`) run in Node in this process, the
 * reference. Each run edits the quiz first, as typing does. Goal: within 100 ms.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { checkArticle, type ArticleTexts } from '../../src/lib/checker/check-article.ts';
import type { Context } from '../context.ts';
import { generateArticle, generateQuiz, seeded, SHIPPED_SIZE } from '../lib/generate.ts';
import { median } from '../lib/process.ts';
import { ms, ratio, verdict, type Table } from '../lib/report.ts';
import { serve } from '../lib/serve.ts';
import { launch } from '../sites.ts';

const RUNS = 10;
/** checks before the timed ones, in each place: the engines compile the hot code first */
const WARM_UPS = 3;
const GOAL_MS = 100;
const PORT = Number(process.env.BENCH_PORT ?? 5405) + 3;

/** The texts the Studio would post, with the quiz's n-th edit (a word added to a prompt). */
function textsAfterEdit(article: string, quiz: string, edit: number): ArticleTexts {
	return {
		slug: 'bench',
		path: 'questions/bench/article.md',
		text: article,
		quizzes: [
			{
				path: 'questions/bench/reading-check.yaml',
				slug: 'reading-check',
				text: quiz.replace('Question 0 about', `Question 0 (edit ${edit}) about`)
			}
		]
	};
}

/** The page that starts the worker and times one check: from postMessage to the reply. */
const PAGE = `<!doctype html><meta charset="utf-8"><title>Studio check</title>
<script type="module">
const worker = new Worker('./check.worker.js', { type: 'module' });
let id = 0;
window.timeCheck = (texts) => new Promise((resolve) => {
	const mine = ++id;
	const started = performance.now();
	const listener = ({ data }) => {
		if (data.id !== mine) return;
		worker.removeEventListener('message', listener);
		resolve({ ms: performance.now() - started, type: data.type, diagnostics: data.check?.diagnostics.length });
	};
	worker.addEventListener('message', listener);
	worker.postMessage({ id: mine, texts });
});
</script>`;

export async function studio(context: Context): Promise<Table[]> {
	const random = seeded(23);
	const article = generateArticle(random, 'The Studio benchmark', SHIPPED_SIZE);
	const quiz = generateQuiz('Twenty questions', article.sentences, 0, 20);
	const first = checkArticle(textsAfterEdit(article.markdown, quiz, 0));
	if (first.diagnostics.length > 0)
		throw new Error(`the generated quiz does not check clean: ${first.diagnostics[0]!.message}`);

	// Node: warmed up, then RUNS edits
	for (let edit = 1; edit <= WARM_UPS; edit++)
		checkArticle(textsAfterEdit(article.markdown, quiz, -edit));
	const node: number[] = [];
	for (let edit = 1; edit <= RUNS; edit++) {
		const texts = textsAfterEdit(article.markdown, quiz, edit);
		const started = performance.now();
		checkArticle(texts);
		node.push(performance.now() - started);
	}

	const dir = join(context.work, 'studio');
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	context.log('studio: bundling the check worker');
	await build({
		entryPoints: [join(context.root, 'src/lib/studio/check/check.worker.ts')],
		bundle: true,
		format: 'esm',
		minify: true,
		target: 'es2022',
		alias: { $lib: join(context.root, 'src/lib') },
		outfile: join(dir, 'check.worker.js'),
		logLevel: 'error'
	});
	writeFileSync(join(dir, 'index.html'), PAGE);
	const server = await serve(dir, PORT);
	const browser = await launch();
	const browserTimes: number[] = [];
	try {
		const page = await browser.newPage();
		await page.goto(`http://127.0.0.1:${PORT}/`);
		await page.waitForFunction(() => 'timeCheck' in window);
		type Timed = { ms: number; type: string; diagnostics?: number };
		const time = (edit: number): Promise<Timed> =>
			page.evaluate(
				(texts) =>
					(window as unknown as { timeCheck(t: unknown): Promise<Timed> }).timeCheck(texts),
				textsAfterEdit(article.markdown, quiz, edit)
			);
		// the first check loads and compiles the worker's code: a page's first check, not an edit's
		const cold = await time(0);
		if (cold.type !== 'checked' || cold.diagnostics !== 0)
			throw new Error(`the worker's check failed: ${JSON.stringify(cold)}`);
		for (let edit = 2; edit <= WARM_UPS; edit++) await time(-edit);
		for (let edit = 1; edit <= RUNS; edit++) {
			context.log(`studio: edit ${edit} of ${RUNS}`);
			browserTimes.push((await time(edit)).ms);
		}
		const inBrowser = median(browserTimes);
		const inNode = median(node);
		return [
			{
				title: 'Studio: the live check after an edit',
				intro: `A 20-question quiz of all nine types on a ${SHIPPED_SIZE.paragraphs}-paragraph article, re-checked after each of ${RUNS} edits (median), after ${WARM_UPS} checks to warm up. In Chromium: from posting the texts to the Studio's check worker to its result (the check and the built quiz) arriving on the page. In Node: \`checkArticle\` on the same texts in this process, the reference. The worker's first check, which also loads its code, is shown apart.`,
				head: ['what', 'median', 'fastest', 'slowest', 'vs Node'],
				rows: [
					[
						'Chromium, check worker',
						ms(inBrowser),
						ms(Math.min(...browserTimes)),
						ms(Math.max(...browserTimes)),
						ratio(inBrowser / inNode)
					],
					['Chromium, first check', ms(cold.ms), '', '', ''],
					[
						'Node, checkArticle (reference)',
						ms(inNode),
						ms(Math.min(...node)),
						ms(Math.max(...node)),
						ratio(1)
					]
				],
				notes: [
					`Goal: the check's result within ${GOAL_MS} ms of an edit posted: ${verdict(inBrowser <= GOAL_MS)} (${ms(inBrowser)}). The Studio posts 200 ms after the last keystroke.`
				]
			}
		];
	} finally {
		await browser.close();
		server.close();
	}
}
