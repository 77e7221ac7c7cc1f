/**
 * The student's own highlights and notes (#22 item 5), on the tests' second article
 * (tests/fixtures/content/tide-pools), on a phone and a laptop: words selected in the article are
 * highlighted in a named colour, a sentence is marked by keyboard alone, a note is added and read
 * in its popover; all three come back after a reload, are drawn unlike the evidence highlight, show
 * in the printed results, and are gone after Start over (which says so). Axe finds nothing with
 * them on the page. One made online is drawn again when the quiz reloads offline (service worker).
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, gotoHydrated, waitForHydration } from './helpers.ts';

const QUIZ = '/tide-pools/guided-reading';

/** Selects `words` inside ¶`paragraph` of the quiz's article, as a drag (or a long press) would. */
async function selectWords(page: Page, paragraph: number, words: string): Promise<void> {
	await page.evaluate(
		({ paragraph, words }) => {
			const p = document.querySelector(`#article [data-paragraph="${paragraph}"]`)!;
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
			const point = (offset: number): [Text, number] => {
				for (const node of nodes) {
					if (offset <= node.length) return [node, offset];
					offset -= node.length;
				}
				throw new Error('offset past the paragraph');
			};
			const range = document.createRange();
			range.setStart(...point(at));
			range.setEnd(...point(at + words.length));
			document.getSelection()!.removeAllRanges();
			document.getSelection()!.addRange(range);
		},
		{ paragraph, words }
	);
}

const bar = (page: Page) => page.getByRole('region', { name: 'Your highlights and notes' });
const own = (page: Page, paragraph: number) =>
	page.locator(`#article [data-paragraph="${paragraph}"] .own`);

/** What the article shows of the student's marks: each marked stretch's colour (or note) and words. */
async function expectMarks(page: Page): Promise<void> {
	await expect(own(page, 1)).toHaveText('small world of its own');
	await expect(own(page, 1)).toHaveAttribute('data-colour', 'green');
	await expect(own(page, 2)).toHaveText('Only tough animals can live there.');
	await expect(own(page, 2)).toHaveAttribute('data-colour', 'blue');
	await expect(own(page, 5)).toHaveText('fewer anemones');
	await expect(own(page, 5)).toHaveAttribute('data-noted', 'true');
	// never the app's evidence highlight, and announced as the student's own
	await expect(page.locator('#article .own mark, #article mark .own')).toHaveCount(0);
	await expect(page.locator('#article [data-paragraph="1"]')).toContainText(
		'Your green highlight: small world of its own (end of your highlight)'
	);
	await expect(page.getByRole('button', { name: 'Your note: Why fewer?' })).toBeVisible();
}

for (const [device, viewport] of Object.entries({
	phone: { width: 390, height: 844 },
	laptop: { width: 1366, height: 800 }
})) {
	test(`highlights and notes by mouse and keyboard survive a reload, print, and go with Start over (${device})`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		await page.setViewportSize(viewport);
		await gotoHydrated(page, QUIZ);

		// words selected with the mouse: a highlight in a named colour
		await selectWords(page, 1, 'small world of its own');
		await bar(page).getByRole('button', { name: 'Green' }).click();
		await expect(own(page, 1)).toHaveText('small world of its own');
		await expect(bar(page)).toBeHidden();

		// by keyboard alone: "Mark sentences", the arrows to ¶2's second sentence, Space, then Blue
		const mark = page.getByRole('button', { name: 'Mark sentences' });
		await mark.focus();
		await page.keyboard.press('Enter');
		const toolbar = page.getByRole('toolbar', { name: 'Sentences to mark' });
		await expect(toolbar.getByRole('checkbox').first()).toBeFocused();
		for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
		const sentence = toolbar.getByRole('checkbox', { name: 'Only tough animals can live there.' });
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

		// a note on selected words
		await selectWords(page, 5, 'fewer anemones');
		await bar(page).getByRole('button', { name: 'Add note' }).click();
		await bar(page).getByLabel('Your note').fill('Why fewer?');
		await bar(page).getByRole('button', { name: 'Save note' }).click();
		await expectMarks(page);

		// after a reload, all three are back; the note opens in its popover
		await page.reload();
		await waitForHydration(page);
		await expectMarks(page);
		await page.getByRole('button', { name: 'Your note: Why fewer?' }).click();
		const popover = page.locator('[popover]:popover-open');
		await expect(popover).toContainText('Your note on ¶5: “fewer anemones”');
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
			'¶1 green highlight: “small world of its own”',
			'¶2 blue highlight: “Only tough animals can live there.”',
			'¶5 note on “fewer anemones”: Why fewer?'
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
		await selectWords(page, 1, 'small world of its own');
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
