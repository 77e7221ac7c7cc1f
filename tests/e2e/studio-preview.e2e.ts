/**
 * The Studio's preview, exports and GIFT import in the built site, as a teacher uses them: the quiz
 * typed in the editor shows in the preview as a student sees it, keeps its last good version
 * (marked) while the draft has errors and updates once fixed; answering in the preview saves no
 * attempt for a real quiz; words selected in the preview's article come back as the evidence line
 * at the cursor (pinned with `paragraph:` when they occur twice); an update keeps the place the
 * preview was scrolled to; the worksheet and the key print from the preview; its controls switch
 * between the student's page and the key, its width and the quiz's mode.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type FrameLocator, type Page } from '@playwright/test';
import { expectNoAxeViolations, gotoHydrated } from './helpers.ts';
import { goOffline, pasteInto, studioEditor, waitForStudio } from './studio.ts';
import { FIXTURE_CONTENT } from '../fixtures/content.ts';

test.use({ serviceWorkers: 'allow' });

const ARTICLE = readFileSync(join(FIXTURE_CONTENT, 'tide-pools', 'article.md'), 'utf8');

const QUIZ = `title: Tide pool check
questions:
  - id: salty
    type: true-false
    prompt: The water in a pool grows salty as it dries.
    answer: true
    explanation: The second paragraph says so.
    evidence: grows salty as it dries
`;

/** A question with no evidence yet: the check wants it, and the preview gives it. */
const withoutEvidence = (id: string) =>
	`  - id: ${id}\n    type: true-false\n    prompt: A statement.\n    answer: true\n    explanation: Because.`;

/** The quiz editor's line that holds `text`. */
const line = (page: Page, text: string) =>
	studioEditor(page, 'quiz').locator('.cm-line', { hasText: text });

const preview = (page: Page): FrameLocator =>
	page.frameLocator('iframe[title="Preview of the quiz"]');

/** How far the preview's page is scrolled (px). */
const previewScroll = (page: Page) =>
	preview(page)
		.locator('body')
		.evaluate(() => Math.round(document.scrollingElement!.scrollTop));

/**
 * Opens the Studio with the tests' tide-pools article and `quiz` in its editors; with `context`,
 * the network goes off once the Studio is kept for offline use.
 */
async function openWith(page: Page, quiz: string, context?: BrowserContext) {
	await gotoHydrated(page, '/studio');
	await waitForStudio(page);
	if (context) await goOffline(page, context);
	await pasteInto(page, studioEditor(page, 'article'), 'replace', ARTICLE);
	await pasteInto(page, studioEditor(page, 'quiz'), 'replace', quiz);
}

/** Selects the first occurrence of `words` in ¶`n` of the preview's article, with the mouse. */
async function selectInPreview(page: Page, n: number, words: string) {
	const paragraph = preview(page).locator(`[data-paragraph="${n}"]`);
	await paragraph.scrollIntoViewIfNeeded();
	const box = await paragraph.evaluate((element, wanted) => {
		const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const at = node.textContent!.indexOf(wanted);
			if (at < 0) continue;
			const range = document.createRange();
			range.setStart(node, at);
			range.setEnd(node, at + wanted.length);
			const rects = range.getClientRects();
			const first = rects[0]!;
			const last = rects[rects.length - 1]!;
			return {
				x1: first.left + 1,
				y1: first.top + first.height / 2,
				x2: last.right - 1,
				y2: last.top + last.height / 2
			};
		}
		throw new Error(`"${wanted}" is not in ¶`);
	}, words);
	const frame = await page.locator('iframe[title="Preview of the quiz"]').boundingBox();
	await page.mouse.move(frame!.x + box.x1, frame!.y + box.y1);
	await page.mouse.down();
	await page.mouse.move(frame!.x + box.x2, frame!.y + box.y2, { steps: 5 });
	await page.mouse.up();
}

