/**
 * Driving the Studio's editors (CodeMirror) in the browser tests: finding them by their labels,
 * waiting for the Studio to be ready, typing at a place, taking the network away once the service
 * worker keeps the Studio (a teacher on a school Chromebook that lost its Wi-Fi).
 */
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

/** The editable content of the article's or the shown quiz's editor. */
export function studioEditor(page: Page, which: 'article' | 'quiz'): Locator {
	return page.locator(
		which === 'article'
			? '.cm-content[aria-label^="article.md"]'
			: '.cm-content[aria-label*=".yaml"]'
	);
}

/** Waits for the Studio's editors and its first check. */
export async function waitForStudio(page: Page): Promise<void> {
	await expect(studioEditor(page, 'article')).toBeVisible({ timeout: 30_000 });
	await expect(page.getByTestId('problem-counts')).not.toHaveText('Checking…', { timeout: 30_000 });
}

/**
 * Puts `text` into an editor at its end, or in place of all of it, as a paste (a paste event with
 * the text as plain text: the editor inserts it as it is, where typed line breaks would be
 * indented by the editor).
 */
export async function pasteInto(
	page: Page,
	editor: Locator,
	where: 'end' | 'replace',
	text: string
): Promise<void> {
	await editor.click();
	await page.keyboard.press(where === 'end' ? 'ControlOrMeta+End' : 'ControlOrMeta+a');
	await editor.evaluate((element, pasted) => {
		const data = new DataTransfer();
		data.setData('text/plain', pasted);
		element.dispatchEvent(
			new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
		);
	}, text);
}

/**
 * Once the service worker controls the Studio and keeps its page, the preview's and any `alsoKept`
 * (paths), the network goes off (the spec must `test.use({ serviceWorkers: 'allow' })`); everything
 * after runs offline.
 */
export async function goOffline(
	page: Page,
	context: BrowserContext,
	alsoKept: readonly string[] = []
): Promise<void> {
	await expect
		.poll(
			() =>
				page.evaluate(
					async (paths) =>
						navigator.serviceWorker.controller !== null &&
						(await Promise.all(paths.map((path) => caches.match(path)))).every(Boolean),
					['/studio', '/studio/preview', ...alsoKept]
				),
			{ message: 'the service worker keeps the Studio and its preview', timeout: 30_000 }
		)
		.toBe(true);
	await context.setOffline(true);
}
