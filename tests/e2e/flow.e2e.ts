/**
 * The page structure other tools rely on (fieldsets, ¶ numbers, sentence ids), hints, retrying,
 * starting over, results that survive a reload, and citations on a phone.
 */
import { expect, test } from '@playwright/test';
import { gotoHydrated, waitForHydration } from './helpers.ts';
import {
	answerQuestion,
	card,
	checkQuestion,
	loadKeys,
	parseTotal,
	progressText,
	questionIds,
	resultsTotal,
	selectionBar,
	sentenceToggle,
	submit,
	totalPoints
} from './quiz.ts';
import { FIXTURE_ARTICLE } from '../fixtures/content.ts';

const ARTICLE = FIXTURE_ARTICLE;

test('each question is a fieldset named by its prompt; paragraphs and sentences are numbered', async ({
	page
}) => {
	await gotoHydrated(page, `/${ARTICLE}/reading-check`);
	for (const id of await questionIds(page)) {
		const legend = card(page, id).locator('fieldset > legend');
		await expect(legend).toHaveCount(1);
		const prompt = (await legend.innerText()).trim();
		expect(prompt.length, id).toBeGreaterThan(0);
		await expect(card(page, id).locator('fieldset')).toHaveAccessibleName(prompt);
	}

	const paragraphs = await page.locator('#article [data-paragraph]').evaluateAll((elements) =>
		elements.map((element) => ({
			n: (element as HTMLElement).dataset.paragraph,
			shown: element.querySelector('.number')?.textContent?.trim(),
			sentences: Array.from(element.querySelectorAll<HTMLElement>('[data-sentence]')).map(
				(sentence) => sentence.dataset.sentence
			)
		}))
	);
	expect(paragraphs.length).toBeGreaterThan(12);
	for (const [i, paragraph] of paragraphs.entries()) {
		expect(paragraph.n).toBe(String(i + 1));
		expect(paragraph.shown).toBe(`¶${i + 1}`);
		expect(paragraph.sentences).toEqual(paragraph.sentences.map((_, s) => `${i + 1}.${s + 1}`));
	}
});

test('Hint shows the hint on request', async ({ page }) => {
	await gotoHydrated(page, `/${ARTICLE}/reading-check`);
	const hint = page.getByRole('button', { name: 'Hint', exact: true }).first();
	await expect(hint).toHaveAttribute('aria-expanded', 'false');
	const text = page.locator(`#${await hint.getAttribute('aria-controls')}`);
	await expect(text).toBeHidden();
	await hint.click();
	await expect(hint).toHaveAttribute('aria-expanded', 'true');
	await expect(text).toBeVisible();
	await expect(text).not.toBeEmpty();
});

test('Retry incorrect keeps the right answers; Start over clears everything', async ({ page }) => {
	// answers and checks every question of the quiz twice, by mouse: minutes on a busy machine
	test.setTimeout(180_000);
	await gotoHydrated(page, `/${ARTICLE}/reading-check`);
	const keys = await loadKeys(page, ARTICLE, 'reading-check');
	const ids = await questionIds(page);
	const right = ids.filter((_, i) => i % 3 === 0);
	for (const id of ids) {
		await answerQuestion(page, id, keys[id]!, right.includes(id) ? 'right' : 'wrong', 'mouse');
		await checkQuestion(page, id, 'mouse');
	}
	await submit(page, 'mouse');
	await expect(resultsTotal(page)).toBeVisible();
	expect(parseTotal(await resultsTotal(page).innerText()).percent).toBeLessThan(100);

	await page.getByRole('button', { name: 'Retry incorrect' }).click();
	await expect(progressText(page)).toHaveText(`Answered ${right.length} of ${ids.length}`);
	for (const id of ids) {
		const feedback = card(page, id).locator('.feedback');
		if (right.includes(id)) await expect(feedback, id).toHaveAttribute('data-verdict', 'correct');
		else await expect(feedback, id).toHaveCount(0);
	}
	// answer the rest right this time: full marks
	for (const id of ids.filter((candidate) => !right.includes(candidate))) {
		await answerQuestion(page, id, keys[id]!, 'right', 'mouse');
		await checkQuestion(page, id, 'mouse');
	}
	const possible = await totalPoints(page);
	await submit(page, 'mouse');
	expect(parseTotal(await resultsTotal(page).innerText())).toEqual({
		earned: possible,
		possible,
		percent: 100
	});

	await page.getByRole('button', { name: 'Start over' }).click();
	// asked first (issue #8)
	await page
		.getByRole('dialog', { name: 'Start over?' })
		.getByRole('button', { name: 'Yes, start over' })
		.click();
	await expect(progressText(page)).toHaveText(`Answered 0 of ${ids.length}`);
	await expect(page.locator('.feedback')).toHaveCount(0);
	await page.reload();
	await waitForHydration(page);
	await expect(progressText(page)).toHaveText(`Answered 0 of ${ids.length}`);
});

