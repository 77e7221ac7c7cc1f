/**
 * Never lose your place, on a phone and a laptop: a reload returns to the question last worked on
 * (and the article where it was), "Answered X of Y" with "Next unanswered" stays in view, the
 * unanswered-submit prompt names the questions as links, and the "this quiz has changed" notice
 * names the questions whose answers were cleared. Guided reading chosen on a quiz laid out side
 * by side loads its code then (none of it is in that quiz's start) and is kept for a reload.
 */
import { expect, test, type Page } from '@playwright/test';
import { gotoHydrated, holdScripts, viewports, waitForHydration } from './helpers.ts';
import { answerQuestion, card, loadKeys, progressText, questionIds, submit } from './quiz.ts';
import { FIXTURE_ARTICLE } from '../fixtures/content.ts';

const ARTICLE = FIXTURE_ARTICLE;
const QUIZ = 'reading-check';
const path = `/${ARTICLE}/${QUIZ}`;
const SHOTS = process.env.SHOTS_DIR;

/** The saved attempt's entry in localStorage. */
async function savedEntry(page: Page): Promise<{ name: string; value: string }> {
	return page.evaluate((quiz) => {
		const name = Object.keys(localStorage).find((key) => key.endsWith(quiz))!;
		return { name, value: localStorage.getItem(name)! };
	}, `${ARTICLE}/${QUIZ}`);
}

for (const [device, viewport] of Object.entries(viewports)) {
	test.describe(`on a ${device}`, () => {
		test.use({ viewport, isMobile: device === 'phone', hasTouch: device === 'phone' });

		test('a reload returns to the question last worked on', async ({ page }) => {
			await gotoHydrated(page, path);
			const keys = await loadKeys(page, ARTICLE, QUIZ);
			const ids = await questionIds(page);
			const target = ids[14]!;
			await answerQuestion(page, target, keys[target]!, 'right', 'mouse');
			// the place is noted
			await expect
				.poll(async () => (JSON.parse((await savedEntry(page)).value) as { place?: unknown }).place)
				.toMatchObject({ question: target });

			await page.reload();
			await waitForHydration(page);
			await expect(card(page, target)).toBeInViewport();
			await expect(card(page, ids[0]!)).not.toBeInViewport();
			await expect(page.locator('[aria-live="polite"]').last()).toHaveText(
				'Back where you left off: question 15.'
			);
			if (SHOTS) await page.screenshot({ path: `${SHOTS}/${device}-after-reload.png` });
		});

		test('"Answered X of Y" and "Next unanswered" stay in view and lead on', async ({ page }) => {
			await gotoHydrated(page, path);
			const keys = await loadKeys(page, ARTICLE, QUIZ);
			const ids = await questionIds(page);
			await answerQuestion(page, ids[0]!, keys[ids[0]!]!, 'right', 'mouse');
			await answerQuestion(page, ids[1]!, keys[ids[1]!]!, 'right', 'mouse');
			// far down the questions, the bar is still there
			await card(page, ids[10]!).scrollIntoViewIfNeeded();
			await expect(progressText(page)).toBeInViewport();
			await expect(progressText(page)).toHaveText(`Answered 2 of ${ids.length}`);
			const next = page.getByRole('button', { name: 'Next unanswered' });
			await expect(next).toBeInViewport();
			// flush with the top of the questions' view: nothing scrolls by above it
			const stuck = (await page.locator('.progress-bar').boundingBox())!;
			const above =
				device === 'phone'
					? (await page.getByRole('navigation', { name: 'Jump to' }).boundingBox())!
					: { y: (await page.locator('#questions').boundingBox())!.y, height: 0 };
			expect(Math.abs(stuck.y - (above.y + above.height))).toBeLessThanOrEqual(1);
			if (SHOTS) await page.screenshot({ path: `${SHOTS}/${device}-sticky-progress.png` });

			// from the last question worked on (the second), the next unanswered is the third
			await next.click();
			await expect(card(page, ids[2]!)).toBeFocused();
			await expect(card(page, ids[2]!)).toBeInViewport();
			// not hidden under the sticky bars
			const bar = (await page.locator('.progress-bar').boundingBox())!;
			const top = (await card(page, ids[2]!).boundingBox())!.y;
			expect(top).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
			await answerQuestion(page, ids[2]!, keys[ids[2]!]!, 'right', 'mouse');
			await next.click();
			await expect(card(page, ids[3]!)).toBeFocused();
		});

		test('"Next unanswered" on a fresh page brings question 1 to the top of the view', async ({
			page
		}) => {
			// on a phone the article is above the questions: a jump past it lands where it aims only
			// if the article's height is known before the jump
			await gotoHydrated(page, path);
			const ids = await questionIds(page);
			await page.getByRole('button', { name: 'Next unanswered' }).click();
			const first = card(page, ids[0]!);
			await expect(first).toBeFocused();
			await expect(first).toBeInViewport();
			const bar = (await page.locator('.progress-bar').boundingBox())!;
			const top = (await first.boundingBox())!.y;
			expect(top).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
			expect(top).toBeLessThanOrEqual(bar.y + bar.height + 48);
		});

		test('the unanswered-submit prompt names the questions as links', async ({ page }) => {
			await gotoHydrated(page, path);
			const keys = await loadKeys(page, ARTICLE, QUIZ);
			const ids = await questionIds(page);
			for (const id of ids.slice(0, -2))
				await answerQuestion(page, id, keys[id]!, 'right', 'mouse');
			await submit(page, 'mouse');
			await expect(page.getByText('2 questions are unanswered. Submit anyway?')).toBeFocused();
			const links = page.getByRole('list', { name: 'Unanswered:' }).getByRole('link');
			await expect(links).toHaveText([`Question ${ids.length - 1}`, `Question ${ids.length}`]);
			if (SHOTS)
				await page.locator('.confirm').screenshot({ path: `${SHOTS}/${device}-prompt.png` });
			await links.first().click();
			await expect(card(page, ids.at(-2)!)).toBeFocused();
			await expect(card(page, ids.at(-2)!)).toBeInViewport();
		});
	});
}

