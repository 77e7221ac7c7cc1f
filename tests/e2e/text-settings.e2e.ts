/**
 * Text settings on a quiz page: chosen by keyboard and mouse in the "Text" popover, applied at once,
 * kept after a reload and already there at first paint (before any script of the app has run, and
 * with no Content Security Policy violation for the script that applies them); no horizontal
 * scrolling at the largest size and widest spacing in every font, on a phone and a laptop; axe finds
 * nothing in any theme.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchViolations } from './csp.ts';
import {
	emulateColorScheme,
	expectNoAxeViolations,
	expectNoHorizontalScroll,
	gotoHydrated,
	tabTo
} from './helpers.ts';
import { installSpeechStub } from './speech-stub.ts';
import { FIXTURE_ARTICLE } from '../fixtures/content.ts';
import { TEXT_SETTINGS_KEY } from '../../src/lib/text-settings.js';

const path = `/${FIXTURE_ARTICLE}/reading-check`;
const viewports = {
	phone: { width: 390, height: 844 },
	laptop: { width: 1366, height: 768 }
} as const;
const FONTS = ['serif', 'sans', 'atkinson', 'opendyslexic'] as const;
const THEMES = ['system', 'light', 'dark', 'sepia'] as const;

/** Stores `settings` before the page's first script runs, as a student's earlier visit would. */
async function storeSettings(page: Page, settings: Record<string, string>) {
	await page.addInitScript(
		([key, value]) => {
			if (!sessionStorage.getItem('settings-stored')) localStorage.setItem(key, value);
			sessionStorage.setItem('settings-stored', '1');
		},
		[TEXT_SETTINGS_KEY, JSON.stringify(settings)] as const
	);
}

const textButton = (page: Page) => page.getByRole('button', { name: 'Text', exact: true });
const popover = (page: Page) => page.getByRole('dialog', { name: 'Text' });

for (const [device, viewport] of Object.entries(viewports)) {
	test.describe(`on a ${device}`, () => {
		test.use({ viewport });

		for (const font of FONTS) {
			test(`largest text, widest spacing, ${font}: no horizontal scroll`, async ({ page }) => {
				await installSpeechStub(page, { boundaries: false });
				await storeSettings(page, { textSize: '200', lineSpacing: 'wide', font });
				await gotoHydrated(page, path);
				await expect(page.locator('html')).toHaveAttribute('data-text-size', '200');
				await expect(page.locator('#article .paragraph').first()).toHaveCSS('font-size', '34px');
				await expect(page.locator('[data-question] legend').first()).toHaveCSS('font-size', '34px');
				const context = `${device}, 200%, wide, ${font}`;
				await expectNoHorizontalScroll(page, context);
				// with the read-aloud controls and the settings open too
				await page.locator('#article').getByRole('button', { name: 'Read aloud' }).click();
				await expect(page.getByRole('group', { name: 'Read aloud' })).toBeVisible();
				await textButton(page).click();
				await expect(popover(page)).toBeVisible();
				await expectNoHorizontalScroll(page, `${context}, controls open`);
				const box = (await popover(page).boundingBox())!;
				expect(box.x).toBeGreaterThanOrEqual(0);
				expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
			});
		}
	});
}

for (const theme of THEMES) {
	for (const scheme of ['light', 'dark'] as const) {
		if (theme !== 'system' && scheme === 'dark' && theme !== 'light') continue;
		test(`theme ${theme} (device ${scheme}): no axe violations`, async ({ page }) => {
			test.setTimeout(120_000);
			await emulateColorScheme(page, scheme);
			await installSpeechStub(page, { boundaries: false });
			await storeSettings(page, { theme, lineFocus: 'on' });
			await gotoHydrated(page, path);
			await expectNoAxeViolations(page, `theme ${theme}, device ${scheme}`);
			// reading aloud with line focus: the other sentences dimmed, still readable
			await page.locator('#article').getByRole('button', { name: 'Read aloud' }).click();
			await page.getByRole('group', { name: 'Read aloud' }).getByLabel('From').selectOption('2');
			await page.getByRole('button', { name: 'Play' }).click();
			await expect(page.locator('[data-reading]')).toHaveCount(1);
			const colorOf = (sentence: Locator) =>
				sentence.evaluate((element) => getComputedStyle(element).color);
			const article = page.locator('#article');
			expect(
				await colorOf(article.locator('[data-sentence]:not([data-reading])').first()),
				'the sentences not read are dimmed'
			).not.toBe(await colorOf(article.locator('[data-reading]')));
			await textButton(page).click();
			await expect(popover(page)).toBeVisible();
			await expectNoAxeViolations(page, `theme ${theme}, device ${scheme}, reading, settings open`);
		});
	}
}

