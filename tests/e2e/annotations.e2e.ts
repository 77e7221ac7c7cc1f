/**
 * The student's own highlights and notes (#22 item 5), on the tests' second article
 * (tests/fixtures/content/tide-pools), on a phone and a laptop, made as a student makes them: words
 * dragged over with the mouse (past a paragraph's end; across a glossary term) or double-clicked are highlighted in a named colour or get a note, a sentence is
 * marked by keyboard alone, and the sentence toggles draw the highlights already made. All come
 * back after a reload, are drawn unlike the evidence highlight, show in the printed results, and are
 * gone after Start over (which says so). Axe finds nothing with them on the page. One made online is
 * drawn again when the quiz reloads offline (service worker). The reading tools above the article
 * (four on this guided quiz) are one row at 320 and 390 px and on a laptop, each named in full.
 *
 * A finger: headless Chromium selects no text by touch (a long press of raw touch events, or
 * CDP's synthesized long tap, leaves the selection empty; page.touchscreen only taps), so the phone
 * (a touch context at 390 px) selects with the mouse, which its selection then reaches the bar
 * through just as a finger's would: the same `selectionchange`.
 */
import { expect, test, type Page } from '@playwright/test';
import {
	expectNoAxeViolations,
	expectNoHorizontalScroll,
	gotoHydrated,
	waitForHydration
} from './helpers.ts';

const QUIZ = '/tide-pools/guided-reading';

interface Point {
	x: number;
	y: number;
}

/** Where `words` of ¶`paragraph` are on screen (scrolled into view): their first and last letter. */
async function wordsAt(page: Page, paragraph: number, words: string): Promise<[Point, Point]> {
	return page.evaluate(
		({ paragraph, words }) => {
			const p = document.querySelector(`#article [data-paragraph="${paragraph}"]`)!;
			p.scrollIntoView({ block: 'center' });
			const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
			const nodes: Text[] = [];
			for (let n = walker.nextNode(); n; n = walker.nextNode())
				if (!n.parentElement?.closest('.number, .visually-hidden, [data-not-text]'))
					nodes.push(n as Text);
			const at = nodes
				.map((n) => n.data)
				.join('')
				.indexOf(words);
			if (at < 0) throw new Error(`"${words}" is not in ¶${paragraph}`);
			const letter = (offset: number): DOMRect => {
				for (const node of nodes) {
					if (offset < node.length) {
						const range = document.createRange();
						range.setStart(node, offset);
						range.setEnd(node, offset + 1);
						return range.getBoundingClientRect();
					}
					offset -= node.length;
				}
				throw new Error('offset past the paragraph');
			};
			const first = letter(at);
			const last = letter(at + words.length - 1);
			// just inside the first letter's left edge and the last one's right edge
			return [
				{ x: first.left + 1, y: first.top + first.height / 2 },
				{ x: last.right - 1, y: last.top + last.height / 2 }
			];
		},
		{ paragraph, words }
	);
}

/** Presses the mouse at `from`, drags it to `to` and lets go. */
async function drag(page: Page, from: Point, to: Point): Promise<void> {
	await page.mouse.move(from.x, from.y);
	await page.mouse.down();
	await page.mouse.move(to.x, to.y, { steps: 8 });
	await page.mouse.up();
}

/** Drags the mouse over `words` of ¶`paragraph`. */
async function dragOver(page: Page, paragraph: number, words: string): Promise<void> {
	const [from, to] = await wordsAt(page, paragraph, words);
	await drag(page, from, to);
}

const bar = (page: Page) => page.getByRole('region', { name: 'Your highlights and notes' });
const own = (page: Page, paragraph: number) =>
	page.locator(`#article [data-paragraph="${paragraph}"] .own`);

