/**
 * axe-core (WCAG 2.1 A/AA) on every kind of page, before and after submitting, in light and dark
 * schemes and with the article in selection mode; and no horizontal scrolling on a 360-px phone.
 */
import { expect, test, type Page } from '@playwright/test';
import {
	emulateColorScheme,
	expectNoAxeViolations,
	expectNoHorizontalScroll,
	gotoHydrated
} from './helpers.ts';
import {
	answerAll,
	answerQuestion,
	card,
	loadKeys,
	questionIds,
	resultsTotal,
	selectSentences,
	selectionBar,
	submit,
	type Keys
} from './quiz.ts';
import { FIXTURE_ARTICLE } from '../fixtures/content.ts';

const ARTICLE = FIXTURE_ARTICLE;

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`${scheme} scheme`, () => {
		test.beforeEach(async ({ page }) => {
			await emulateColorScheme(page, scheme);
		});

		test('library and article pages have no axe violations', async ({ page }) => {
			await gotoHydrated(page, '/');
			await expectNoAxeViolations(page, `the library (${scheme})`);
			await gotoHydrated(page, `/${ARTICLE}`);
			await expectNoAxeViolations(page, `the article page (${scheme})`);
		});

		for (const quiz of ['reading-check', 'vocabulary']) {
			test(`${quiz}: no axe violations before and after submitting`, async ({ page }) => {
				// answers every question of the quiz and runs axe three times: minutes on a busy machine
				test.setTimeout(180_000);
				await gotoHydrated(page, `/${ARTICLE}/${quiz}`);
				await expectNoAxeViolations(page, `${quiz}, unanswered (${scheme})`);
				const keys = await loadKeys(page, ARTICLE, quiz);
				// half right, half wrong: every kind of feedback mark on the page
				await answerMixed(page, keys, quiz === 'reading-check');
				await expectNoAxeViolations(page, `${quiz}, answered (${scheme})`);
				await submit(page, 'mouse');
				await expect(resultsTotal(page)).toBeVisible();
				await expectNoAxeViolations(page, `${quiz}, results (${scheme})`);
			});
		}

		test('the article in selection mode has no axe violations', async ({ page }) => {
			await gotoHydrated(page, `/${ARTICLE}/reading-check`);
			const keys = await loadKeys(page, ARTICLE, 'reading-check');
			const id = Object.keys(keys).find((candidate) => keys[candidate]!.type === 'highlight')!;
			await card(page, id).getByRole('button', { name: 'Select in article' }).click();
			await page
				.locator(`#article [data-sentence="${keys[id]!.evidenceSentences[0]}"][role="checkbox"]`)
				.click();
			await expect(page.getByRole('region', { name: 'Selecting sentences' })).toBeVisible();
			await expectNoAxeViolations(page, `the article in selection mode (${scheme})`);
			// and reviewing a checked selection (the marks in the article)
			await selectionBar(page).getByRole('button', { name: 'Done selecting' }).click();
			await card(page, id).getByRole('button', { name: 'Check', exact: true }).click();
			await card(page, id).getByRole('button', { name: 'Show in article' }).click();
			await expect(page.locator('#article [data-review]').first()).toBeVisible();
			await expectNoAxeViolations(page, `the article reviewing a selection (${scheme})`);
		});
	});
}

async function answerMixed(page: Page, keys: Keys, check: boolean): Promise<void> {
	const ids = await questionIds(page);
	for (const [i, id] of ids.entries()) {
		await answerQuestion(page, id, keys[id]!, i % 2 === 0 ? 'right' : 'wrong', 'mouse');
		if (check) await card(page, id).getByRole('button', { name: 'Check', exact: true }).click();
	}
}

test.describe('a 360-px-wide phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

	test('no page scrolls sideways, before or after answering', async ({ page }) => {
		// answers three quizzes whole on a phone-sized page: minutes on a busy machine
		test.setTimeout(180_000);
		await gotoHydrated(page, '/');
		await expectNoHorizontalScroll(page, 'library');
		await gotoHydrated(page, `/${ARTICLE}`);
		await expectNoHorizontalScroll(page, 'article page');
		for (const quiz of ['reading-check', 'vocabulary', 'selection-test']) {
			await gotoHydrated(page, `/${ARTICLE}/${quiz}`);
			await expectNoHorizontalScroll(page, `${quiz}, unanswered`);
			const keys = await loadKeys(page, ARTICLE, quiz);
			await answerAll(page, keys, 'wrong', 'mouse', { check: quiz === 'reading-check' });
			await expectNoHorizontalScroll(page, `${quiz}, answered`);
			await submit(page, 'mouse');
			await expect(resultsTotal(page)).toBeVisible();
			await expectNoHorizontalScroll(page, `${quiz}, results`);
		}
	});

	test('selection mode does not scroll sideways', async ({ page }) => {
		await gotoHydrated(page, `/${ARTICLE}/reading-check`);
		const keys = await loadKeys(page, ARTICLE, 'reading-check');
		const id = Object.keys(keys).find((candidate) => keys[candidate]!.type === 'highlight')!;
		await card(page, id).getByRole('button', { name: 'Select in article' }).click();
		await expect(page.getByRole('region', { name: 'Selecting sentences' })).toBeVisible();
		await expectNoHorizontalScroll(page, 'selection mode');
		await expectNoAxeViolations(page, 'selection mode on a phone');
		// finish by selecting the evidence, then carry on: the driver works on a phone too
		await selectionBar(page).getByRole('button', { name: 'Done selecting' }).click();
		await selectSentences(page, id, 'response', keys[id]!.evidenceSentences, 'mouse');
	});
});
