/**
 * The library and the article's page show the student's progress in each quiz, from this browser
 * (#21, item 10): not started, "2 of N answered" after answering two questions, a submitted test's
 * score and whether it passed, and "Retaking" once it is retaken. Shown once the page is idle (its
 * code loads then, after the start), on a line kept for it (nothing moves), and axe finds nothing.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
	expectNoAxeViolations,
	expectNoHorizontalScroll,
	gotoHydrated,
	waitForHydration
} from './helpers.ts';
import { answerQuestion, loadKeys, questionIds, resultsTotal, submit, type Keys } from './quiz.ts';
import { FIXTURE_ARTICLE } from '../fixtures/content.ts';
import { progressKey } from '../../src/lib/state/storage.ts';

const ARTICLE = FIXTURE_ARTICLE;

/** The library's (or the article page's) list item of the quiz called `title`. */
function listed(page: Page, title: string): Locator {
	// the link's own item, not the article's that holds the list
	return page.getByRole('link', { name: title, exact: true }).locator('xpath=ancestor::li[1]');
}

/** Counts layout shifts from the page's start (Chromium's layout-shift entries), for `layoutShift`. */
async function watchLayoutShift(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const seen = { total: 0 };
		(window as unknown as { layoutShift: typeof seen }).layoutShift = seen;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries())
				seen.total += (entry as unknown as { value: number }).value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

/** The layout shift of the page since it loaded, summed. */
async function layoutShift(page: Page): Promise<number> {
	return page.evaluate(
		() => (window as unknown as { layoutShift: { total: number } }).layoutShift.total
	);
}

/** The breadcrumb's way back to the library. */
function toLibrary(page: Page): Locator {
	return page
		.getByRole('navigation', { name: 'Breadcrumb' })
		.getByRole('link', { name: 'All articles' });
}

async function answerSome(page: Page, keys: Keys, right: number, wrong = 0): Promise<number> {
	const ids = await questionIds(page);
	for (const [index, id] of ids.slice(0, right + wrong).entries())
		await answerQuestion(page, id, keys[id]!, index < right ? 'right' : 'wrong', 'mouse');
	return ids.length;
}

test('each quiz shows where the student is: not started, n of N answered, a test’s score', async ({
	page
}) => {
	const practiceKeys = await loadKeys(page, ARTICLE, 'reading-check');
	const testKeys = await loadKeys(page, ARTICLE, 'vocabulary');
	await watchLayoutShift(page);

	await gotoHydrated(page, '/');
	await expect(listed(page, 'Reading check')).toContainText('Not started');
	await expect(listed(page, 'Vocabulary in context')).toContainText('Not started');
	// the line was there, empty, before it was known: nothing moved when it was filled
	expect(await layoutShift(page)).toBeLessThan(0.001);

	await listed(page, 'Reading check').getByRole('link', { name: 'Reading check' }).click();
	await waitForHydration(page);
	await expect(page.locator('[data-question]').first()).toBeVisible();
	const practiceTotal = await answerSome(page, practiceKeys, 2);
	await toLibrary(page).click();
	await expect(listed(page, 'Reading check')).toContainText(`2 of ${practiceTotal} answered`);

	await gotoHydrated(page, `/${ARTICLE}/vocabulary`);
	const testTotal = await answerSome(page, testKeys, 1, 100);
	expect(testTotal).toBeGreaterThan(2);
	await submit(page, 'mouse');
	// "N / M points (P%)": the library shows the points
	const score = (await resultsTotal(page).innerText()).trim().replace(/ \(.*\)$/, '');
	await toLibrary(page).click();
	await expect(listed(page, 'Vocabulary in context')).toContainText(`${score} · Not yet passed`);
	await expectNoAxeViolations(page, 'the library with progress');

	// the article's page says the same, loaded afresh
	await gotoHydrated(page, `/${ARTICLE}`);
	await expect(listed(page, 'Reading check')).toContainText(`2 of ${practiceTotal} answered`);
	await expect(listed(page, 'Vocabulary in context')).toContainText(score);
	expect(await layoutShift(page)).toBeLessThan(0.001);
	await expectNoAxeViolations(page, 'the article page with progress');

	// "Retry incorrect": the recorded score stands, and the line says a retake is under way
	await gotoHydrated(page, `/${ARTICLE}/vocabulary`);
	await page
		.getByRole('region', { name: 'Results' })
		.getByRole('button', { name: 'Retry incorrect' })
		.click();
	await expect(page.getByRole('heading', { name: 'Results' })).toHaveCount(0);
	await toLibrary(page).click();
	await expect(listed(page, 'Vocabulary in context')).toContainText(
		`${score} · Not yet passed · Retaking`
	);
});

test.describe('on a 320-px-wide phone', () => {
	test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });

	test('a test’s score fits its line, whole, and nothing moves when it appears', async ({
		page
	}) => {
		const keys = await loadKeys(page, ARTICLE, 'vocabulary');
		await gotoHydrated(page, `/${ARTICLE}/vocabulary`);
		await answerSome(page, keys, 1, 100);
		await submit(page, 'mouse');
		await expect(resultsTotal(page)).toBeVisible();

		await watchLayoutShift(page);
		for (const path of ['/', `/${ARTICLE}`]) {
			await gotoHydrated(page, path);
			const line = listed(page, 'Vocabulary in context').locator('[data-progress]');
			await expect(line).toContainText('Not yet passed');
			// its words whole on the line kept for them, not cut short
			const fits = await line.evaluate(
				(element) => element.parentElement!.scrollWidth <= element.parentElement!.clientWidth
			);
			expect(fits, `${path}: the words fit`).toBe(true);
			expect(await layoutShift(page), path).toBeLessThan(0.001);
			await expectNoHorizontalScroll(page, `${path} with progress`);
		}
	});
});

test('a corrupt saved attempt shows "Not started", never an error', async ({ page }) => {
	await page.addInitScript(
		(key) => localStorage.setItem(key, '{"format":1,"seed":'),
		progressKey(ARTICLE, 'reading-check')
	);
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await gotoHydrated(page, '/');
	await expect(listed(page, 'Reading check')).toContainText('Not started');
	expect(errors).toEqual([]);
});
