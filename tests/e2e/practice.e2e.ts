/**
 * The practice quiz of the tests (tests/fixtures/content/<article>/reading-check.yaml), taken like a student:
 * all right, all wrong, reloaded half-way, and by keyboard alone. Answers come from its key.json.
 */
import { expect, test } from '@playwright/test';
import { gotoHydrated, waitForHydration } from './helpers.ts';
import {
	answerAll,
	answerQuestion,
	card,
	checkQuestion,
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
const QUIZ = 'reading-check';
const path = `/${ARTICLE}/${QUIZ}`;

test('all answers right scores 100 %', async ({ page }) => {
	// answers and checks every question of the quiz: minutes on a busy machine
	test.setTimeout(180_000);
	await gotoHydrated(page, path);
	const keys = await loadKeys(page, ARTICLE, QUIZ);
	const ids = await questionIds(page);
	expect(ids.length).toBeGreaterThanOrEqual(20);
	const possible = await totalPoints(page);

	await answerAll(page, keys, 'right', 'mouse', { check: true });
	for (const id of ids)
		await expect(card(page, id).locator('.feedback'), id).toHaveAttribute(
			'data-verdict',
			'correct'
		);
	await expect(progressText(page)).toHaveText(`Answered ${ids.length} of ${ids.length}`);

	await submit(page, 'mouse');
	await expect(page.getByRole('heading', { name: 'Results' })).toBeFocused();
	const total = parseTotal(await resultsTotal(page).innerText());
	expect(total).toEqual({ earned: possible, possible, percent: 100 });
	await expect(page.getByText('Passed', { exact: true })).toBeVisible();
	// nothing to retry when everything is right
	await expect(page.getByRole('button', { name: 'Retry incorrect' })).toHaveCount(0);
});

test('all answers wrong scores 0 % and shows every explanation', async ({ page }) => {
	// answers and checks every question of the quiz: minutes on a busy machine
	test.setTimeout(180_000);
	await gotoHydrated(page, path);
	const keys = await loadKeys(page, ARTICLE, QUIZ);
	const ids = await questionIds(page);

	await answerAll(page, keys, 'wrong', 'mouse', { check: true });
	for (const id of ids) {
		const feedback = card(page, id).locator('.feedback');
		await expect(feedback, id).toHaveAttribute('data-verdict', 'incorrect');
		await expect(feedback.locator('.explanation'), id).not.toBeEmpty();
		await expect(feedback.getByRole('button', { name: /^¶\d+/ }).first(), id).toBeVisible();
	}

	await submit(page, 'mouse');
	const total = parseTotal(await resultsTotal(page).innerText());
	expect(total.earned).toBe(0);
	expect(total.percent).toBe(0);
	await expect(page.getByText('Not yet', { exact: true })).toBeVisible();
	const results = page.getByRole('region', { name: 'Results' });
	await expect(results.locator('.feedback .explanation')).toHaveCount(ids.length);
	await expect(results.getByRole('button', { name: 'Retry incorrect' })).toBeVisible();
	await expect(results.getByRole('button', { name: 'Start over' })).toBeVisible();
});

test('a reload half-way restores every answer and check', async ({ page }) => {
	await gotoHydrated(page, path);
	const keys = await loadKeys(page, ARTICLE, QUIZ);
	const ids = await questionIds(page);
	const half = ids.slice(0, Math.ceil(ids.length / 2));
	const checked = half.filter((_, i) => i % 2 === 0);

	for (const id of half) {
		await answerQuestion(page, id, keys[id]!, 'right', 'mouse');
		if (checked.includes(id)) await checkQuestion(page, id, 'mouse');
	}
	await expect(progressText(page)).toHaveText(`Answered ${half.length} of ${ids.length}`);
	// what the student sees of each answered question: its inputs' state and its feedback
	const snapshot = () =>
		Promise.all(
			half.map((id) =>
				card(page, id).evaluate((element) => ({
					inputs: Array.from(element.querySelectorAll('input, select')).map((input) =>
						input instanceof HTMLInputElement &&
						(input.type === 'radio' || input.type === 'checkbox')
							? input.checked
							: (input as HTMLInputElement | HTMLSelectElement).value
					),
					order: Array.from(element.querySelectorAll<HTMLElement>('[data-item]')).map(
						(row) => row.dataset.item
					),
					selection: element.querySelector('.picker ul')?.textContent ?? null,
					verdict: element.querySelector<HTMLElement>('.feedback')?.dataset.verdict ?? null
				}))
			)
		);
	const before = await snapshot();
	expect(before.filter((question) => question.verdict === 'correct')).toHaveLength(checked.length);

	await page.reload();
	await waitForHydration(page);
	await expect(progressText(page)).toHaveText(`Answered ${half.length} of ${ids.length}`);
	expect(await questionIds(page)).toEqual(ids);
	expect(await snapshot()).toEqual(before);
	// nothing after the half was touched
	for (const id of ids.slice(half.length))
		await expect(card(page, id).locator('.feedback')).toHaveCount(0);
});

test('the whole quiz can be finished by keyboard alone', async ({ page }) => {
	test.setTimeout(120_000);
	await gotoHydrated(page, path);
	const keys = await loadKeys(page, ARTICLE, QUIZ);
	const ids = await questionIds(page);
	const possible = await totalPoints(page);

	await answerAll(page, keys, 'right', 'keyboard', { check: true });
	await submit(page, 'keyboard');
	await expect(page.getByRole('heading', { name: 'Results' })).toBeFocused();
	expect(parseTotal(await resultsTotal(page).innerText())).toEqual({
		earned: possible,
		possible,
		percent: 100
	});
	expect(ids.length).toBeGreaterThanOrEqual(20);
});

test('activating a citation highlights exactly the quoted words in the article', async ({
	page
}) => {
	await gotoHydrated(page, path);
	const keys = await loadKeys(page, ARTICLE, QUIZ);
	// a question near the end, so that its passage starts out of view
	const ids = await questionIds(page);
	const id = [...ids].reverse().find((candidate) => {
		const key = keys[candidate]!;
		return key.type === 'single' && key.citations.some((citation) => citation.paragraph > 3);
	})!;
	const key = keys[id]!;
	await answerQuestion(page, id, key, 'right', 'mouse');
	await checkQuestion(page, id, 'mouse');

	for (const citation of key.citations) {
		const button = card(page, id).getByRole('button', {
			name: new RegExp(`^¶${citation.paragraph}\\b`)
		});
		await button.first().click();
		await expect(button.first()).toHaveAttribute('aria-pressed', 'true');
		// one <mark> per sentence (or formatting run) the quote spans, all in the cited paragraph
		const marks = page.locator('#article mark');
		await expect(marks.first()).toBeVisible();
		expect((await marks.allTextContents()).join('')).toBe(citation.quote);
		expect(
			await page.locator(`#article [data-paragraph="${citation.paragraph}"] mark`).count()
		).toBe(await marks.count());
		await expect(marks.first()).toBeInViewport();
	}
});
