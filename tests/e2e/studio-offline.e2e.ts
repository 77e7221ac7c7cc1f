/**
 * The Studio works offline after its first visit: the service worker keeps its page, its code and
 * its check worker (src/service-worker.ts caches the build's files and the visited page), so with
 * the network off it reloads, the draft is there, and a mistake typed is reported.
 */
import { expect, test } from '@playwright/test';
import { gotoHydrated } from './helpers.ts';
import { goOffline, pasteInto, studioEditor, waitForStudio } from './studio.ts';

test.use({ serviceWorkers: 'allow' });

test('after one visit, the Studio reloads offline and checks what is typed', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	await gotoHydrated(page, '/studio');
	await waitForStudio(page);
	const quiz = studioEditor(page, 'quiz');
	await pasteInto(page, quiz, 'end', '\n  - id: offline\n    type: singel');
	await expect(page.getByTestId('save-status')).toHaveText(/^Saved at /);

	await goOffline(page, context);
	await page.reload();
	await waitForStudio(page);
	await expect(quiz).toContainText('id: offline');
	await expect(page.getByRole('button', { name: /unknown type 'singel'/ })).toBeVisible();
	await pasteInto(page, quiz, 'end', 'x\n    prompt: Typed offline?');
	await expect(page.getByRole('button', { name: /unknown type 'singelx'/ })).toBeVisible();
});
