/**
 * The Content Security Policy (svelte.config.js): every page type carries a strict policy, runs
 * with zero `securitypolicyviolation` events, and still works — the service worker registers, test
 * mode fetches its key, the results show, and print emulation renders them. One entry per page type
 * in PAGES. The teacher view exists only in a TEACHER_VIEW=1 build: builds.e2e.ts checks it there.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectStrictPolicy, watchViolations } from './csp.ts';
import { gotoHydrated } from './helpers.ts';
import {
	answerAll,
	checkQuestion,
	answerQuestion,
	loadKeys,
	parseTotal,
	questionIds,
	resultsTotal,
	submit
} from './quiz.ts';
import { FIXTURE_ARTICLE } from '../fixtures/content.ts';

test.use({ serviceWorkers: 'allow' });

const ARTICLE = FIXTURE_ARTICLE;

interface PageType {
	name: string;
	path: string;
	/** Uses the page as a student would and checks that it works. */
	use(page: Page): Promise<void>;
}

const PAGES: PageType[] = [
	{
		name: 'library',
		path: '/',
		async use(page) {
			await expect(page.getByRole('heading', { name: 'Close Reader', level: 1 })).toBeVisible();
			await page.getByRole('link', { name: /Kettle Bay votes/ }).click();
			await expect(page.getByRole('link', { name: 'All articles' })).toBeVisible();
		}
	},
	{
		name: 'article',
		path: `/${ARTICLE}`,
		async use(page) {
			await expect(page.locator('h1')).toContainText('Kettle Bay votes');
			await expect(page.locator('article p').first()).toBeVisible();
		}
	},
	{
		name: 'practice quiz',
		path: `/${ARTICLE}/reading-check`,
		async use(page) {
			const keys = await loadKeys(page, ARTICLE, 'reading-check');
			const [first] = await questionIds(page);
			await answerQuestion(page, first!, keys[first!]!, 'right', 'mouse');
			await checkQuestion(page, first!, 'mouse');
			await expect(page.locator(`[data-question="${first}"] .feedback`)).toHaveAttribute(
				'data-verdict',
				'correct'
			);
			// a citation highlights the quoted words in the article
			await page.locator(`[data-question="${first}"] .feedback button.citation`).first().click();
			await expect(page.locator('article mark').first()).toBeVisible();
		}
	},
	{
		name: 'test quiz, its key fetched, the results and their print',
		path: `/${ARTICLE}/vocabulary`,
		async use(page) {
			const keys = await loadKeys(page, ARTICLE, 'vocabulary');
			const keyResponse = page.waitForResponse((response) => response.url().endsWith('/key.json'));
			await answerAll(page, keys, 'right', 'mouse', { check: false });
			await submit(page, 'mouse');
			expect((await keyResponse).ok()).toBe(true);
			await expect(page.getByRole('heading', { name: 'Results' })).toBeFocused();
			expect(parseTotal(await resultsTotal(page).innerText()).percent).toBe(100);
			await page.emulateMedia({ media: 'print' });
			await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();
			const pdf = await page.pdf({ format: 'A4' });
			expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
			await page.emulateMedia({ media: 'screen' });
		}
	}
];

for (const type of PAGES) {
	test(`${type.name}: a strict policy, no violation, and the page works`, async ({ page }) => {
		const violations = await watchViolations(page);
		await gotoHydrated(page, type.path);
		await expectStrictPolicy(page);
		// the service worker registered under the policy
		await page.evaluate(() => navigator.serviceWorker.ready);
		await type.use(page);
		expect(await violations()).toEqual([]);
	});
}

test('(control) the watch sees a violation when an inline script is added', async ({ page }) => {
	const violations = await watchViolations(page);
	await gotoHydrated(page, '/');
	await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'window.ran = true';
		document.body.append(script);
	});
	await expect
		.poll(async () =>
			(await violations()).some((v) => /^script-src(-elem)? blocked inline/.test(v))
		)
		.toBe(true);
	expect(await page.evaluate(() => 'ran' in window)).toBe(false);
});
