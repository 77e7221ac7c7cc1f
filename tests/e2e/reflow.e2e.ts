/**
 * Reflow (WCAG 2.2, 1.4.10) on a quiz page: at 200 % zoom on a 1366×768 laptop (a 683×384 CSS px
 * viewport), at 320 CSS px wide (a 1280-px screen at 400 %) and on a phone, whatever stays on screen
 * while the page scrolls (the switcher, the progress bar, the selection bar) takes at most a quarter
 * of the viewport's height, in reading, answering, selecting and reviewing a selection; and nothing
 * scrolls sideways.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll, gotoHydrated } from './helpers.ts';
import { card, loadKeys, questionIds, selectionBar, sentenceToggle } from './quiz.ts';
import { FIXTURE_ARTICLE } from '../fixtures/content.ts';

const ARTICLE = FIXTURE_ARTICLE;
const QUIZ = 'reading-check';
const SHOTS = process.env.SHOTS_DIR;

const screens = {
	'laptop at 200 %': { viewport: { width: 683, height: 384 }, touch: false },
	'320 px wide': { viewport: { width: 320, height: 568 }, touch: false },
	phone: { viewport: { width: 390, height: 844 }, touch: true }
} as const;

/**
 * The height of the viewport that sticky and fixed elements cover: each one shown, as much of it
 * as is inside the viewport (nested ones counted once, by the outermost).
 */
function stuckHeight(page: Page): Promise<{ total: number; parts: string[] }> {
	return page.evaluate(() => {
		const pinned = Array.from(document.body.querySelectorAll<HTMLElement>('*')).filter(
			(element) => {
				const { position } = getComputedStyle(element);
				return (
					(position === 'sticky' || position === 'fixed') &&
					element.checkVisibility({ visibilityProperty: true, opacityProperty: true })
				);
			}
		);
		const outermost = pinned.filter(
			(element) => !pinned.some((other) => other !== element && other.contains(element))
		);
		let total = 0;
		const parts: string[] = [];
		for (const element of outermost) {
			const box = element.getBoundingClientRect();
			const shown = Math.max(0, Math.min(box.bottom, innerHeight) - Math.max(box.top, 0));
			if (shown === 0) continue;
			total += shown;
			parts.push(
				`${element.tagName.toLowerCase()}.${element.className.split(' ')[0]}: ${Math.round(shown)}px`
			);
		}
		return { total, parts };
	});
}

async function expectStuckAtMostAQuarter(page: Page, state: string): Promise<void> {
	const height = page.viewportSize()!.height;
	const { total, parts } = await stuckHeight(page);
	expect(
		total,
		`${state}: sticky parts take ${Math.round(total)} of ${height}px (${parts.join(', ')})`
	).toBeLessThanOrEqual(height / 4);
}

/** Scrolls the page (or, side by side, the pane) so that `selector`'s element is in the middle. */
async function scrollToMiddle(page: Page, selector: string): Promise<void> {
	await page
		.locator(selector)
		.first()
		.evaluate((element) => element.scrollIntoView({ block: 'center' }));
	// a frame for sticky positions to settle
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
}

for (const [name, { viewport, touch }] of Object.entries(screens)) {
	test.describe(name, () => {
		test.use({ viewport, isMobile: touch, hasTouch: touch });

		test('the sticky bars take at most a quarter of the height, reading, answering, selecting and reviewing', async ({
			page
		}) => {
			// three states, each checked by axe: a minute on a busy machine
			test.setTimeout(180_000);
			const shot = async (state: string) => {
				if (SHOTS)
					await page.screenshot({
						path: `${SHOTS}/reflow-${viewport.width}x${viewport.height}-${state}.png`
					});
			};
			await gotoHydrated(page, `/${ARTICLE}/${QUIZ}`);
			const keys = await loadKeys(page, ARTICLE, QUIZ);

			// reading: the middle of the article
			await scrollToMiddle(page, '#article [data-paragraph="8"]');
			await shot('reading');
			await expectStuckAtMostAQuarter(page, 'reading');
			await expectNoHorizontalScroll(page, 'reading');
			await expectNoAxeViolations(page, `reading (${name})`);

			// answering: a question in the middle of the list, answered
			const ids = await questionIds(page);
			const id = ids.find((candidate) => keys[candidate]!.type === 'single')!;
			await card(page, id).locator('label').first().click();
			await scrollToMiddle(page, `[data-question="${id}"]`);
			await shot('answering');
			await expectStuckAtMostAQuarter(page, 'answering');
			await expectNoHorizontalScroll(page, 'answering');
			await expectNoAxeViolations(page, `answering (${name})`);

			// selecting: a sentence selected, the article scrolled to the middle
			const highlight = Object.keys(keys).find(
				(candidate) =>
					keys[candidate]!.type === 'highlight' && keys[candidate]!.evidenceSentences.length === 2
			)!;
			await card(page, highlight).getByRole('button', { name: 'Select in article' }).click();
			await expect(selectionBar(page)).toBeVisible();
			const sentence = keys[highlight]!.evidenceSentences[0]!;
			await sentenceToggle(page, sentence).click();
			await expect(sentenceToggle(page, sentence)).toHaveAttribute('aria-checked', 'true');
			await scrollToMiddle(page, '#article [data-paragraph="8"]');
			await expect(selectionBar(page)).toBeInViewport();
			await shot('selecting');
			await expectStuckAtMostAQuarter(page, 'selecting');
			await expectNoHorizontalScroll(page, 'selecting');
			await expectNoAxeViolations(page, `selecting (${name})`);

			// and the selection reviewed in the article once checked (axe: accessibility.e2e.ts)
			const [, other] = keys[highlight]!.evidenceSentences;
			await sentenceToggle(page, other!).click();
			await selectionBar(page).getByRole('button', { name: 'Done selecting' }).click();
			await card(page, highlight).getByRole('button', { name: 'Check', exact: true }).click();
			await card(page, highlight).getByRole('button', { name: 'Show in article' }).click();
			await expect(page.locator('#article [data-review]').first()).toBeVisible();
			await scrollToMiddle(page, '#article [data-paragraph="8"]');
			await expect(selectionBar(page)).toBeInViewport();
			await shot('reviewing');
			await expectStuckAtMostAQuarter(page, 'reviewing');
			await expectNoHorizontalScroll(page, 'reviewing');
		});
	});
}
