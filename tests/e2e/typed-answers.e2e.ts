/**
 * Typed answers that are fair (issue #21, item 6), in the tests' typed-answers test: a number
 * matches with the unit its blank or answer names ("90%" for "more than ___ percent"), and a
 * near-miss scores nothing but the results say why.
 */
import { expect, test } from '@playwright/test';
import { gotoHydrated } from './helpers.ts';
import { card, resultsTotal, submit } from './quiz.ts';
import { FIXTURE_ARTICLE } from '../fixtures/content.ts';

const path = `/${FIXTURE_ARTICLE}/typed-answers`;

test('"90%" for a blank before "percent" and "400 dollars" for "$400" are right; a slip is explained in the results', async ({
	page
}) => {
	await gotoHydrated(page, path);
	await card(page, 'fish-share').getByRole('textbox', { name: 'Blank 1 of 1' }).fill('90%');
	await card(page, 'boat-fare').getByRole('textbox', { name: 'Your answer' }).fill('400 dollars');
	await card(page, 'lambasted').getByRole('textbox', { name: 'Your answer' }).fill('lambastd');
	// a test says nothing while answering
	await expect(page.getByText(/Almost/)).toHaveCount(0);
	await submit(page, 'mouse');

	await expect(resultsTotal(page)).toHaveText('2 / 3 points (66.7%)');
	await expect(card(page, 'fish-share').locator('.feedback')).toHaveAttribute(
		'data-verdict',
		'correct'
	);
	await expect(card(page, 'boat-fare').locator('.feedback')).toHaveAttribute(
		'data-verdict',
		'correct'
	);
	const slip = card(page, 'lambasted').locator('.feedback');
	await expect(slip).toHaveAttribute('data-verdict', 'incorrect');
	await expect(slip.locator('.near-miss')).toHaveText(
		'You wrote ‘lambastd’; the answer is ‘lambasted’ (spelling).'
	);
	await expect(card(page, 'fish-share').locator('.near-miss')).toHaveCount(0);
});
