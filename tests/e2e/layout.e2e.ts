/**
 * Tidier on a phone (and right on a laptop): order items on one row, match labels not squeezed,
 * Hint beside Check, a stale citation cleared, typographic quotes in explanations, two columns from
 * 48rem, "Part A.", a two-part question's sentence shown once, the article page's quizzes at the top,
 * unanswered blanks that say so, and the Results heading at the top of the view after Submit.
 */
import { expect, test, type Locator } from '@playwright/test';
import { gotoHydrated, viewports } from './helpers.ts';
import {
	answerQuestion,
	card,
	checkQuestion,
	loadKeys,
	questionIds,
	selectSentences,
	submit
} from './quiz.ts';
import { FIXTURE_ARTICLE } from '../fixtures/content.ts';

const ARTICLE = FIXTURE_ARTICLE;
const QUIZ = 'reading-check';
const path = `/${ARTICLE}/${QUIZ}`;
const SHOTS = process.env.SHOTS_DIR;

async function box(locator: Locator) {
	const found = await locator.boundingBox();
	if (!found) throw new Error(`${locator} has no box`);
	return found;
}

/** Whether two boxes share a horizontal band: side by side on one row. */
async function onOneRow(a: Locator, b: Locator): Promise<boolean> {
	const [first, second] = [await box(a), await box(b)];
	return first.y < second.y + second.height && second.y < first.y + first.height;
}