/** What the article shows of the student's marks: each marked stretch's colour (or note) and words. */
async function expectMarks(page: Page): Promise<void> {
	await expect(own(page, 1)).toHaveText('small world of its own.');
	await expect(own(page, 1)).toHaveAttribute('data-colour', 'green');
	await expect(own(page, 2)).toHaveText('Only tough animals can live there.');
	await expect(own(page, 2)).toHaveAttribute('data-colour', 'blue');
	// across the glossary term's button: its words are in the highlight, and it is still the term
	await expect(own(page, 3)).toHaveText(['green ', 'anemone', ' holds']);
	await expect(page.locator('#article [data-paragraph="3"] .term .own')).toHaveText('anemone');
	await expect(own(page, 5)).toHaveText('fewer');
	await expect(own(page, 5)).toHaveAttribute('data-noted', 'true');
	// never the app's evidence highlight, and announced as the student's own
	await expect(page.locator('#article .own mark, #article mark .own')).toHaveCount(0);
	await expect(page.locator('#article [data-paragraph="1"]')).toContainText(
		'Your green highlight: small world of its own. (end of your highlight)'
	);
	await expect(page.locator('#article [data-paragraph="3"]')).toContainText(
		'Your pink highlight: green anemone holds (end of your highlight)'
	);
	await expect(page.getByRole('button', { name: 'Your note: Why fewer?' })).toBeVisible();
}

/** The reading tools above the article are one row, each named in full, and nothing scrolls sideways. */
async function expectToolsInOneRow(page: Page, context: string): Promise<void> {
	const tools = page.locator('.reading-tools').getByRole('button');
	const names = ['Read aloud', 'Text', 'Mark sentences', 'Questions in the text'];
	for (const [i, name] of names.entries()) await expect(tools.nth(i)).toHaveAccessibleName(name);
	const tops = await tools.evaluateAll((buttons) =>
		buttons.map((button) => Math.round(button.getBoundingClientRect().top))
	);
	expect(new Set(tops).size, `${context}: the tools' rows (tops ${tops.join(', ')})`).toBe(1);
	await expectNoHorizontalScroll(page, context);
}