test('the "quiz has changed" notice names the questions whose answers were cleared', async ({
	page
}) => {
	await gotoHydrated(page, path);
	const keys = await loadKeys(page, ARTICLE, QUIZ);
	const ids = await questionIds(page);
	for (const id of ids.slice(0, 3)) await answerQuestion(page, id, keys[id]!, 'right', 'mouse');
	// as if the teacher had since changed the second question
	const { name, value } = await savedEntry(page);
	const saved = JSON.parse(value) as { questions: Record<string, { version: string }> };
	saved.questions[ids[1]!]!.version = 'an-older-version';
	await page.evaluate(
		([key, json]) => localStorage.setItem(key!, json!),
		[name, JSON.stringify(saved)]
	);
	await page.reload();
	await waitForHydration(page);
	const notice = page.getByRole('status').filter({ hasText: 'This quiz has changed' });
	await expect(notice).toContainText('your answers to 1 question were cleared.');
	const link = notice.getByRole('list', { name: 'Cleared:' }).getByRole('link');
	await expect(link).toHaveText(['Question 2']);
	await link.click();
	await expect(card(page, ids[1]!)).toBeFocused();
	await expect(progressText(page)).toHaveText(`Answered 2 of ${ids.length}`);
});

test('on a laptop the article pane keeps its scroll across a reload', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await gotoHydrated(page, path);
	const pane = page.locator('#article');
	await page
		.locator('#article [data-paragraph="12"]')
		.evaluate((paragraph) => paragraph.scrollIntoView({ block: 'start' }));
	await expect
		.poll(async () => (JSON.parse((await savedEntry(page)).value) as { place?: unknown }).place)
		.toMatchObject({ paragraph: 12 });
	await page.reload();
	await waitForHydration(page);
	await expect(page.locator('#article [data-paragraph="12"]')).toBeInViewport();
	await expect(page.locator('#article [data-paragraph="1"]')).not.toBeInViewport();
	expect(await pane.evaluate((element) => element.scrollTop)).toBeGreaterThan(500);
});

test('on a laptop in guided reading (one column) a reload returns to the paragraph being read', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	// guided reading's code (not in a side-by-side quiz's start) held back until after the click
	const guidedCode = await holdScripts(page, 'guided-questions');
	await gotoHydrated(page, path);
	await page.getByRole('button', { name: 'Questions in the text' }).click();
	await expect.poll(() => guidedCode.held()).toBe(true);
	await expect(page.locator('[data-layout="side-by-side"]')).toHaveCount(1);
	guidedCode.release();
	await expect(page.locator('[data-layout="guided"]')).toHaveCount(1);
	await expect(page.locator('article.article [data-after-paragraph]').first()).toBeVisible();
	await page
		.locator('#article [data-paragraph="12"]')
		.evaluate((paragraph) => paragraph.scrollIntoView({ block: 'start' }));
	await expect
		.poll(async () => (JSON.parse((await savedEntry(page)).value) as { place?: unknown }).place)
		.toMatchObject({ paragraph: 12 });
	await page.reload();
	await waitForHydration(page);
	await expect(page.locator('[data-layout="guided"]')).toHaveCount(1);
	await expect(page.locator('#article [data-paragraph="12"]')).toBeInViewport();
	await expect(page.locator('#article [data-paragraph="1"]')).not.toBeInViewport();
});

test('on a phone a reload returns to the article where the student was reading', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await gotoHydrated(page, path);
	await page
		.locator('#article [data-paragraph="9"]')
		.evaluate((paragraph) => paragraph.scrollIntoView({ block: 'start' }));
	await expect
		.poll(async () => (JSON.parse((await savedEntry(page)).value) as { place?: unknown }).place)
		.toMatchObject({ paragraph: 9, inArticle: true });
	await page.reload();
	await waitForHydration(page);
	await expect(page.locator('#article [data-paragraph="9"]')).toBeInViewport();
	// not under the sticky switcher
	const bar = (await page.getByRole('navigation', { name: 'Jump to' }).boundingBox())!;
	await expect
		.poll(async () => (await page.locator('#article [data-paragraph="9"]').boundingBox())!.y)
		.toBeGreaterThanOrEqual(bar.y + bar.height - 1);
});
