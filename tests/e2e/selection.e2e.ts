/**
 * Selecting sentences in the article (highlight questions and Part B of two-part questions), and
 * ordering by dragging with a mouse and with a finger.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { gotoHydrated } from './helpers.ts';
import {
	answerQuestion,
	card,
	checkQuestion,
	loadKeys,
	selectSentences,
	selectionBar,
	sentenceToggle,
	type Keys
} from './quiz.ts';
import type { QuestionKey } from '../../src/lib/quiz/types.ts';
import { FIXTURE_ARTICLE } from '../fixtures/content.ts';

const ARTICLE = FIXTURE_ARTICLE;
const QUIZ = 'reading-check';
const path = `/${ARTICLE}/${QUIZ}`;

function findQuestion(keys: Keys, test: (key: QuestionKey) => boolean): string {
	const id = Object.keys(keys).find((candidate) => test(keys[candidate]!));
	if (!id) throw new Error('the quiz has no such question');
	return id;
}

test('the sentence with "Dr." and "U.S." in it is selectable as one sentence', async ({ page }) => {
	await gotoHydrated(page, path);
	const keys = await loadKeys(page, ARTICLE, QUIZ);
	const id = findQuestion(
		keys,
		(key) =>
			key.type === 'highlight' &&
			key.citations.some((c) => c.quote.startsWith('In contrast to the road'))
	);
	const quote = keys[id]!.citations[0]!.quote;
	expect(quote).toContain('Dr. Reyes');
	expect(quote).toContain('U.S. Coast Guard');

	await card(page, id).getByRole('button', { name: 'Select in article' }).click();
	const toggle = page
		.locator('#article [data-sentence][role="checkbox"]')
		.filter({ hasText: 'In contrast to the road' });
	await expect(toggle).toHaveCount(1);
	// the whole sentence, from "In contrast" to "winter.", in one toggle
	await expect(toggle).toHaveText(quote);
	await expect(toggle).toHaveAccessibleName(quote);
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-checked', 'true');
	const bar = page.getByRole('region', { name: 'Selecting sentences' });
	await expect(bar).toContainText('1 selected');
	await bar.getByRole('button', { name: 'Done selecting' }).click();
	await expect(card(page, id).getByText(quote)).toBeVisible();

	await checkQuestion(page, id, 'mouse');
	await expect(card(page, id).locator('.feedback')).toHaveAttribute('data-verdict', 'correct');
});

test('two-part question: Part B is required, scored, and counts only when Part A is right', async ({
	page
}) => {
	await gotoHydrated(page, path);
	const keys = await loadKeys(page, ARTICLE, QUIZ);
	const twoPart = Object.keys(keys).filter(
		(id) => keys[id]!.type === 'single' || keys[id]!.type === 'true-false'
	);
	const ids: string[] = [];
	for (const id of twoPart)
		if ((await card(page, id).locator(`#select-${id}-evidence`).count()) > 0) ids.push(id);
	expect(ids.length, 'two-part questions in the quiz').toBeGreaterThanOrEqual(2);
	const [first, second] = ids as [string, string];

	// Part A alone is not an answer
	const key = keys[first]!;
	const partA = card(page, first);
	if (key.type === 'single') await partA.locator(`label[for="q-${first}-${key.correct}"]`).click();
	else if (key.type === 'true-false')
		await partA.locator(`label[for="q-${first}-${key.answer}"]`).click();
	await expect(partA.getByRole('group', { name: /^Part B\./ })).toBeVisible();
	await partA.getByRole('button', { name: 'Check', exact: true }).click();
	await expect(
		partA.getByText(/^Now Part B: select \d+ sentences? in the article\.$/)
	).toBeVisible();
	await expect(partA.locator('.feedback')).toHaveCount(0);

	// Part A right, Part B wrong: half the points
	const wrongSentence = await page
		.locator('#article [data-sentence]')
		.evaluateAll(
			(spans, evidence) =>
				spans
					.map((span) => (span as HTMLElement).dataset.sentence!)
					.find((id) => !evidence.includes(id))!,
			key.evidenceSentences
		);
	await selectSentences(page, first, 'evidence', [wrongSentence], 'mouse');
	await checkQuestion(page, first, 'mouse');
	await expect(partA.locator('.feedback')).toHaveAttribute('data-verdict', 'partial');
	await expect(partA.locator('.feedback')).toContainText(
		'Part A: right. Part B (supporting sentence): not right.'
	);
	const points = Number(
		/·\s*([\d.]+)\s+points?/.exec(await partA.locator('.meta').innerText())?.[1]
	);
	await expect(partA.locator('.feedback .points')).toHaveText(`${points / 2} / ${points} points`);

	// Part A wrong, Part B right: nothing (dependent scoring)
	await answerQuestion(page, second, keys[second]!, 'wrong', 'mouse');
	// the driver selected a wrong sentence for a wrong answer; make Part B right instead
	const secondCard = card(page, second);
	await secondCard.locator(`#select-${second}-evidence`).click();
	for (const sentence of await selectedSentences(page))
		await sentenceToggle(page, sentence).click();
	for (const sentence of keys[second]!.evidenceSentences)
		await sentenceToggle(page, sentence).click();
	await selectionBar(page).getByRole('button', { name: 'Done selecting' }).click();
	await checkQuestion(page, second, 'mouse');
	await expect(secondCard.locator('.feedback')).toHaveAttribute('data-verdict', 'incorrect');
	await expect(secondCard.locator('.feedback')).toContainText(
		'Part A: not right. Part B (supporting sentence): right (it counts only when Part A is right).'
	);
});

async function selectedSentences(page: Page): Promise<string[]> {
	return page
		.locator('#article [data-sentence][aria-checked="true"]')
		.evaluateAll((spans) => spans.map((span) => (span as HTMLElement).dataset.sentence!));
}

// ---- ordering by dragging ----

async function order(question: Locator): Promise<string[]> {
	return question
		.locator('ol.items > li[data-item]')
		.evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.item!));
}

/** Where to drag the first row so that it lands in position `to`: just past that row's middle. */
async function dragPoints(question: Locator, to: number) {
	const rows = question.locator('ol.items > li[data-item]');
	await rows.nth(to).scrollIntoViewIfNeeded();
	await rows.first().scrollIntoViewIfNeeded();
	const handle = rows.first().locator('.handle');
	const from = (await handle.boundingBox())!;
	const target = (await rows.nth(to).boundingBox())!;
	const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
	const rowMiddle = (await rows.first().boundingBox())!;
	const dy = target.y + target.height / 2 - (rowMiddle.y + rowMiddle.height / 2) + 8;
	return { start, end: { x: start.x, y: start.y + dy } };
}

