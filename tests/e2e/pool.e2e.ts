/**
 * A question pool in the browser: the tests' quiz "question-pool" (pick: 2 of 4 questions) shows
 * each student 2 questions, numbered 1 and 2, the same 2 after a reload, and scores them out of
 * their own points; the library says what a student gets.
 */
import { expect, test } from '@playwright/test';
import { gotoHydrated, waitForHydration } from './helpers.ts';
import {
	answerAll,
	loadKeys,
	parseTotal,
	progressText,
	questionIds,
	resultsTotal,
	submit,
	totalPoints
} from './quiz.ts';
import { FIXTURE_ARTICLE } from '../fixtures/content.ts';

const ARTICLE = FIXTURE_ARTICLE;
const QUIZ = 'question-pool';
/** the bank: every question of the quiz file, 6 points in all */
const BANK = ['pool-alaska', 'pool-vote', 'pool-since', 'pool-plane'];

test('pick: 2 of 4 shows 2 questions, the same 2 after a reload, scored out of their points', async ({
	page
}) => {
	await gotoHydrated(page, `/${ARTICLE}/${QUIZ}`);
	await expect(progressText(page)).toHaveText('Answered 0 of 2');
	const drawn = await questionIds(page);
	expect(drawn).toHaveLength(2);
	for (const id of drawn) expect(BANK).toContain(id);
	// in the quiz's order, numbered from 1
	expect(drawn).toEqual(BANK.filter((id) => drawn.includes(id)));
	await expect(page.getByRole('article', { name: 'Question 2' })).toBeVisible();
	await expect(page.getByRole('article', { name: 'Question 3' })).toHaveCount(0);

	await page.reload();
	await waitForHydration(page);
	expect(await questionIds(page)).toEqual(drawn);

	const points = await totalPoints(page);
	expect(points).toBeLessThan(6);
	await answerAll(page, await loadKeys(page, ARTICLE, QUIZ), 'right', 'mouse', { check: true });
	await expect(progressText(page)).toHaveText('Answered 2 of 2');
	await submit(page, 'mouse');
	await expect(resultsTotal(page)).toBeVisible();
	expect(parseTotal(await resultsTotal(page).innerText())).toEqual({
		earned: points,
		possible: points,
		percent: 100
	});
	// the results list the drawn questions only
	await expect(page.getByRole('region', { name: 'Results' })).not.toContainText('Question 3');
});

test('the library says how many questions each student gets, and from how many', async ({
	page
}) => {
	await gotoHydrated(page, `/${ARTICLE}`);
	const item = page
		.getByRole('listitem')
		.filter({ has: page.getByRole('link', { name: 'Two from the pool' }) });
	await expect(item).toContainText('2 questions, drawn from 4 · 2–4 points');
});
