/**
 * Page weight: what Chromium actually loads for each page type (every response of a fresh load until
 * the network has been idle), each response gzipped at level 9; JS and CSS against the 76 kB goal
 * for a quiz page (issue #25), and against quizdown's page and the minimal SvelteKit page. What a Close Reader
 * page requests once it has started (it marks `<html data-hydrated>`: the parts it prefetches when
 * idle, such as feedback and results) is counted apart from what it needs to start.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { join } from 'node:path';
import { attribute } from '../lib/attribution.ts';
import { featureWeights } from './features.ts';
import { kb, ratio, verdict, type Table } from '../lib/report.ts';
import { launch, sites } from '../sites.ts';
import type { Context } from '../context.ts';

interface Weight {
	js: number;
	css: number;
	html: number;
	data: number;
	files: number;
	/** JS and CSS requested after the page started (prefetched when idle) */
	later: number;
	laterFiles: number;
	/** the scripts it loaded to start: their paths on the site and gzipped sizes */
	startScripts: { path: string; gzip: number }[];
}

/** Notes, in the page, when the app marks itself started (epoch ms, as Playwright's request timing). */
const startedRecorder = `
	new MutationObserver((_, observer) => {
		if (document.documentElement.dataset.hydrated === undefined) return;
		window.__startedAt = performance.timeOrigin + performance.now();
		observer.disconnect();
	}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-hydrated'] });
`;

type Kind = 'js' | 'css' | 'html' | 'data';

/** Issue #25, goal 4: what the new features may cost a quiz page's start (gzip JS + CSS). */
const START_GOAL = 76_000;