for (const [device, viewport] of Object.entries({
	phone: { width: 390, height: 844 },
	laptop: { width: 1366, height: 800 }
})) {
	test.describe(device, () => {
		test.use({ viewport, isMobile: device === 'phone', hasTouch: device === 'phone' });

		test(`highlights and notes by mouse and keyboard survive a reload, print, and go with Start over (${device})`, async ({
			page
		}) => {
			test.setTimeout(120_000);
			await gotoHydrated(page, QUIZ);
			if (device === 'phone') {
				await page.setViewportSize({ width: 320, height: 700 });
				await expectToolsInOneRow(page, '320 px');
				await page.setViewportSize(viewport);
			}
			await expectToolsInOneRow(page, device);

			// a drag from "small" to just below ¶1 (past its end: the question after it, or ¶2's ¶
			// number): ¶1's words to its end, in a named colour
			const [small] = await wordsAt(page, 1, 'small world of its own');
			const first = (await page.locator('#article [data-paragraph="1"]').boundingBox())!;
			await drag(page, small, { x: first.x + first.width / 2, y: first.y + first.height + 6 });
			await bar(page).getByRole('button', { name: 'Green' }).click();
			await expect(own(page, 1)).toHaveText('small world of its own.');
			await expect(bar(page)).toBeHidden();

			// by keyboard alone: "Mark sentences", the arrows to ¶2's second sentence, Space, then Blue
			const mark = page.getByRole('button', { name: 'Mark sentences' });
			await mark.focus();
			await page.keyboard.press('Enter');
			const toolbar = page.getByRole('toolbar', { name: 'Sentences to mark' });
			await expect(toolbar.getByRole('checkbox').first()).toBeFocused();
			// the sentence toggles draw the green highlight as the article does
			const tidePool = toolbar.getByRole('checkbox', { name: /^Each tide pool/ });
			await expect(tidePool.locator('.own[data-colour="green"]')).toHaveText(
				'small world of its own.'
			);
			expect(
				await tidePool.locator('.own').evaluate((span) => getComputedStyle(span).backgroundImage)
			).toContain('linear-gradient');
			for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
			const sentence = toolbar.getByRole('checkbox', {
				name: 'Only tough animals can live there.'
			});
			await expect(sentence).toBeFocused();
			await page.keyboard.press('Space');
			await expect(sentence).toHaveAttribute('aria-checked', 'true');
			await expect(bar(page)).toContainText('1 sentence chosen');
			const blue = bar(page).getByRole('button', { name: 'Blue' });
			for (let i = 0; i < 8 && !(await blue.evaluate((b) => b === document.activeElement)); i++)
				await page.keyboard.press('Shift+Tab');
			await expect(blue).toBeFocused();
			await page.keyboard.press('Enter');
			await page.keyboard.press('Escape');
			await expect(mark).toBeFocused();
			await expect(own(page, 2)).toHaveText('Only tough animals can live there.');

			// a drag across a glossary term ("anemone"): no definition opens, the bar does
			await dragOver(page, 3, 'green anemone holds');
			await expect(page.locator('[popover]:popover-open')).toHaveCount(0);
			await bar(page).getByRole('button', { name: 'Pink' }).click();

			// a double-click on one word, and a note on it
			const [fewer] = await wordsAt(page, 5, 'fewer');
			await page.mouse.dblclick(fewer.x + 4, fewer.y);
			await expect(bar(page)).toContainText('Selected words:');
			await bar(page).getByRole('button', { name: 'Add note' }).click();
			await bar(page).getByLabel('Your note').fill('Why fewer?');
			await bar(page).getByRole('button', { name: 'Save note' }).click();
			await expectMarks(page);

			// after a reload, all four are back; the note opens in its popover
			await page.reload();
			await waitForHydration(page);
			await expectMarks(page);
			await page.getByRole('button', { name: 'Your note: Why fewer?' }).click();
			const popover = page.locator('[popover]:popover-open');
			await expect(popover).toContainText('Your note on ¶5: “fewer”');
			await expect(popover).toContainText('Why fewer?');
			await expectNoAxeViolations(page, `the article with highlights and a note (${device})`);
			await page.keyboard.press('Escape');

			// the printed results quote each with its ¶
			await page.getByRole('button', { name: 'Submit', exact: true }).click();
			await page.getByRole('button', { name: 'Submit anyway' }).click();
			await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();
			await page.emulateMedia({ media: 'print' });
			const printed = page.locator('.own-marks li');
			await expect(printed).toHaveText([
				'¶1 green highlight: “small world of its own.”',
				'¶2 blue highlight: “Only tough animals can live there.”',
				'¶3 pink highlight: “green anemone holds”',
				'¶5 note on “fewer”: Why fewer?'
			]);
			await page.emulateMedia({ media: 'screen' });

			// Start over says it clears them, and does
			await page.getByRole('button', { name: 'Start over' }).click();
			const dialog = page.getByRole('dialog', { name: 'Start over?' });
			await expect(dialog).toContainText('your highlights and notes too');
			await dialog.getByRole('button', { name: 'Yes, start over' }).click();
			await expect(page.locator('#article .own')).toHaveCount(0);
			await page.reload();
			await waitForHydration(page);
			await expect(page.locator('#article .own')).toHaveCount(0);
			await expect(page.getByRole('button', { name: /^Your note/ })).toHaveCount(0);
		});
	});
}

test.describe('offline', () => {
	test.use({ serviceWorkers: 'allow' });

	test('a highlight made online is drawn again when the quiz reloads offline', async ({
		page,
		context
	}) => {
		test.setTimeout(120_000);
		await gotoHydrated(page, QUIZ);
		await page.evaluate(() => navigator.serviceWorker.ready);
		await expect
			.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
			.toBe(true);
		await dragOver(page, 1, 'small world of its own');
		await bar(page).getByRole('button', { name: 'Pink' }).click();
		await expect(own(page, 1)).toHaveAttribute('data-colour', 'pink');

		await context.setOffline(true);
		try {
			await page.reload();
			await waitForHydration(page);
			await expect(own(page, 1)).toHaveText('small world of its own');
			await expect(own(page, 1)).toHaveAttribute('data-colour', 'pink');
		} finally {
			await context.setOffline(false);
		}
	});
});