test('the preview shows the quiz as typed, answers apart, and gives evidence lines, offline', async ({
	page,
	context
}) => {
	await openWith(page, QUIZ, context);
	const stale = page.getByText('Showing the last version without errors');
	await expect(preview(page).getByRole('heading', { level: 1 })).toHaveText('Tide pool check');
	await expect(stale).toBeHidden();
	// the quiz alone: no breadcrumb that would take the preview to the site's pages
	await expect(preview(page).getByRole('navigation', { name: 'Breadcrumb' })).toHaveCount(0);

	// answered in the preview: a verdict, and no attempt saved for any real quiz
	const card = preview(page).getByRole('article', { name: 'Question 1' });
	await card.getByLabel('True', { exact: true }).check();
	await card.getByRole('button', { name: 'Check' }).click();
	await expect(card.getByText('Correct')).toBeVisible();
	const saved = await page.evaluate(() =>
		Object.keys(localStorage).filter((key) => key.startsWith('close-reader:v1:'))
	);
	expect(saved).toEqual([]);

	// a mistake: the last good version stays, marked; the fix updates it
	const quiz = studioEditor(page, 'quiz');
	await pasteInto(
		page,
		quiz,
		'replace',
		QUIZ.replace('Tide pool check', 'Tide pools').replace('answer: true', 'answer: maybe')
	);
	await expect(stale).toBeVisible();
	await expect(preview(page).getByRole('heading', { level: 1 })).toHaveText('Tide pool check');
	await pasteInto(page, quiz, 'replace', QUIZ.replace('Tide pool check', 'Tide pools'));
	await expect(stale).toBeHidden();
	await expect(preview(page).getByRole('heading', { level: 1 })).toHaveText('Tide pools');

	// a question with no evidence; words selected in the preview give it, at the cursor
	await pasteInto(page, quiz, 'end', `\n${withoutEvidence('foot')}`);
	await expect(stale).toBeVisible();
	await selectInPreview(page, 3, 'one strong foot');
	await expect(line(page, 'evidence: "one strong foot"')).toHaveText(
		'    evidence: "one strong foot"'
	);
	await expect(stale).toBeHidden();
	// words in two paragraphs: pinned to the one they were selected in
	await pasteInto(page, quiz, 'end', `\n${withoutEvidence('pools')}`);
	await expect(stale).toBeVisible();
	await selectInPreview(page, 5, 'the pools');
	await expect(line(page, 'the pools')).toHaveText(
		'    evidence: { quote: "the pools", paragraph: 5 }'
	);
	await expect(stale).toBeHidden();
	await expect(preview(page).getByRole('article', { name: 'Question 3' })).toBeVisible();

	// scrolled in the preview to a place of the teacher's own (not a paragraph's top, where the
	// quiz page's own place-keeping would put it): the updates of the next edit keep it
	const scrolled = await preview(page)
		.locator('[data-paragraph="5"]')
		.evaluate((paragraph) => {
			paragraph.scrollIntoView({ block: 'start' });
			document.scrollingElement!.scrollTop += 37;
			return Math.round(document.scrollingElement!.scrollTop);
		});
	await quiz.click();
	await page.keyboard.press('ControlOrMeta+Home');
	await page.keyboard.press('End');
	await page.keyboard.type(' again');
	await expect(preview(page).getByRole('heading', { level: 1 })).toHaveText('Tide pools again');
	await expect.poll(() => previewScroll(page)).toBe(scrolled);

	await expectNoAxeViolations(page, 'the Studio with its preview');

	// printed from the preview: the worksheet, then the key
	await page.getByRole('button', { name: 'Print worksheet' }).click();
	await page.emulateMedia({ media: 'print' });
	await expect(preview(page).getByText('Name:')).toBeVisible();
	// no buttons but the glossary's terms, which are words of the article
	await expect(preview(page).locator('button:visible:not(.term)')).toHaveCount(0);
	await expect(preview(page).locator('[data-paragraph="1"]')).toBeVisible();
	await page.emulateMedia({ media: 'screen' });
	await page.getByRole('button', { name: 'Print key' }).click();
	await expect(
		preview(page).getByRole('heading', { name: 'Answer key: Tide pools' })
	).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	// the compact key: each question's explanation and the paragraphs it cites, as selected above
	await expect(preview(page).getByText('Because. · Evidence: ¶3')).toBeVisible();
	await expect(preview(page).getByText('Because. · Evidence: ¶5')).toBeVisible();
	await expect(preview(page).getByRole('heading', { name: 'Evidence picker' })).toBeHidden();
	await page.emulateMedia({ media: 'screen' });

	// the preview's controls: the key printed is shown; back to the student's page, wider, a test
	await expect(page.getByRole('radio', { name: 'Answer key' })).toBeChecked();
	await page.getByRole('radio', { name: 'Student' }).check();
	await expect(preview(page).getByRole('heading', { level: 1 })).toHaveText('Tide pools again');
	await page.getByRole('radio', { name: 'Laptop' }).check();
	await expect(page.getByRole('radio', { name: 'Phone' })).not.toBeChecked();
	await expect(page.locator('iframe[title="Preview of the quiz"]')).toHaveClass(/\blaptop\b/);
	await page.getByLabel('Mode').selectOption('test');
	await expect(preview(page).locator('[data-mode="test"]')).toHaveCount(1);
});
