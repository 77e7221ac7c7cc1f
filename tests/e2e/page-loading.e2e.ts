/**
 * What a page is before its scripts run, and what it loads later (issue 11): the article is the
 * page's own HTML, styled from the start and hydrated in place the first time it highlights a
 * citation; feedback arrives when a student checks, however soon after the page opened; every
 * script a quiz needs to start, its first cards' question types' components included, is named in
 * its HTML; every page has its meta description.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { QuizPageData } from '../../src/lib/quiz/types.ts';
import type { Article } from '../../src/lib/text/article.ts';
import { gotoHydrated, waitForHydration } from './helpers.ts';
import { answerQuestion, card, checkQuestion, loadKeys, questionIds } from './quiz.ts';
import { FIXTURE_ARTICLE } from '../fixtures/content.ts';

const ARTICLE = FIXTURE_ARTICLE;
const QUIZ = 'reading-check';
const path = `/${ARTICLE}/${QUIZ}`;
/** a quiz whose first card is two-part (Part A, then the sentences that support it) */
const TWO_PART_FIRST = 'tide-pools/two-part';

test('without scripts, the quiz page shows the whole article, numbered, beside the questions', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(path);
	const article = (await (await page.request.get(`/${ARTICLE}/article.json`)).json()) as Article;
	await expect(page.locator('#article').getByRole('heading', { level: 2 })).toHaveText(
		article.title
	);
	const count = article.blocks.filter((block) => block.kind === 'paragraph').length;
	const paragraphs = page.locator('#article [data-paragraph]');
	await expect(paragraphs).toHaveCount(count);
	await expect(paragraphs.last()).toContainText(`¶${count}`);
	await expect(page.locator('[data-question]').first()).toBeVisible();
	// styled as the article itself is (Article.svelte), not as plain text: the ¶ numbers small,
	// muted and left out of a copied passage
	const number = await paragraphs
		.first()
		.locator('.number')
		.evaluate((element) => {
			const style = getComputedStyle(element);
			const text = getComputedStyle(element.parentElement!);
			return {
				smaller: parseFloat(style.fontSize) < parseFloat(text.fontSize),
				muted: style.color !== text.color,
				userSelect: style.userSelect
			};
		});
	expect(number).toEqual({ smaller: true, muted: true, userSelect: 'none' });
	await context.close();
});

test('the article is hydrated in place: a citation highlights the very paragraph the page opened with', async ({
	page
}) => {
	await gotoHydrated(page, path);
	const keys = await loadKeys(page, ARTICLE, QUIZ);
	const ids = await questionIds(page);
	const id = ids.find((candidate) => keys[candidate]!.type === 'single')!;
	const key = keys[id]!;
	const citation = key.citations[0]!;
	const paragraph = await page
		.locator(`#article [data-paragraph="${citation.paragraph}"]`)
		.elementHandle();
	const placeInArticle = () => paragraph!.evaluate((element) => (element as HTMLElement).offsetTop);
	const placeBefore = await placeInArticle();

	await answerQuestion(page, id, key, 'right', 'mouse');
	await checkQuestion(page, id, 'mouse');
	await card(page, id)
		.getByRole('button', { name: new RegExp(`^¶${citation.paragraph}\\b`) })
		.first()
		.click();

	const marks = page.locator(`#article [data-paragraph="${citation.paragraph}"] mark`);
	await expect(marks.first()).toBeVisible();
	expect((await marks.allTextContents()).join('')).toBe(citation.quote);
	// the element the page was served with, not a copy rendered over it (a copy would lose a
	// reader's text selection, and scroll)
	expect(await paragraph!.evaluate((element) => element.isConnected)).toBe(true);
	expect(await paragraph!.evaluate((element) => element.querySelector('mark') !== null)).toBe(true);
	// and the article did not move: the page had its styles before the article's script came
	expect(await placeInArticle()).toBe(placeBefore);
});

test("a quiz page holds no copy of its data or its article's text: it fetches each file once, preloaded", async ({
	page
}) => {
	const fetched: string[] = [];
	page.on('request', (request) => {
		if (/\/(article|quiz|__data)\.json$/.test(request.url())) fetched.push(request.url());
	});
	const response = await page.goto(path);
	const html = await response!.text();
	const article = (await (await page.request.get(`/${ARTICLE}/article.json`)).json()) as Article;
	const { quiz } = (await (await page.request.get(`${path}/quiz.json`)).json()) as QuizPageData;
	// the static article and the cards are in the page; no response a load fetched is written in
	expect(html).toContain(article.title);
	expect(html).toContain(quiz.title);
	expect(html).not.toContain('data-sveltekit-fetched');
	await waitForHydration(page);
	await expect(page.locator('#article [data-paragraph]').first()).toBeVisible();
	// each preload and the page's own fetch are one request
	const origin = new URL(page.url()).origin;
	expect(fetched.sort()).toEqual([
		`${origin}/${ARTICLE}/article.json`,
		`${origin}${path}/quiz.json`
	]);
	// and the data is on the host once: the build wrote no __data.json beside the page's own file
	expect(existsSync(join('build', `${path}/__data.json`))).toBe(false);
	expect(existsSync(join('build', `${path}/quiz.json`))).toBe(true);
});

