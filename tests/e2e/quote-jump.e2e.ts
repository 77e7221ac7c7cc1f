/**
 * Back after a quote jump (issue #21, item 7), on a 390×844 phone and a 1366×768 laptop: once a
 * "¶N …" citation has been tapped, the browser's Back, or the "Back to question N" button shown
 * beside the article, returns to the question that held it, in view and focused, and the page
 * stays the quiz; axe finds nothing wrong while the button is shown.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, gotoHydrated } from './helpers.ts';
import { answerQuestion, card, checkQuestion, loadKeys, questionIds } from './quiz.ts';
import { FIXTURE_ARTICLE } from '../fixtures/content.ts';

const QUIZ = 'reading-check';
const path = `/${FIXTURE_ARTICLE}/${QUIZ}`;

const sizes = {
	phone: { width: 390, height: 844 },
	laptop: { width: 1366, height: 768 }
} as const;

/**
 * Checks the last single-choice question (far below the article on a phone) and taps its first
 * citation: the quote is in view. Returns the question, its number and the way back.
 */
async function jumpToQuote(page: Page) {
	await gotoHydrated(page, path);
	const keys = await loadKeys(page, FIXTURE_ARTICLE, QUIZ);
	const ids = await questionIds(page);
	const id = ids.findLast((candidate) => keys[candidate]!.type === 'single')!;
	const number = ids.indexOf(id) + 1;
	const citation = keys[id]!.citations[0]!;
	await answerQuestion(page, id, keys[id]!, 'right', 'mouse');
	await checkQuestion(page, id, 'mouse');
	await card(page, id)
		.getByRole('button', { name: new RegExp(`^¶${citation.paragraph}\\b`) })
		.first()
		.click();
	await expect(page.locator('#article mark').first()).toBeInViewport();
	const back = page.getByRole('button', { name: `Back to question ${number}` });
	await expect(back).toBeInViewport();
	await expect(page.locator('[aria-live="polite"]').last()).toHaveText(
		`¶${citation.paragraph} is highlighted in the article. Back to question ${number} returns to the question.`
	);
	return { question: card(page, id), back };
}

for (const [device, viewport] of Object.entries(sizes)) {
	test.describe(`on a ${device}`, () => {
		test.use({ viewport, isMobile: device === 'phone', hasTouch: device === 'phone' });

		test("the browser's Back returns to the question, focused", async ({ page }) => {
			const { question, back } = await jumpToQuote(page);
			// on a phone the question is out of view, above it the article
			if (device === 'phone') await expect(question).not.toBeInViewport();
			await page.goBack();
			await expect(page).toHaveURL(new RegExp(`${path}$`));
			await expect(question).toBeFocused();
			await expect(question).toBeInViewport();
			await expect(back).toHaveCount(0);
		});

		test('"Back to question N" returns to the question, focused; axe finds nothing', async ({
			page
		}) => {
			const { question, back } = await jumpToQuote(page);
			await expectNoAxeViolations(page, `a quote jump with its way back (${device})`);
			// by keyboard: it is a button like any other
			await back.press('Enter');
			await expect(question).toBeFocused();
			await expect(question).toBeInViewport();
			await expect(back).toHaveCount(0);
			await expect(page).toHaveURL(new RegExp(`${path}$`));
		});
	});
}
