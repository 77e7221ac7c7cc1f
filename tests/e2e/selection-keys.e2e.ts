/**
 * Selecting sentences with the keyboard alone: the sentences are one tab stop (a toolbar whose arrow
 * keys move from sentence to sentence), the keys are shown while selecting, and "Done" is at most
 * three keystrokes from any sentence (it took dozens of Tabs when every sentence was a tab stop).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
	expectNoAxeViolations,
	gotoHydrated,
	pressUntilFocused,
	tabTo,
	viewports
} from './helpers.ts';
import { card, loadKeys, selectionBar, sentenceToggle } from './quiz.ts';
import { FIXTURE_ARTICLE } from '../fixtures/content.ts';

const ARTICLE = FIXTURE_ARTICLE;
const QUIZ = 'reading-check';

test.use({ viewport: viewports.laptop });

const focused = (target: Locator) =>
	target.evaluate((element) => element === document.activeElement);

/** The sentence id that has focus, if any. */
const focusedSentence = (page: Page) =>
	page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.sentence ?? null);

test('two sentences selected by keyboard, and Done in at most three keystrokes', async ({
	page
}) => {
	await gotoHydrated(page, `/${ARTICLE}/${QUIZ}`);
	const keys = await loadKeys(page, ARTICLE, QUIZ);
	const id = Object.keys(keys).find((candidate) => {
		const key = keys[candidate]!;
		return key.type === 'highlight' && key.evidenceSentences.length === 2;
	});
	if (!id) throw new Error('the quiz has no highlight question asking for two sentences');
	const [first, second] = keys[id]!.evidenceSentences as [string, string];
	const texts = await Promise.all(
		[first, second].map(async (sentence) =>
			(await page.locator(`#article [data-sentence="${sentence}"]`).innerText()).trim()
		)
	);

	// into selecting, by keyboard
	const start = card(page, id).getByRole('button', { name: 'Select in article' });
	await tabTo(page, start);
	await page.keyboard.press('Enter');
	const bar = selectionBar(page);
	await expect(bar).toBeVisible();
	// the keys are on screen, and describe the sentences' toolbar to a screen reader
	const hint = bar.getByText(/Enter or Space selects · Esc finishes/);
	await expect(hint).toBeVisible();
	const toolbar = page.getByRole('toolbar', { name: 'Sentences of the article' });
	await expect(toolbar).toHaveAccessibleDescription(/Enter or Space selects · Esc finishes/);

	// the sentences are one tab stop: Tab reaches one, and the next Tab leaves them all
	const sentences = toolbar.getByRole('checkbox');
	await tabTo(page, sentences);
	const entered = await focusedSentence(page);
	await page.keyboard.press('Tab');
	expect(await focusedSentence(page), 'Tab from a sentence leaves the sentences').toBeNull();
	await page.keyboard.press('Shift+Tab');
	expect(await focusedSentence(page), 'Shift+Tab comes back to the same sentence').toBe(entered);

	// arrows to each sentence, Space and Enter select
	await pressUntilFocused(page, 'ArrowDown', sentenceToggle(page, first), 400);
	await page.keyboard.press('Space');
	await pressUntilFocused(page, 'ArrowDown', sentenceToggle(page, second), 400);
	await page.keyboard.press('Enter');
	for (const sentence of [first, second])
		await expect(sentenceToggle(page, sentence)).toHaveAttribute('aria-checked', 'true');
	await expect(bar).toContainText('2 selected');
	await expectNoAxeViolations(page, 'selecting sentences by keyboard');

	// from the last sentence to Done, and Done pressed: at most three keystrokes
	const done = bar.getByRole('button', { name: 'Done selecting' });
	let keystrokes = 0;
	while (!(await focused(done)) && keystrokes < 3) {
		await page.keyboard.press('Shift+Tab');
		keystrokes++;
	}
	await expect(done, `Done reached from the sentence in ${keystrokes} keystrokes`).toBeFocused();
	await page.keyboard.press('Enter');
	keystrokes++;
	expect(keystrokes, 'keystrokes from the last sentence to done').toBeLessThanOrEqual(3);
	await expect(bar).toBeHidden();
	await expect(start).toBeFocused();

	// the answer is those two sentences
	const yours = card(page, id).getByRole('list', { name: 'Your selection:' });
	await expect(yours.getByRole('listitem')).toHaveCount(2);
	for (const text of texts) await expect(yours).toContainText(text);
});

test('Escape finishes selecting from a sentence, in one keystroke', async ({ page }) => {
	await gotoHydrated(page, `/${ARTICLE}/${QUIZ}`);
	const keys = await loadKeys(page, ARTICLE, QUIZ);
	const id = Object.keys(keys).find((candidate) => keys[candidate]!.type === 'highlight')!;
	const start = card(page, id).getByRole('button', { name: 'Select in article' });
	await tabTo(page, start);
	await page.keyboard.press('Enter');
	const bar = selectionBar(page);
	await tabTo(
		page,
		page.getByRole('toolbar', { name: 'Sentences of the article' }).getByRole('checkbox')
	);
	await page.keyboard.press('End');
	await page.keyboard.press('Space');
	await page.keyboard.press('Escape');
	await expect(bar).toBeHidden();
	await expect(start).toBeFocused();
	await expect(
		card(page, id).getByRole('list', { name: 'Your selection:' }).getByRole('listitem')
	).toHaveCount(1);
});