function expectedAfterMove(ids: string[], from: number, to: number): string[] {
	const moved = [...ids];
	const [item] = moved.splice(from, 1);
	moved.splice(to, 0, item!);
	return moved;
}

function orderQuestion(page: Page, keys: Keys): Locator {
	return card(
		page,
		findQuestion(keys, (key) => key.type === 'order')
	);
}

test('order: an item dragged by its handle with the mouse moves there', async ({ page }) => {
	await gotoHydrated(page, path);
	const keys = await loadKeys(page, ARTICLE, QUIZ);
	const question = orderQuestion(page, keys);
	const before = await order(question);
	const { start, end } = await dragPoints(question, 2);
	await page.mouse.move(start.x, start.y);
	await page.mouse.down();
	await page.mouse.move(end.x, end.y, { steps: 8 });
	await page.mouse.up();
	await expect.poll(() => order(question)).toEqual(expectedAfterMove(before, 0, 2));
	await expect(question.getByRole('button', { name: 'Keep this order' })).toHaveCount(0);
});

test.describe('on a touch screen', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('order: an item dragged by its handle with a finger moves there', async ({ page }) => {
		await gotoHydrated(page, path);
		const keys = await loadKeys(page, ARTICLE, QUIZ);
		const question = orderQuestion(page, keys);
		const before = await order(question);
		const { start, end } = await dragPoints(question, 2);
		const scrollBefore = await page.evaluate(() => window.scrollY);
		// real touch input (touchstart/move/end, hence pointer events of type "touch")
		const cdp = await page.context().newCDPSession(page);
		const touch = (
			type: 'touchStart' | 'touchMove' | 'touchEnd',
			point?: { x: number; y: number }
		) =>
			cdp.send('Input.dispatchTouchEvent', {
				type,
				touchPoints: point ? [{ x: Math.round(point.x), y: Math.round(point.y) }] : []
			});
		await touch('touchStart', start);
		for (let step = 1; step <= 8; step++)
			await touch('touchMove', { x: start.x, y: start.y + ((end.y - start.y) * step) / 8 });
		await touch('touchEnd');
		await expect.poll(() => order(question)).toEqual(expectedAfterMove(before, 0, 2));
		// the finger dragged the item, not the page
		expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);

		// and the answer counts: put it right with the buttons, check, all in place
		const id = (await question.getAttribute('data-question'))!;
		await answerQuestion(page, id, keys[id]!, 'right', 'mouse');
		await checkQuestion(page, id, 'mouse');
		await expect(question.locator('.feedback')).toHaveAttribute('data-verdict', 'correct');
	});
});

