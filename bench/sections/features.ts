/**
 * What each feature a quiz page loads on first use weighs when a student first uses it (issue #25,
 * goal 4: none of it in the page's start, and each one's weight in the bench). Each feature in a
 * fresh browser context: the page loaded and left idle (so what it prefetches when idle is there
 * already), then the feature used, and every JS and CSS response from then until the network is
 * idle gzipped at level 9. The class view is in the teacher view, which the bench's site does not
 * build (TEACHER_VIEW=1 only): its code's share of the client build's scripts, by source map.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { charactersBySource } from '../lib/attribution.ts';
import { kb, type Table } from '../lib/report.ts';

interface Feature {
	label: string;
	path: string;
	/** the feature's own sources, as the source maps name them */
	sources: RegExp;
	/** uses the feature; resolves when the page shows it */
	use(page: Page): Promise<void>;
}

const clickAndSee = async (page: Page, button: string, shown: string) => {
	await page.getByRole('button', { name: button, exact: true }).first().click();
	await page.locator(shown).first().waitFor({ state: 'visible' });
};

/** A test quiz submitted unanswered: its results. */
async function submitUnanswered(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Submit', exact: true }).click();
	await page.getByRole('button', { name: 'Submit anyway', exact: true }).click();
	await page.getByRole('region', { name: 'Results' }).waitFor({ state: 'visible' });
}

const FEATURES = (quiz: string, test: string): Feature[] => [
	{
		label: 'read aloud (its controls and the reader)',
		path: quiz,
		sources:
			/src\/lib\/(components\/reading\/(ReadAloudPanel|read-aloud|passages)|reading\/(read-aloud|voices))/,
		use: (page) => clickAndSee(page, 'Read aloud', '#read-aloud')
	},
	{
		label: 'text settings',
		path: quiz,
		sources:
			/src\/lib\/(components\/reading\/(TextSettings|persisted)|reading\/text-settings|text-settings)/,
		use: (page) => clickAndSee(page, 'Text', '#text-settings')
	},
	{
		label: 'results (a test submitted)',
		path: test,
		sources: /src\/lib\/components\/quiz\/(Results|ResultsReport|ResultsSummary|report)\b/,
		use: submitUnanswered
	},
	{
		label: 'hand in (on the results)',
		path: test,
		sources: /src\/lib\/(components\/class\/(HandIn|words)|class\/(handed-in|remembered-name))/,
		use: async (page) => {
			await submitUnanswered(page);
			await page.waitForLoadState('networkidle');
			await clickAndSee(page, 'Hand in my results', '#hand-in-title');
		}
	}
];

const isCode = (contentType: string) => /javascript|css/.test(contentType);

/** The JS and CSS (gzip -9) a page fetches while `feature` is first used, once it has been idle. */
async function firstUse(browser: Browser, origin: string, feature: Feature) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	await page.goto(origin + feature.path, { waitUntil: 'networkidle' });
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.waitForTimeout(3500); // what the page prefetches when idle (requestIdleCallback's 3 s)
	await page.waitForLoadState('networkidle');
	const sizes: Promise<number>[] = [];
	let recording = false;
	page.on('response', (response) => {
		if (recording && isCode(response.headers()['content-type'] ?? ''))
			sizes.push(
				response.body().then(
					(body) => gzipSync(body, { level: 9 }).length,
					() => 0
				)
			);
	});
	recording = true;
	await feature.use(page);
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(500);
	recording = false;
	const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
	await context.close();
	return { bytes, files: sizes.length };
}

/** Sources of the class view (the teacher view's "Class results"), as the source maps name them. */
const CLASS_VIEW =
	/src\/lib\/(components\/class\/(ClassTable|ClassView|EvidenceHeat|QuestionFigures)|class\/(class-results|class-table|picked-files))/;

/** The share of the client build's scripts (gzip -9 shared out by source map) from `sources`. */
function codeBytes(site: string, sources: RegExp): number {
	const dir = join(site, '_app', 'immutable');
	let total = 0;
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
		const file = join(entry.parentPath, entry.name);
		if (!existsSync(`${file}.map`)) continue;
		const code = readFileSync(file, 'utf8');
		const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as {
			sources: string[];
			mappings: string;
		};
		const bySource = charactersBySource(code, map);
		const mapped = [...bySource.values()].reduce((sum, n) => sum + n, 0);
		const ours = [...bySource].reduce(
			(sum, [source, n]) => (sources.test(source) ? sum + n : sum),
			0
		);
		if (ours > 0) total += (gzipSync(code, { level: 9 }).length * ours) / mapped;
	}
	return total;
}

/** The table of each feature's weight at first use, on the site served at `origin` from `site`. */
export async function featureWeights(
	browser: Browser,
	origin: string,
	site: string,
	pages: { quiz: string; test: string }
): Promise<Table> {
	const rows: string[][] = [];
	for (const feature of FEATURES(pages.quiz, pages.test)) {
		const { bytes, files } = await firstUse(browser, origin, feature);
		rows.push([
			feature.label,
			feature.path,
			kb(codeBytes(site, feature.sources)),
			`${kb(bytes)} (${files} files)`
		]);
	}
	rows.push([
		'class view (in the teacher view)',
		'(not built here)',
		kb(codeBytes(site, CLASS_VIEW)),
		''
	]);
	return {
		title: "Each feature's weight when first used",
		intro:
			"Its code: the feature's own sources' share of the site's scripts (each script gzipped at " +
			"level 9 and shared out by its source map; none of it is in a quiz page's start). At first " +
			'use: in a fresh browser context (empty cache), the page loaded and left idle for 3.5 s ' +
			'(what it prefetches when idle, feedback and the results with Hand in, is there by then), ' +
			'then the feature used, and every JS and CSS response until the network was idle again ' +
			'gzipped at level 9: what a student waits for. The class view is in the teacher view, which ' +
			'only a TEACHER_VIEW=1 build has (the bench builds none).',
		head: ['feature', 'page', 'its code (gzip)', 'fetched at first use, after the idle prefetch'],
		rows
	};
}
