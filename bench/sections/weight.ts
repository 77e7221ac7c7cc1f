/**
 * Page weight: what Chromium actually loads for each page type (every response of a fresh load until
 * the network has been idle), each response gzipped at level 9; JS and CSS against the 45 kB goal
 * for a quiz page, and against quizdown's page and the minimal SvelteKit page.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { kb, ratio, verdict, type Table } from '../lib/report.ts';
import { launch, sites } from '../sites.ts';
import type { Context } from '../context.ts';

interface Weight {
	js: number;
	css: number;
	html: number;
	data: number;
	files: number;
}

const kind = (contentType: string): keyof Omit<Weight, 'files'> | undefined =>
	/javascript/.test(contentType)
		? 'js'
		: /css/.test(contentType)
			? 'css'
			: /html/.test(contentType)
				? 'html'
				: /json/.test(contentType)
					? 'data'
					: undefined;

/** Loads `url` in a fresh context and sums the gzipped bodies of everything it loaded. */
export async function pageWeight(browser: Browser, url: string): Promise<Weight> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	const bodies: Promise<void>[] = [];
	const weight: Weight = { js: 0, css: 0, html: 0, data: 0, files: 0 };
	page.on('response', (response) => {
		bodies.push(
			response.body().then(
				(body) => {
					const type = kind(response.headers()['content-type'] ?? '');
					if (!type) return;
					weight[type] += gzipSync(body, { level: 9 }).length;
					if (type === 'js' || type === 'css') weight.files++;
				},
				() => undefined // a redirect or an aborted request has no body
			)
		);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.waitForTimeout(500); // anything fetched when idle
	await Promise.all(bodies);
	await context.close();
	return weight;
}

export async function weight(context: Context): Promise<Table[]> {
	const site = await sites(context);
	const browser = await launch();
	try {
		const rows: string[][] = [];
		let heaviestQuiz = 0;
		for (const { label, path } of site.pages) {
			context.log(`weight: ${label}`);
			const w = await pageWeight(browser, site.closeReader + path);
			if (label.startsWith('key.json')) {
				rows.push([label, '', '', '', '', kb(w.data)]);
				continue;
			}
			if (label.startsWith('quiz')) heaviestQuiz = Math.max(heaviestQuiz, w.js + w.css);
			rows.push([
				label,
				kb(w.js),
				kb(w.css),
				kb(w.js + w.css),
				String(w.files),
				kb(w.html + w.data)
			]);
		}
		const quizdown = await pageWeight(browser, site.quizdown);
		const sveltekit = await pageWeight(browser, site.sveltekit);
		for (const [label, w] of [
			['quizdown 0.4.1, the same 20 questions', quizdown],
			['minimal SvelteKit page, 1 question', sveltekit]
		] as const) {
			rows.push([
				label,
				kb(w.js),
				kb(w.css),
				kb(w.js + w.css),
				String(w.files),
				kb(w.html + w.data)
			]);
		}
		return [
			{
				title: 'Page weight (gzip -9 of what Chromium loaded)',
				intro:
					'Each page loaded once in a fresh browser context (empty cache) until the network was idle; ' +
					'every response gzipped at level 9 and summed by type. HTML + data: the document, plus ' +
					'any JSON it fetched (the article a quiz page shares with its quizzes is inlined in it).',
				head: ['page', 'JS', 'CSS', 'JS + CSS', 'JS/CSS files', 'HTML + data'],
				rows,
				notes: [
					`Goal: a quiz page loads at most 45 kB of JS + CSS: ${verdict(heaviestQuiz <= 45_000)} (heaviest quiz ${kb(heaviestQuiz)}; ${ratio(heaviestQuiz / (quizdown.js + quizdown.css))} quizdown's, ${ratio(heaviestQuiz / (sveltekit.js + sveltekit.css))} the minimal SvelteKit page's).`
				]
			}
		];
	} finally {
		await browser.close();
	}
}
