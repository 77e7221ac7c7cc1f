/**
 * A test's score of record (issue #21, item 1): submitted below 100 %, "Retry incorrect", the rest
 * answered right and submitted again, the first score is still the recorded one, the retake is
 * labelled practice, and both attempts are listed with their score and time, after a reload too;
 * with `retakes: 1` (the tests' retakes-test quiz) the second attempt is recorded and the best
 * counts, and the right answers are shown only after it. Axe stays clean on each results view.
 */
import { expect, test, type Page } from '@playwright/test';
import { emulateColorScheme, expectNoAxeViolations, gotoHydrated } from './helpers.ts';
import {
	answerQuestion,
	loadKeys,
	parseTotal,
	questionIds,
	resultsTotal,
	submit,
	type Keys
} from './quiz.ts';
import { FIXTURE_ARTICLE } from '../fixtures/content.ts';

const ARTICLE = FIXTURE_ARTICLE;
const PRACTICE = 'Practice retake — does not change your recorded score';

const results = (page: Page) => page.getByRole('region', { name: 'Results' });
const attempts = (page: Page) =>
	results(page).getByRole('list', { name: 'Your attempts' }).getByRole('listitem');

/** The first question answered right, every other one wrong; submitted. */
async function submitFirstRight(page: Page, keys: Keys): Promise<string[]> {
	const ids = await questionIds(page);
	for (const [i, id] of ids.entries())
		await answerQuestion(page, id, keys[id]!, i === 0 ? 'right' : 'wrong', 'mouse');
	await submit(page, 'mouse');
	await expect(page.getByRole('heading', { name: 'Results' })).toBeFocused();
	return ids;
}

/** "Retry incorrect" (the note above Submit says what the retake is), the cleared questions answered right, submitted again. */
async function retakeRight(page: Page, keys: Keys, cleared: string[], note: string): Promise<void> {
	await results(page).getByRole('button', { name: 'Retry incorrect' }).click();
	await expect(page.getByRole('heading', { name: 'Results' })).toHaveCount(0);
	await expect(page.locator('.retake-note')).toHaveText(note);
	for (const id of cleared) await answerQuestion(page, id, keys[id]!, 'right', 'mouse');
	await submit(page, 'mouse');
	await expect(page.getByRole('heading', { name: 'Results' })).toBeFocused();
}

/** An attempt's line: "Attempt N: <score>, <date and time> — <what it is>". */
const attemptLine = (n: number, score: string, kind: string) =>
	new RegExp(`^Attempt ${n}: ${score.replace(/[()/.]/g, '\\$&')}, .*\\d{1,2}:\\d\\d.* — ${kind}$`);

test('a test retaken into 100% keeps its first score as the recorded one; the retake is practice', async ({
	page
}) => {
	test.setTimeout(120_000);
	await gotoHydrated(page, `/${ARTICLE}/vocabulary`);
	const keys = await loadKeys(page, ARTICLE, 'vocabulary');
	const ids = await submitFirstRight(page, keys);
	const firstText = await resultsTotal(page).innerText();
	const first = parseTotal(firstText);
	expect(first.percent).toBeLessThan(100);
	await expect(
		results(page).getByText('Your recorded score (your first submission)')
	).toBeVisible();
	await expect(attempts(page)).toHaveCount(1);

	await retakeRight(page, keys, ids.slice(1), `${PRACTICE}.`);
	// the recorded score is still the first submission's
	await expect(resultsTotal(page)).toHaveText(firstText);
	await expect(results(page).locator('.practice')).toContainText(PRACTICE);
	await expect(results(page).locator('.practice')).toContainText('(100%)');
	await expect(attempts(page)).toHaveCount(2);
	await expect(attempts(page).nth(0)).toHaveText(attemptLine(1, firstText, 'recorded score'));
	await expect(attempts(page).nth(1)).toHaveText(
		attemptLine(2, `${first.possible} / ${first.possible} points (100%)`, PRACTICE)
	);
	await expectNoAxeViolations(page, 'the results of a practice retake');
	await emulateColorScheme(page, 'dark');
	await expectNoAxeViolations(page, 'the results of a practice retake (dark)');
	await emulateColorScheme(page, 'light');

	// printed: the recorded score, the practice label and both attempts
	await page.emulateMedia({ media: 'print' });
	await expect(resultsTotal(page)).toHaveText(firstText);
	await expect(results(page).locator('.practice')).toBeVisible();
	await expect(attempts(page).nth(1)).toBeVisible();
	await page.emulateMedia({ media: 'screen' });

	// saved: a reload shows the same
	await page.reload();
	await expect(resultsTotal(page)).toHaveText(firstText);
	await expect(attempts(page)).toHaveCount(2);
	await expect(results(page).locator('.practice')).toContainText(PRACTICE);
});

test('with retakes: 1 the second attempt is recorded, the best counts, and the answers come after it', async ({
	page
}) => {
	test.setTimeout(120_000);
	await gotoHydrated(page, `/${ARTICLE}/retakes-test`);
	const keys = await loadKeys(page, ARTICLE, 'retakes-test');
	const ids = await submitFirstRight(page, keys);
	const firstText = await resultsTotal(page).innerText();
	await expect(
		results(page).getByText('Your recorded score (your best recorded attempt counts)')
	).toBeVisible();
	await expect(results(page)).toContainText('You have 1 recorded retake left');
	await expect(results(page)).toContainText(
		'The right answers are shown after your last recorded attempt.'
	);
	// no right answer, no explanation while a recorded retake remains
	await expect(results(page).locator('.feedback')).toHaveCount(0);
	await expectNoAxeViolations(page, 'the results with a recorded retake left');

	await retakeRight(
		page,
		keys,
		ids.slice(1),
		'This retake will be recorded (1 recorded retake left, this one included).'
	);
	const best = parseTotal(await resultsTotal(page).innerText());
	expect(best.percent).toBe(100);
	await expect(results(page).locator('.practice')).toHaveCount(0);
	await expect(attempts(page).nth(0)).toHaveText(
		attemptLine(1, firstText, 'recorded, not the one that counts')
	);
	await expect(attempts(page).nth(1)).toHaveText(
		attemptLine(2, '3 / 3 points (100%)', 'recorded score')
	);
	// the last recorded attempt is in: every question's feedback is shown
	await expect(results(page).locator('.feedback')).toHaveCount(ids.length);
	await expectNoAxeViolations(page, 'the results after the last recorded attempt');
});