const kind = (contentType: string): Kind | undefined =>
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
	await page.addInitScript(startedRecorder);
	const responses: {
		type: Kind;
		/** CSS written into the document rather than fetched */
		inline?: boolean;
		size: number;
		requestedAt: number;
		url: string;
	}[] = [];
	const bodies: Promise<void>[] = [];
	page.on('response', (response) => {
		bodies.push(
			response.body().then(
				(body) => {
					const type = kind(response.headers()['content-type'] ?? '');
					if (!type) return;
					const requestedAt = response.request().timing().startTime;
					if (type === 'html') {
						// stylesheets written into the document count as CSS, not as HTML
						const html = body.toString('utf8');
						const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(
							(m) => m[1] ?? ''
						);
						if (styles.length > 0) {
							const css = gzipSync(styles.join('\n'), { level: 9 }).length;
							const rest = styles.reduce((text, style) => text.replace(style, ''), html);
							const url = response.url();
							responses.push({ type: 'css', size: css, requestedAt, inline: true, url });
							responses.push({
								type,
								size: gzipSync(rest, { level: 9 }).length,
								requestedAt,
								url
							});
							return;
						}
					}
					const size = gzipSync(body, { level: 9 }).length;
					responses.push({ type, size, requestedAt, url: response.url() });
				},
				() => undefined // a redirect or an aborted request has no body
			)
		);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.waitForTimeout(3500); // anything fetched when idle (requestIdleCallback's timeout is 3 s)
	await page.waitForLoadState('networkidle');
	await Promise.all(bodies);
	const startedAt = await page.evaluate(
		() => (window as unknown as { __startedAt?: number }).__startedAt ?? Infinity
	);
	await context.close();
	const weight: Weight = {
		js: 0,
		css: 0,
		html: 0,
		data: 0,
		files: 0,
		later: 0,
		laterFiles: 0,
		startScripts: []
	};
	for (const { type, size, requestedAt, inline, url } of responses) {
		const code = type === 'js' || type === 'css';
		if (code && requestedAt > startedAt) {
			weight.later += size;
			weight.laterFiles++;
			continue;
		}
		weight[type] += size;
		if (code && !inline) weight.files++;
		if (type === 'js') weight.startScripts.push({ path: new URL(url).pathname, gzip: size });
	}
	return weight;
}

/** A page's row of the weight table. */
const row = (label: string, w: Weight): string[] => [
	label,
	kb(w.js),
	kb(w.css),
	kb(w.js + w.css),
	String(w.files),
	w.laterFiles > 0 ? `${kb(w.later)} (${w.laterFiles} files)` : '',
	kb(w.html + w.data)
];

export async function weight(context: Context): Promise<Table[]> {
	const site = await sites(context);
	const browser = await launch();
	try {
		const rows: string[][] = [];
		let heaviestQuiz = 0;
		let heaviest: { label: string; weight: Weight } | undefined;
		for (const { label, path } of site.pages) {
			context.log(`weight: ${label}`);
			const w = await pageWeight(browser, site.closeReader + path);
			if (label.startsWith('key.json')) {
				rows.push([label, '', '', '', '', '', kb(w.data)]);
				continue;
			}
			if (label.startsWith('quiz') && w.js + w.css > heaviestQuiz) {
				heaviestQuiz = w.js + w.css;
				heaviest = { label, weight: w };
			}
			rows.push(row(label, w));
		}
		const quizdown = await pageWeight(browser, site.quizdown);
		const sveltekit = await pageWeight(browser, site.sveltekit);
		for (const [label, w] of [
			['quizdown 0.4.1, the same 20 questions', quizdown],
			['minimal SvelteKit page, 1 question', sveltekit]
		] as const)
			rows.push(row(label, w));
		const tables: Table[] = [
			{
				title: 'Page weight (gzip -9 of what Chromium loaded)',
				intro:
					'Each page loaded once in a fresh browser context (empty cache) until the network was idle ' +
					'and 3.5 s more; every response gzipped at level 9 and summed by type. JS and CSS: what ' +
					'the page loads to start (requested before it has hydrated). Prefetched when idle: JS and ' +
					'CSS requested after that, which a Close Reader page fetches for use later (feedback, ' +
					'results, the interactive article, selecting sentences). CSS includes the stylesheets ' +
					'written into the document (gzipped together); files counts only fetched ones. ' +
					'HTML + data: the rest of the document, plus ' +
					"any JSON it fetched (a quiz page fetches its article's text, a file the article's quizzes share).",
				head: [
					'page',
					'JS',
					'CSS',
					'JS + CSS',
					'JS/CSS files',
					'prefetched when idle',
					'HTML + data'
				],
				rows,
				notes: [
					`Goal (issue #25): the heaviest quiz page starts with at most ${kb(START_GOAL)} of JS + CSS (76.3 kB at 400db09): ${verdict(heaviestQuiz <= START_GOAL)} (heaviest quiz ${kb(heaviestQuiz)}, ${heaviest?.label ?? ''}; ${ratio(heaviestQuiz / (quizdown.js + quizdown.css))} quizdown's, ${ratio(heaviestQuiz / (sveltekit.js + sveltekit.css))} the minimal SvelteKit page's).`
				]
			}
		];
		if (heaviest) tables.push(whereItGoes(heaviest.label, heaviest.weight, site.closeReaderDir));
		context.log('weight: each feature at first use');
		tables.push(
			await featureWeights(browser, site.closeReader, site.closeReaderDir, {
				quiz: '/north-korea-china/reading-check',
				test: '/north-korea-china/vocabulary'
			})
		);
		return tables;
	} finally {
		await browser.close();
	}
}

/**
 * The heaviest quiz page's start, by where its bytes come from: the framework's share is what no
 * change to Close Reader's own code can remove.
 */
function whereItGoes(label: string, w: Weight, dir: string): Table {
	const parts = attribute(
		w.startScripts.map(({ path, gzip }) => ({ path: join(dir, decodeURIComponent(path)), gzip }))
	);
	const total = w.js + w.css;
	const rows = [...parts]
		.sort((a, b) => b[1] - a[1])
		.map(([part, bytes]) => [part, kb(bytes), `${((100 * bytes) / total).toFixed(0)}%`]);
	rows.push([
		'Close Reader: CSS (written into the page)',
		kb(w.css),
		`${((100 * w.css) / total).toFixed(0)}%`
	]);
	rows.push(['total to start', kb(total), '100%']);
	const framework =
		(parts.get('Svelte runtime') ?? 0) +
		(parts.get('SvelteKit client (and its generated app)') ?? 0);
	const ours =
		[...parts].reduce(
			(sum, [part, bytes]) => (part.startsWith('Close Reader') ? sum + bytes : sum),
			0
		) + w.css;
	return {
		title: `Where a quiz page's starting bytes come from (${label})`,
		intro:
			'Each script the page loaded to start, its gzipped size shared out among the sources its ' +
			'source map names, by the characters each contributes (the site is built with hidden ' +
			'source maps: the same scripts as a plain build).',
		head: ['part', 'gzip', 'share'],
		rows,
		notes: [
			`Svelte's runtime and SvelteKit's client come to ${kb(framework)} before any of Close Reader's code: ` +
				`a ${kb(START_GOAL)} page leaves ${kb(Math.max(0, START_GOAL - framework))} for the quiz page's code, ` +
				`its question types and its CSS, which take ${kb(ours)} here (the rest is other packages ` +
				`and glue no source map accounts for).`
		]
	};
}