test('a question checked the moment the page is ready shows its feedback', async ({ page }) => {
	// Feedback's code is fetched when the page is idle or on first use: first use wins here
	await page.goto(path, { waitUntil: 'commit' });
	await waitForHydration(page);
	const keys = await loadKeys(page, ARTICLE, QUIZ);
	const [id] = await questionIds(page);
	await answerQuestion(page, id!, keys[id!]!, 'right', 'mouse');
	await checkQuestion(page, id!, 'mouse');
	const feedback = card(page, id!).locator('.feedback');
	await expect(feedback).toHaveAttribute('data-verdict', 'correct');
	await expect(feedback.locator('.explanation')).not.toBeEmpty();
	await expect(feedback).toBeFocused();
});

/** Notes the moment each page is ready (hydrated): what it fetches later (idle prefetches) is not its start. */
async function noteWhenReady(page: Page): Promise<void> {
	await page.addInitScript(() => {
		new MutationObserver((_, observer) => {
			if (document.documentElement.dataset.hydrated !== 'true') return;
			(window as unknown as { readyAt: number }).readyAt = performance.now();
			observer.disconnect();
		}).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-hydrated'] });
	});
}

/**
 * The files ending in `extension` that the page requested before it was ready (`noteWhenReady`),
 * but the site's error page's (nodes/1 and its stylesheet), which SvelteKit fetches as it starts,
 * for later use.
 */
async function requestedToStart(page: Page, extension: string): Promise<string[]> {
	const requested = await page.evaluate(
		(extension) =>
			performance
				.getEntriesByType('resource')
				.filter(
					(entry) =>
						entry.name.endsWith(extension) &&
						entry.startTime < (window as unknown as { readyAt: number }).readyAt
				)
				.map((entry) => entry.name),
		extension
	);
	return requested.filter((url) => !/\/_app\/immutable\/(nodes|assets)\/1\.[^/]+$/.test(url));
}

/** The quizzes whose start the tests below read; the last one's first card is two-part. */
const STARTING_QUIZZES = [`${ARTICLE}/reading-check`, `${ARTICLE}/typed-answers`, TWO_PART_FIRST];

test("every script a quiz needs to start is named in its HTML, its first cards' types' components too", async ({
	page
}) => {
	await noteWhenReady(page);
	// the last quiz's start has Part B's component too
	for (const quiz of STARTING_QUIZZES) {
		await gotoHydrated(page, `/${quiz}`);
		const needed = await requestedToStart(page, '.js');
		// as the HTML names them (the page adds links of its own as it runs)
		const html = await (await page.request.get(`/${quiz}`)).text();
		const preloaded = [...html.matchAll(/<link href="([^"]+)" rel="modulepreload">/g)].map(
			(match) => new URL(match[1]!, page.url()).href
		);
		expect(needed.length, quiz).toBeGreaterThan(preloaded.length / 2);
		expect(
			needed.filter((url) => !preloaded.includes(url)),
			quiz
		).toEqual([]);
	}
});

test('every stylesheet a quiz page starts with is written into its HTML: its cards do not move as it starts', async ({
	page
}) => {
	// a stylesheet fetched while the page starts is CSS the first paint went without
	await noteWhenReady(page);
	for (const quiz of STARTING_QUIZZES) {
		await gotoHydrated(page, `/${quiz}`);
		expect(await requestedToStart(page, '.css'), quiz).toEqual([]);
	}
});

test('Part B loads with the cards that need it: drawn by the server, live at once, absent elsewhere', async ({
	page
}) => {
	// Part B's heading is in its own script, which a quiz with no two-part card never fetches
	const fetchedPartB = async () => {
		const scripts = await page.evaluate(() =>
			performance
				.getEntriesByType('resource')
				.map((entry) => entry.name)
				.filter((url) => url.endsWith('.js'))
		);
		const texts = await Promise.all(
			scripts.map(async (url) => (await page.request.get(url)).text())
		);
		return texts.some((text) => text.includes('<strong>Part B.</strong>'));
	};
	await gotoHydrated(page, `/${ARTICLE}/vocabulary`);
	const keys = await loadKeys(page, ARTICLE, 'vocabulary');
	const [id] = await questionIds(page);
	await answerQuestion(page, id!, keys[id!]!, 'right', 'mouse');
	await page.waitForLoadState('networkidle');
	expect(await fetchedPartB()).toBe(false);

	const html = await (await page.request.get(`/${TWO_PART_FIRST}`)).text();
	expect(html).toContain('<strong>Part B.</strong>');
	await gotoHydrated(page, `/${TWO_PART_FIRST}`);
	expect(await fetchedPartB()).toBe(true);
	const first = card(page, 'why-salty');
	await expect(first.getByRole('group', { name: /^Part B\./ })).toBeVisible();
	await first.getByRole('button', { name: 'Select in article' }).click();
	const sentence = page
		.locator('#article [data-sentence][role="checkbox"]')
		.filter({ hasText: 'grows salty as it dries' });
	await sentence.click();
	await expect(sentence).toHaveAttribute('aria-checked', 'true');
	await page
		.getByRole('region', { name: 'Selecting sentences' })
		.getByRole('button', { name: 'Done selecting' })
		.click();
	await expect(first.getByText('grows salty as it dries')).toBeVisible();
});

test('every page has a meta description of its own', async ({ page }) => {
	const descriptions = new Map<string, string>();
	for (const url of ['/', `/${ARTICLE}`, path, `/${ARTICLE}/vocabulary`]) {
		await page.goto(url);
		const description = await page.locator('meta[name="description"]').getAttribute('content');
		expect(description?.trim(), url).toBeTruthy();
		descriptions.set(url, description!);
	}
	expect(new Set(descriptions.values()).size).toBe(descriptions.size);
	const article = (await (await page.request.get(`/${ARTICLE}/article.json`)).json()) as Article;
	expect(descriptions.get(`/${ARTICLE}`)).toContain(article.title);
});