test('settings chosen by keyboard and mouse apply at once, and from the first paint after a reload', async ({
	page
}) => {
	await gotoHydrated(page, path);
	const html = page.locator('html');
	const fontFaces = () =>
		page.evaluate(() => [...document.fonts].map((face) => face.family.replace(/"/g, '')));
	expect(await fontFaces(), 'no font of the settings before one is chosen').not.toContain(
		'OpenDyslexic'
	);
	await tabTo(page, textButton(page));
	await page.keyboard.press('Enter');
	await expect(popover(page)).toBeVisible();
	await expect(popover(page).getByRole('radio', { name: '100%' })).toBeFocused();
	for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
	await expect(popover(page).getByRole('radio', { name: '200%' })).toBeChecked();
	await expect(html).toHaveAttribute('data-text-size', '200');
	await popover(page).getByRole('radio', { name: 'Wide' }).check();
	await popover(page).getByRole('radio', { name: 'OpenDyslexic' }).check();
	await popover(page).getByRole('radio', { name: 'Sepia, softer contrast' }).check();
	await popover(page)
		.getByRole('checkbox', { name: /Line focus/ })
		.check();
	await expect(html).toHaveAttribute('data-theme', 'sepia');
	// the chosen font's own file, from its package, loaded once chosen
	await expect
		.poll(() => page.evaluate(async () => (await document.fonts.load('16px OpenDyslexic')).length))
		.toBeGreaterThan(0);
	await popover(page).getByRole('button', { name: 'Done' }).click();
	await expect(popover(page)).toBeHidden();

	// the next page, with none of the app's scripts: only the first-paint script can have applied them
	const violations = await watchViolations(page);
	await page.route(/\/_app\/.*\.js$/, (route) => route.abort());
	await page.goto(path, { waitUntil: 'domcontentloaded' });
	const drawn = await page.evaluate(() => {
		const article = getComputedStyle(document.querySelector('.article-pane')!);
		const prompt = getComputedStyle(document.querySelector('[data-question] legend')!);
		return {
			hydrated: document.documentElement.dataset.hydrated ?? null,
			articleSize: article.fontSize,
			promptSize: prompt.fontSize,
			background: getComputedStyle(document.body).backgroundColor,
			articleFont: article.fontFamily,
			lineHeight: parseFloat(article.lineHeight) / parseFloat(article.fontSize)
		};
	});
	expect(drawn).toMatchObject({
		hydrated: null,
		// 1.0625rem, twice
		articleSize: '34px',
		promptSize: '34px',
		background: 'rgb(244, 236, 216)'
	});
	expect(drawn.articleFont).toMatch(/^OpenDyslexic/);
	expect(drawn.lineHeight).toBeCloseTo(1.65 * 1.5, 2);
	await expect(html).toHaveAttribute('data-line-focus', 'on');
	expect(await violations()).toEqual([]);

	// and the popover shows what is stored; Reset puts every default back
	await page.unroute(/\/_app\/.*\.js$/);
	await gotoHydrated(page, path);
	await textButton(page).click();
	await expect(popover(page).getByRole('radio', { name: '200%' })).toBeChecked();
	await expect(popover(page).getByRole('radio', { name: 'OpenDyslexic' })).toBeChecked();
	await popover(page).getByRole('button', { name: 'Reset' }).click();
	for (const name of ['data-text-size', 'data-line-spacing', 'data-font', 'data-theme'])
		await expect(html).not.toHaveAttribute(name);
	await page.reload();
	await expect(html).not.toHaveAttribute('data-text-size');
});
