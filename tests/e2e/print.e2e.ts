/**
 * A quiz page printed before it is submitted is a worksheet: the article with its ¶ numbers, then
 * the questions with room to answer (boxes for choices, lines for short answers and blanks, a box
 * for each order item's position and each match), no buttons or app chrome, no question split
 * across pages; a circle for a question of one answer, a box for one of several, each choice
 * lettered, nothing of tries. Submitted, the printed and copied results give each answer in words
 * (a sentence quoted) and, when the review allows, the right answer and the explanation. Checked
 * with Chromium's print emulation and in the PDF it prints (page by page).
 */
import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { gotoHydrated } from './helpers';
import { answerAll, answerQuestion, loadKeys, resultsTotal, submit } from './quiz';
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

	// choices: a circle for a question of one answer, boxes to tick for one of several
	const circle = page.locator('[data-type="single"] input').first();
	await expect(circle).toHaveCSS('appearance', 'none');
	await expect(circle).toHaveCSS('border-top-style', 'solid');
	await expect(circle).toHaveCSS('border-radius', '50%');
	await expect(page.locator('[data-type="true-false"] input').first()).toHaveCSS(
		'border-radius',
		'50%'
	);
	await expect(page.locator('[data-type="multiple"] input').first()).toHaveCSS(
		'border-radius',
		'2px'
	);
	// each choice with its letter, and the form the letters and order belong to
	await expect(page.locator('[data-type="single"] .letter').first()).toHaveText('A.');
	await expect(page.locator('.questions-title')).toHaveText(/Questions · Form [0-9A-Z]+/);
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
	// nothing of tries: paper has none
	for (const word of [
		'Check',
		'Submit',
		'Hint',
		'Answered',
		'Select in article',
		'Keep this order',
		'tries'
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

/** A rich text of the key (explanation) as plain words. */
const plain = (rich: { text: string }[]) => rich.map((run) => run.text).join('');

/** A sentence quoted as the report quotes it: typographic quotes, inner ones single. */
const quotedAs = (text: string) => `“${text.replace(/“/g, '‘').replace(/”/g, '’')}”`;

test('printed and copied results of a practice quiz: each answer in words, a sentence quoted, the right answer and the explanation', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await gotoHydrated(page, QUIZ);
	const keys = await loadKeys(page, FIXTURE_ARTICLE, 'reading-check');
	const highlight = keys['reyes-vs-road']!;
	const single = keys['main-idea']!;
	await answerQuestion(page, 'reyes-vs-road', highlight, 'right', 'mouse');
	await answerQuestion(page, 'main-idea', single, 'wrong', 'mouse');
	await submit(page, 'mouse');
	await page.getByRole('button', { name: 'Submit anyway' }).click();
	await expect(resultsTotal(page)).toBeVisible();

	await page.emulateMedia({ media: 'print' });
	const report = page.locator('table.report');
	const sentence = report.locator('tbody[data-row="reyes-vs-road"]');
	const quote = highlight.citations[0]!;
	const quotedSentence = `¶${quote.paragraph} ${quotedAs(quote.quote)}`;
	// the sentence selected, quoted as text, not "¶12, sentence 1"
	await expect(sentence.locator('td.answer')).toHaveText(quotedSentence);
	await expect(sentence).not.toContainText(', sentence ');
	await expect(sentence).toContainText(`Explanation: ${plain(highlight.explanation)}`);
	await expect(sentence).toContainText(`Evidence: ${quotedSentence}`);
	// a choice by its letter and text, and the right one beside it
	const choice = report.locator('tbody[data-row="main-idea"]');
	await expect(choice.locator('td.answer')).toHaveText(/^[A-Z]\. \S/);
	await expect(choice).toContainText(/Right answer: [A-Z]\. \S/);
	const printedAnswer = await choice.locator('td.answer').innerText();

	// copied, the same words
	await page.emulateMedia({ media: 'screen' });
	await page.getByRole('button', { name: 'Copy results' }).click();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toContain(`Your answer: ${quotedSentence}`);
	expect(copied).toContain(`Your answer: ${printedAnswer}`);
	expect(copied).toContain(`Explanation: ${plain(highlight.explanation)}`);
	expect(copied).toMatch(/\n {3}Right answer: [A-Z]\. \S/);

	// and on paper
	const pdf = await printed(page);
	writeFileSync(test.info().outputPath('results.pdf'), pdf);
	const all = (await pdfPages(pdf)).join('');
	expect(all).toContain(squash(quotedSentence));
	expect(all).toContain(squash(`Explanation: ${plain(highlight.explanation)}`));
});

test('a test with review: score prints and copies no right answers or explanations', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await gotoHydrated(page, `/${FIXTURE_ARTICLE}/review-score`);
	const keys = await loadKeys(page, FIXTURE_ARTICLE, 'review-score');
	await answerQuestion(page, 'practical-word', keys['practical-word']!, 'wrong', 'mouse');
	await answerQuestion(page, 'reyes-contrast', keys['reyes-contrast']!, 'right', 'mouse');
	await submit(page, 'mouse');
	await expect(resultsTotal(page)).toBeVisible();
	await expect(page.getByText('Your teacher will share the right answers later.')).toBeVisible();

	await page.getByRole('button', { name: 'Copy results' }).click();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toMatch(/Your answer: [A-Z]\. \S/);
	expect(copied).not.toContain('Right answer');
	expect(copied).not.toContain('Explanation');

	const pdf = await printed(page);
	writeFileSync(test.info().outputPath('score-only.pdf'), pdf);
	const all = (await pdfPages(pdf)).join('');
	const quote = keys['reyes-contrast']!.citations[0]!;
	// the student's own answer, quoted; nothing of the key
	expect(all).toContain(squash(quotedAs(quote.quote)));
	for (const hidden of ['Right answer', 'Explanation', 'Evidence'])
		expect(all).not.toContain(squash(hidden));
	expect(all).not.toContain(squash(plain(keys['practical-word']!.explanation)));
});