test('test mode: the results are still there after a reload', async ({ page }) => {
	await gotoHydrated(page, `/${ARTICLE}/vocabulary`);
	const keys = await loadKeys(page, ARTICLE, 'vocabulary');
	const ids = await questionIds(page);
	for (const [i, id] of ids.entries())
		await answerQuestion(page, id, keys[id]!, i === 0 ? 'wrong' : 'right', 'mouse');
	await submit(page, 'mouse');
	const before = await resultsTotal(page).innerText();
	expect(parseTotal(before).percent).toBeLessThan(100);

	await page.reload();
	await waitForHydration(page);
	await expect(resultsTotal(page)).toHaveText(before);
	await expect(card(page, ids[0]!).locator('.feedback')).toHaveAttribute(
		'data-verdict',
		'incorrect'
	);
});

test('from the library to a quiz and on to another, by links', async ({ page }) => {
	await gotoHydrated(page, '/');
	const articleLink = page.getByRole('heading', { level: 2 }).getByRole('link').first();
	const title = (await articleLink.innerText()).trim();
	await articleLink.click();
	await expect(page).toHaveURL(new RegExp(`/${ARTICLE}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(page.locator('[data-paragraph="1"]')).toContainText('¶1');

	await page.getByRole('link', { name: 'Reading check' }).click();
	await expect(page).toHaveURL(new RegExp(`/${ARTICLE}/reading-check$`));
	const keys = await loadKeys(page, ARTICLE, 'reading-check');
	const [first] = await questionIds(page);
	await answerQuestion(page, first!, keys[first!]!, 'right', 'mouse');
	await checkQuestion(page, first!, 'mouse');
	await expect(card(page, first!).locator('.feedback')).toHaveAttribute('data-verdict', 'correct');

	// another quiz on the same article is a new session, not this one's answers
	await page
		.getByRole('navigation', { name: 'Breadcrumb' })
		.getByRole('link', { name: title })
		.click();
	await page.getByRole('link', { name: 'Vocabulary in context' }).click();
	await expect(page).toHaveURL(new RegExp(`/${ARTICLE}/vocabulary$`));
	const vocabulary = await questionIds(page);
	expect(vocabulary).not.toContain(first);
	await expect(progressText(page)).toHaveText(`Answered 0 of ${vocabulary.length}`);
	await expect(page.locator('.feedback')).toHaveCount(0);

	// and back: the first quiz's answer is still there
	await page.goBack();
	await page.goBack();
	await expect(page).toHaveURL(new RegExp(`/${ARTICLE}/reading-check$`));
	await expect(card(page, first!).locator('.feedback')).toHaveAttribute('data-verdict', 'correct');
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

	test('a citation brings its highlighted words into view', async ({ page }) => {
		await gotoHydrated(page, `/${ARTICLE}/reading-check`);
		const keys = await loadKeys(page, ARTICLE, 'reading-check');
		const ids = await questionIds(page);
		const id = ids.findLast((candidate) => keys[candidate]!.type === 'single')!;
		const citation = keys[id]!.citations[0]!;
		await answerQuestion(page, id, keys[id]!, 'right', 'mouse');
		await checkQuestion(page, id, 'mouse');
		const button = card(page, id).getByRole('button', {
			name: new RegExp(`^¶${citation.paragraph}\\b`)
		});
		await button.first().click();
		const marks = page.locator('#article mark');
		await expect(marks.first()).toBeInViewport();
		expect((await marks.allTextContents()).join('')).toBe(citation.quote);
		// not hidden under the sticky "Article / Questions" bar
		const bar = (await page.getByRole('navigation', { name: 'Jump to' }).boundingBox())!;
		// polled: the article may still be scrolling smoothly
		await expect
			.poll(async () => (await marks.first().boundingBox())!.y)
			.toBeGreaterThanOrEqual(bar.y + bar.height - 1);
	});

	test('selecting sentences by tapping: the bar, the sentence and the way back are in view', async ({
		page
	}) => {
		await gotoHydrated(page, `/${ARTICLE}/reading-check`);
		const keys = await loadKeys(page, ARTICLE, 'reading-check');
		const id = Object.keys(keys).find((candidate) => keys[candidate]!.type === 'highlight')!;
		const start = card(page, id).getByRole('button', { name: 'Select in article' });
		await start.tap();
		const bar = selectionBar(page);
		await expect(bar).toBeInViewport();
		await expect(bar.locator('.what')).toBeFocused();
		for (const sentence of keys[id]!.evidenceSentences) {
			const toggle = sentenceToggle(page, sentence);
			await toggle.scrollIntoViewIfNeeded();
			await toggle.tap();
			await expect(toggle).toHaveAttribute('aria-checked', 'true');
			// the sticky bar stays on screen while the student scrolls the article
			await expect(bar).toBeInViewport();
		}
		await bar.getByRole('button', { name: 'Done selecting' }).tap();
		await expect(bar).toBeHidden();
		await expect(start).toBeFocused();
		await expect(start).toBeInViewport();
		await checkQuestion(page, id, 'mouse');
		await expect(card(page, id).locator('.feedback')).toHaveAttribute('data-verdict', 'correct');
	});
});