for (const [device, viewport] of Object.entries(viewports)) {
	test.describe(`on a ${device}`, () => {
		test.use({ viewport, isMobile: device === 'phone', hasTouch: device === 'phone' });

		test('order items: text and Move buttons on one row', async ({ page }) => {
			await gotoHydrated(page, path);
			const order = page.locator('[data-type="order"]').first();
			const rows = order.locator('ol.items > li');
			for (let i = 0; i < (await rows.count()); i++) {
				const row = rows.nth(i);
				expect(await onOneRow(row.locator('.text'), row.locator('.moves')), `row ${i + 1}`).toBe(
					true
				);
			}
			if (SHOTS) await order.screenshot({ path: `${SHOTS}/${device}-order.png` });
		});

		test('Hint and Check sit side by side', async ({ page }) => {
			await gotoHydrated(page, path);
			const withHint = page
				.locator('[data-question]')
				.filter({ has: page.getByRole('button', { name: 'Hint' }) })
				.first();
			const check = withHint.getByRole('button', { name: 'Check', exact: true });
			const hint = withHint.getByRole('button', { name: 'Hint' });
			expect(await onOneRow(check, hint)).toBe(true);
			await hint.click();
			await expect(withHint.locator('.hint')).toBeVisible();
			expect(await onOneRow(check, hint)).toBe(true);
		});

		test('an old citation highlight clears when the student moves to another question', async ({
			page
		}) => {
			await gotoHydrated(page, path);
			const keys = await loadKeys(page, ARTICLE, QUIZ);
			const [first, second] = await questionIds(page);
			await answerQuestion(page, first!, keys[first!]!, 'right', 'mouse');
			await checkQuestion(page, first!, 'mouse');
			await card(page, first!).getByRole('button', { name: /^¶\d+/ }).first().click();
			await expect(page.locator('#article mark').first()).toBeVisible();
			// back in the same question: the highlight stays
			await card(page, first!).locator('.feedback').click();
			await expect(page.locator('#article mark').first()).toBeVisible();
			// on to the next question: it goes
			await card(page, second!).locator('label').first().click();
			await expect(page.locator('#article mark')).toHaveCount(0);
		});

		test('explanations and feedback show typographic quotes and dashes', async ({ page }) => {
			await gotoHydrated(page, path);
			const keys = await loadKeys(page, ARTICLE, QUIZ);
			const id = 'main-idea';
			await answerQuestion(page, id, keys[id]!, 'wrong', 'mouse');
			await checkQuestion(page, id, 'mouse');
			const explanation = card(page, id).locator('.feedback .explanation');
			// the file writes: "betting that a boat rather than ... reconnect its people with the mainland"
			await expect(explanation).toContainText('“betting that a boat');
			await expect(explanation).toContainText('with the mainland”');
			expect(await explanation.innerText()).not.toContain('"');
			const feedback = card(page, id).locator('.feedback .choice-feedback');
			if ((await feedback.count()) > 0) expect(await feedback.innerText()).not.toMatch(/ - |"/);
		});

		test('a two-part question: "Part A." and "Part B.", and its sentence shown once after checking', async ({
			page
		}) => {
			await gotoHydrated(page, path);
			const keys = await loadKeys(page, ARTICLE, QUIZ);
			const id = 'brennan-reason';
			const twoPart = card(page, id);
			await expect(twoPart.locator('fieldset > legend')).toHaveText(/^Part A\.\s+According to/);
			await expect(twoPart.getByRole('group', { name: /^Part B\./ })).toBeVisible();
			await answerQuestion(page, id, keys[id]!, 'right', 'mouse');
			await checkQuestion(page, id, 'mouse');
			const sentence = (await page
				.locator(`#article [data-sentence="${keys[id]!.evidenceSentences[0]}"]`)
				.innerText())!.trim();
			const text = await twoPart.innerText();
			const head = sentence.slice(0, 40);
			expect(text.split(head).length - 1, 'times the evidence sentence is shown').toBe(1);
			// the citation still shows it in the article
			await twoPart.getByRole('button', { name: /^¶\d+ Show the quoted words/ }).click();
			await expect(page.locator('#article mark').first()).toBeVisible();
			if (SHOTS) await twoPart.screenshot({ path: `${SHOTS}/${device}-two-part.png` });
		});

		test('the article page offers its quizzes at the top', async ({ page }) => {
			await gotoHydrated(page, `/${ARTICLE}`);
			const quizzes = page.getByRole('region', { name: 'Quizzes on this article' });
			await expect(quizzes.getByRole('link', { name: 'Reading check' })).toBeInViewport();
			expect((await box(quizzes)).y).toBeLessThan(
				(await box(page.locator('[data-paragraph="1"]'))).y
			);
			await page.getByRole('link', { name: 'Take a quiz on this article ↑' }).click();
			await expect(quizzes).toBeInViewport();
			if (SHOTS) await page.screenshot({ path: `${SHOTS}/${device}-article-page.png` });
		});

		test('after Submit the Results heading is at the top of the view, clear of the sticky bar', async ({
			page
		}) => {
			await gotoHydrated(page, path);
			// a long page: Submit is far below the first question (and, on a phone, the article)
			await submit(page, 'mouse');
			await page.getByRole('button', { name: 'Submit anyway' }).click();
			const heading = page.getByRole('heading', { name: 'Results', level: 2 });
			await expect(heading).toBeFocused();
			// the top of the view: below the sticky switcher on a phone, the questions pane's top beside the article
			const top = async () =>
				device === 'phone'
					? (await box(page.locator('.switcher'))).y + (await box(page.locator('.switcher'))).height
					: (await box(page.locator('#questions'))).y;
			const below = async () => (await box(heading)).y - (await top());
			await expect
				.poll(below, { message: 'the heading near the top of the view' })
				.toBeLessThanOrEqual(24);
			expect(await below(), 'the heading clear of the sticky bar').toBeGreaterThanOrEqual(0);
			if (SHOTS) await page.screenshot({ path: `${SHOTS}/${device}-results-top.png` });
		});

		test('an unanswered blank says "Not answered" in the review', async ({ page }) => {
			await gotoHydrated(page, `/${ARTICLE}/second-tries`);
			const ties = card(page, 'ties');
			await ties.getByRole('textbox', { name: 'Blank 1 of 2' }).fill('1949');
			await submit(page, 'mouse');
			await page.getByRole('button', { name: 'Submit anyway' }).click();
			const review = card(page, 'ties');
			await expect(
				review.getByRole('textbox', { name: 'Blank 1 of 2' })
			).toHaveAccessibleDescription('Right');
			await expect(
				review.getByRole('textbox', { name: 'Blank 2 of 2' })
			).toHaveAccessibleDescription('Not answered');
			await expect(review).not.toContainText('Not right: “sister harbors”');
		});
	});
}

test('match on a wide screen: the left labels are not squeezed beside the selects', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await gotoHydrated(page, path);
	const match = page.locator('[data-type="match"]').first();
	const pairs = match.locator('li.pair');
	for (let i = 0; i < (await pairs.count()); i++) {
		const label = await box(pairs.nth(i).locator('label.left'));
		const select = await box(pairs.nth(i).locator('select'));
		expect(label.width, `pair ${i + 1}: label beside its select`).toBeGreaterThanOrEqual(
			select.width
		);
		expect(await onOneRow(pairs.nth(i).locator('label.left'), pairs.nth(i).locator('select'))).toBe(
			true
		);
	}
	if (SHOTS) await match.screenshot({ path: `${SHOTS}/laptop-match.png` });
});

for (const [width, columns] of [
	[760, 1],
	[800, 2],
	[1024, 2]
] as const) {
	test(`at ${width}px wide the article and questions are ${columns === 2 ? 'side by side' : 'stacked'}`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 900 });
		await gotoHydrated(page, path);
		const article = await box(page.locator('#article'));
		const questions = await box(page.locator('#questions'));
		if (columns === 2) {
			expect(questions.x).toBeGreaterThanOrEqual(article.x + article.width - 1);
			await expect(page.getByRole('navigation', { name: 'Jump to' })).toBeHidden();
		} else {
			expect(questions.y).toBeGreaterThanOrEqual(article.y + article.height - 1);
			await expect(page.getByRole('navigation', { name: 'Jump to' })).toBeVisible();
		}
	});
}

test('a 360-px phone: order items still on one row, and Part B can be answered', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await gotoHydrated(page, path);
	const keys = await loadKeys(page, ARTICLE, QUIZ);
	const rows = page.locator('[data-type="order"]').first().locator('ol.items > li');
	expect(await onOneRow(rows.first().locator('.text'), rows.first().locator('.moves'))).toBe(true);
	await selectSentences(
		page,
		'brennan-reason',
		'evidence',
		keys['brennan-reason']!.evidenceSentences,
		'mouse'
	);
});
