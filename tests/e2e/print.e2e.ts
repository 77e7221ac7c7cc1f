/**
 * A quiz page printed before it is submitted is a worksheet: the article with its ¶ numbers, then
 * the questions with room to answer (boxes for choices, lines for short answers and blanks, a box
 * for each order item's position and each match), no buttons or app chrome, no question split
 * across pages. Checked with Chromium's print emulation and in the PDF it prints (page by page).
 */
import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { gotoHydrated } from './helpers';
import { answerAll, loadKeys, submit } from './quiz';
import { FIXTURE_ARTICLE } from '../fixtures/content.ts';

const QUIZ = `/${FIXTURE_ARTICLE}/reading-check`;

/**
 * The text of each page of a PDF without white space (the extracted text has spaces where the PDF
 * placed ligatures and separate runs: "o ffi cially").
 */
const squash = (text: string) => text.replace(/\s+/g, '');

async function pdfPages(pdf: Buffer): Promise<string[]> {
	const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
	const pages: string[] = [];
	for (let n = 1; n <= document.numPages; n++) {
		const content = await (await document.getPage(n)).getTextContent();
		const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
		pages.push(squash(text));
	}
	return pages;
}

async function printed(page: Page) {
	await page.emulateMedia({ media: 'print' });
	return page.pdf({
		format: 'A4',
		printBackground: true,
		margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' }
	});
}

test('an unsubmitted quiz prints as a worksheet with answer space and no app chrome', async ({
	page
}) => {
	await gotoHydrated(page, QUIZ);
	await page.emulateMedia({ media: 'print' });

	// no buttons or app chrome; a line for the name
	await expect(page.locator('button:visible')).toHaveCount(0);
	for (const hidden of ['.switcher', '.crumbs', '.progress', '.submit'])
		await expect(page.locator(hidden)).toBeHidden();
	await expect(page.getByText('Name:')).toBeVisible();

	// the article, with ¶ numbers, then the questions on a new page
	await expect(page.locator('[data-paragraph="1"] .number')).toBeVisible();
	await expect(page.locator('.questions-pane')).toHaveCSS('break-before', 'page');
	await expect(page.locator('.question').first()).toHaveCSS('break-inside', 'avoid');

	// choices: boxes to tick
	const box = page.locator('[data-type="single"] input').first();
	await expect(box).toHaveCSS('appearance', 'none');
	await expect(box).toHaveCSS('border-top-style', 'solid');
	await expect(box).toHaveCSS('border-radius', '2px');
	// short answers: lines to write on, not a text box
	const short = page.locator('[data-type="short-answer"]').first();
	await expect(short.locator('input')).toBeHidden();
	await expect(short.locator('.write-lines span')).toHaveCount(2);
	await expect(short.locator('.write-lines span').first()).toHaveCSS(
		'border-bottom-style',
		'solid'
	);
	// blanks: lines
	const blank = page.locator('[data-type="fill-blanks"] input').first();
	await expect(blank).toHaveCSS('border-top-style', 'none');
	await expect(blank).toHaveCSS('border-bottom-style', 'solid');
	// order: an empty box for each item's position, and what to write in it
	const order = page.locator('[data-type="order"]').first();
	await expect(order.getByText(/^Number the items from 1 to \d+ in the boxes/)).toBeVisible();
	await expect(order.locator('.position').first()).toHaveCSS('color', 'rgba(0, 0, 0, 0)');
	await expect(order.locator('.position').first()).toHaveCSS('border-top-style', 'solid');
	// match: lettered options and a box per item
	const match = page.locator('[data-type="match"]').first();
	await expect(match.locator('ol.options')).toBeVisible();
	await expect(match.locator('select').first()).toBeHidden();
	await expect(match.locator('.letter-box').first()).toBeVisible();
	// highlight and Part B: underline in the article
	await expect(
		page
			.locator('[data-type="highlight"]')
			.first()
			.getByText('Underline 1 sentence in the article.')
	).toBeVisible();

	// the PDF: no buttons' words, and no question split across two pages
	const pdf = await printed(page);
	writeFileSync(test.info().outputPath('worksheet.pdf'), pdf);
	const pages = await pdfPages(pdf);
	expect(pages.length).toBeGreaterThan(3);
	expect(pages[0]).toContain('Name:');
	expect(pages[0]).toContain('¶1Thefishingtown');
	const all = pages.join(' ');
	for (const word of [
		'Check',
		'Submit',
		'Hint',
		'Answered',
		'Select in article',
		'Keep this order'
	])
		expect(all).not.toContain(squash(word));
	const questions = await page.locator('.question').evaluateAll((cards) =>
		cards.map((card) => {
			const lines = (card as HTMLElement).innerText.split('\n').filter((l) => l.trim() !== '');
			return { first: lines[0]!, last: lines.at(-1)! };
		})
	);
	expect(questions.length).toBe(23);
	for (const { first, last } of questions) {
		const start = pages.findIndex((text) => text.includes(squash(first)));
		const end = pages.findIndex(
			(text, i) => i >= start && text.includes(squash(last).slice(0, 40))
		);
		expect(start, `“${first}” is printed`).toBeGreaterThan(0);
		expect(end, `${first} ends on the page it starts on`).toBe(start);
	}
});

test('a submitted quiz is not a worksheet: no answer boxes or lines are printed', async ({
	page
}) => {
	await gotoHydrated(page, `/${FIXTURE_ARTICLE}/vocabulary`);
	const keys = await loadKeys(page, FIXTURE_ARTICLE, 'vocabulary');
	await answerAll(page, keys, 'right', 'mouse', { check: false });
	await submit(page, 'mouse');
	await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.quiz')).not.toHaveClass(/worksheet/);
	await expect(page.locator('.worksheet-only:visible')).toHaveCount(0);
});
