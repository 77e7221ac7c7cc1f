/**
 * Two reading supports' loose ends (#22): a glossary definition is read aloud from its popover by
 * the page's reader (a stubbed speechSynthesis records what is said), and the offline shell
 * (`_offline.html`, what the service worker answers for a page it has not kept) applies the
 * student's text settings before first paint, as every page does, under its own CSP.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { gotoHydrated } from './helpers.ts';
import { finishUtterance, installSpeechStub, spoken } from './speech-stub.ts';

test('a glossary definition is read aloud from its popover, only when asked', async ({ page }) => {
	await installSpeechStub(page, { boundaries: false });
	await gotoHydrated(page, '/tide-pools/guided-reading');
	await page.locator('#article').getByRole('button', { name: 'anemone: definition' }).click();
	const definition = page.locator('#glossary-2');
	await expect(definition).toBeVisible();
	expect(await spoken(page)).toEqual([]);
	await definition.getByRole('button', { name: 'Read the definition' }).click();
	await expect(definition.locator('[data-definition-text]')).toHaveAttribute('data-reading', '');
	await expect
		.poll(async () => (await spoken(page)).map((utterance) => utterance.text.trim()))
		.toEqual(['anemone: a soft sea animal that catches food with its stinging arms']);
	await finishUtterance(page);
	await expect(page.locator('[data-reading]')).toHaveCount(0);
});

test("the offline shell applies the student's text settings before the app's script", async ({
	page
}) => {
	await page.goto('/');
	await page.evaluate(() =>
		localStorage.setItem(
			'close-reader:text-settings',
			JSON.stringify({ theme: 'dark', textSize: '200', font: 'sans' })
		)
	);
	// none of the app's scripts: only the shell's own first-paint script can set these
	await page.route('**/_app/**/*.js', (route) => route.abort());
	// the shell as built (vite preview does not serve it), as the service worker would answer
	const shell = readFileSync(join(process.cwd(), 'build', '_offline.html'), 'utf8');
	await page.route('**/not-kept-offline', (route) =>
		route.fulfill({ body: shell, contentType: 'text/html' })
	);
	await page.goto('/not-kept-offline');
	const html = page.locator('html');
	await expect(html).toHaveAttribute('data-theme', 'dark');
	await expect(html).toHaveAttribute('data-text-size', '200');
	await expect(html).toHaveAttribute('data-font', 'sans');
	await expect(html).not.toHaveAttribute('data-hydrated', 'true');
});
