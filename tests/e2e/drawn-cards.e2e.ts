/**
 * A long quiz (the tests' reading check, 23 questions) whose page has not drawn all its cards yet:
 * it draws the first few with the page and the rest a slice at a time (drawn-cards.svelte.ts), and
 * here the slices are held back, as on a phone still busy drawing them. Submit still finds the
 * unanswered last question and goes to it; that card works, and its quote jump returns to it;
 * printing prints every question. Drawn as usual, the page ends with every card, in order.
 */
import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { gotoHydrated } from './helpers';
import { answerQuestion, card, checkQuestion, loadKeys, questionIds } from './quiz';
import { FIXTURE_ARTICLE } from '../fixtures/content.ts';

const QUIZ = 'reading-check';
const path = `/${FIXTURE_ARTICLE}/${QUIZ}`;
const COUNT = 23;
const cards = (page: Page) => page.locator('#questions ol.questions > li > [data-question]');

/** Opens the quiz with its later slices held back: `scheduler.yield()` never returns. */
async function openHeldBack(page: Page) {
	await page.addInitScript(() => {
		const scheduler = (window as unknown as { scheduler: { yield: () => Promise<void> } })
			.scheduler;
		scheduler.yield = () => new Promise(() => undefined);
	});
	await page.goto(path);
	// the attempt loaded: the cards drawn so far take answers
	await expect(page.locator('ol.questions:not([inert])')).toHaveCount(1);
	await expect(cards(page)).not.toHaveCount(COUNT);
}

test('Submit finds the unanswered last question not yet drawn; its card works, and its quote jump returns to it', async ({
	page
}) => {
	await openHeldBack(page);
	await page.getByRole('button', { name: 'Submit' }).click();
	await expect(page.getByText(`${COUNT} questions are unanswered. Submit anyway?`)).toBeFocused();
	await page.getByRole('link', { name: `Question ${COUNT}`, exact: true }).click();
	const last = page.getByRole('article', { name: `Question ${COUNT}` });
	await expect(last).toBeFocused();
	await expect(last).toBeInViewport();
	await expect(cards(page)).toHaveCount(COUNT);

	const id = (await last.getAttribute('data-question'))!;
	const keys = await loadKeys(page, FIXTURE_ARTICLE, QUIZ);
	await answerQuestion(page, id, keys[id]!, 'right', 'mouse');
	await expect(page.getByText(`Answered 1 of ${COUNT}`)).toBeVisible();
	await checkQuestion(page, id, 'mouse');
	const citation = keys[id]!.citations[0]!;
	await card(page, id)
		.getByRole('button', { name: new RegExp(`^¶${citation.paragraph}\\b`) })
		.first()
		.click();
	await expect(page.locator('#article mark').first()).toBeInViewport();
	await page.getByRole('button', { name: `Back to question ${COUNT}` }).click();
	await expect(last).toBeFocused();
	await expect(last).toBeInViewport();
});

test('printing a page still drawing its cards prints every question', async ({ page }) => {
	await openHeldBack(page);
	const ids = Object.keys(await loadKeys(page, FIXTURE_ARTICLE, 'reading-check'));
	expect(ids).toHaveLength(COUNT);
	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ format: 'A4' });
	const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
	let text = '';
	for (let n = 1; n <= document.numPages; n++) {
		const content = await (await document.getPage(n)).getTextContent();
		text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
	}
	const squashed = text.replace(/\s+/g, '');
	for (let n = 1; n <= COUNT; n++) expect(squashed).toContain(`Question${n}·`);
	await expect(cards(page)).toHaveCount(COUNT);
});

test('drawn as usual, the page ends with every card, numbered in order', async ({ page }) => {
	await gotoHydrated(page, path);
	const ids = await questionIds(page);
	expect(ids).toHaveLength(COUNT);
	for (const [i, id] of ids.entries())
		await expect(card(page, id)).toHaveAttribute('aria-label', `Question ${i + 1}`);
	await expect(page.locator('ol.questions')).not.toHaveAttribute('aria-busy', 'true');
});
