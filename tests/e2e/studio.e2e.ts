/**
 * The Studio (/studio) in the built site: it loads under the site's strict Content Security Policy
 * with no violation, shows the two editors, and checks what the teacher types in a worker, showing
 * each problem in the checker's words at its line.
 */
import { expect, test } from '@playwright/test';
import { watchViolations } from './csp.ts';
import { gotoHydrated } from './helpers.ts';
import { studioEditor, pasteInto, waitForStudio } from './studio.ts';

test('the Studio opens from the library, with no CSP violation, and checks what is typed', async ({
	page
}) => {
	const violations = await watchViolations(page);
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	await gotoHydrated(page, '/');
	await page.getByRole('link', { name: 'Studio' }).click();
	await expect(page).toHaveTitle(/Studio/);
	await waitForStudio(page);
	await expect(page.getByTestId('problem-counts')).toHaveText('No problems');
	const quiz = studioEditor(page, 'quiz');
	await pasteInto(page, quiz, 'end', '\n  - id: extra\n    type: singel');
	await expect(
		page.getByRole('button', { name: /reading-check\.yaml:15:\d+ Error: / })
	).toBeVisible();
	// typed: the problem list follows
	await page.keyboard.type('x');
	await expect(
		page.getByRole('button', { name: /reading-check\.yaml:15:\d+ Error: / })
	).toContainText('singelx');
	expect(await violations()).toEqual([]);
	expect(errors).toEqual([]);
});