/** Waits for the page to draw `count` frames: what it lays out after a jump has happened by then. */
async function afterFrames(page: Page, count: number): Promise<void> {
	await page.evaluate(async (frames) => {
		for (let i = 0; i < frames; i++) await new Promise((done) => requestAnimationFrame(done));
	}, count);
}

test.describe('on a phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

	test('a question focused from the top of the page stays in view', async ({ page }) => {
		// what a keyboard or a screen reader does: focus scrolls past the whole article, whose
		// paragraphs must keep the height they had when the browser aimed (seen: 348 px, then 743)
		await gotoHydrated(page, `/${ARTICLE}/selection-test`);
		const start = page.getByRole('button', { name: 'Select in article' }).first();
		await start.focus();
		await afterFrames(page, 12);
		await expect(start).toBeInViewport();
	});

	test('Done selecting brings the student back to the question, in view', async ({ page }) => {
		// the article is above the questions here: the way back crosses it, and lands where it aims
		// only if the article's height is known before the jump
		await gotoHydrated(page, path);
		const keys = await loadKeys(page, ARTICLE, QUIZ);
		const id = findQuestion(keys, (key) => key.type === 'highlight');
		const start = card(page, id).getByRole('button', { name: 'Select in article' });
		await start.click();
		await sentenceToggle(page, keys[id]!.evidenceSentences[0]!).click();
		await selectionBar(page).getByRole('button', { name: 'Done selecting' }).click();
		await expect(start).toBeFocused();
		await expect(start).toBeInViewport();
		// and stays there once the page has drawn the paragraphs it passed (a dozen frames later)
		await afterFrames(page, 12);
		await expect(start).toBeInViewport();
	});
});

test('Check with fewer sentences than asked for says so and spends no try', async ({ page }) => {
	await gotoHydrated(page, path);
	const keys = await loadKeys(page, ARTICLE, QUIZ);
	const id = findQuestion(
		keys,
		(key) => key.type === 'highlight' && key.evidenceSentences.length === 2
	);
	const [first] = keys[id]!.evidenceSentences;
	await selectSentences(page, id, 'response', [first!], 'mouse');
	await card(page, id).getByRole('button', { name: 'Check', exact: true }).click();
	await expect(card(page, id).locator('.nudge')).toHaveText(
		'You have selected 1; the question asks for 2.'
	);
	// still answering: no verdict, no try used, Check still there
	await expect(card(page, id).locator('.feedback, .try-feedback')).toHaveCount(0);
	await expect(card(page, id).getByRole('button', { name: 'Check', exact: true })).toBeEnabled();
});
