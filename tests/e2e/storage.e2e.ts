/**
 * Saved progress that cannot be used — unreadable, partly malformed, or storage that refuses —
 * leaves a working quiz and a notice saying what happened.
 */
import { expect, test, type Page } from '@playwright/test';
import { gotoHydrated, waitForHydration } from './helpers.ts';
import {
	answerQuestion,
	card,
	checkQuestion,
	loadKeys,
	progressText,
	questionIds
} from './quiz.ts';
import { FIXTURE_ARTICLE } from '../fixtures/content.ts';

const ARTICLE = FIXTURE_ARTICLE;
const QUIZ = 'reading-check';
const path = `/${ARTICLE}/${QUIZ}`;

/** The localStorage entry the page writes for this quiz (found, not assumed). */
async function savedEntry(page: Page): Promise<{ name: string; value: string }> {
	const entries = await page.evaluate(() =>
		Object.keys(localStorage).map((name) => ({ name, value: localStorage.getItem(name) ?? '' }))
	);
	const mine = entries.filter((entry) => entry.name.includes(`${ARTICLE}/${QUIZ}`));
	expect(mine, 'one saved entry for the quiz').toHaveLength(1);
	return mine[0]!;
}

async function expectQuizWorks(page: Page): Promise<void> {
	const keys = await loadKeys(page, ARTICLE, QUIZ);
	const [first] = await questionIds(page);
	await answerQuestion(page, first!, keys[first!]!, 'right', 'mouse');
	await checkQuestion(page, first!, 'mouse');
	await expect(card(page, first!).locator('.feedback')).toHaveAttribute('data-verdict', 'correct');
}

test('unreadable saved data: the quiz starts fresh with a notice, and saves again', async ({
	page
}) => {
	await gotoHydrated(page, path);
	const { name } = await savedEntry(page);
	await page.evaluate((key) => localStorage.setItem(key, '{"format":1,"seed":'), name);

	await page.reload();
	await waitForHydration(page);
	await expect(
		page.getByRole('status').filter({ hasText: 'could not be read' }).first()
	).toBeVisible();
	await expect(progressText(page)).toHaveText(/^Answered 0 of \d+$/);
	await expectQuizWorks(page);

	// the bad data was replaced: a reload restores the new answer, without a notice
	const rewritten = (await savedEntry(page)).value;
	expect(() => JSON.parse(rewritten) as unknown).not.toThrow();
	await page.reload();
	await waitForHydration(page);
	await expect(progressText(page)).toHaveText(/^Answered 1 of \d+$/);
	await expect(page.getByText('could not be read')).toHaveCount(0);
});

test('one malformed saved answer: only it is cleared, with a notice', async ({ page }) => {
	await gotoHydrated(page, path);
	const keys = await loadKeys(page, ARTICLE, QUIZ);
	const [first, second] = await questionIds(page);
	await answerQuestion(page, first!, keys[first!]!, 'right', 'mouse');
	await answerQuestion(page, second!, keys[second!]!, 'right', 'mouse');
	const { name, value } = await savedEntry(page);
	const saved = JSON.parse(value) as { questions: Record<string, unknown> };
	expect(Object.keys(saved.questions)).toContain(second);
	saved.questions[second!] = { nonsense: [1, 2, 3] };
	await page.evaluate(
		([key, json]) => localStorage.setItem(key!, json!),
		[name, JSON.stringify(saved)]
	);

	await page.reload();
	await waitForHydration(page);
	await expect(
		page.getByRole('status').filter({ hasText: 'could not be read and were cleared' })
	).toBeVisible();
	await expect(progressText(page)).toHaveText(/^Answered 1 of \d+$/);
	await expect(card(page, first!).locator('input:checked')).toHaveCount(1);
	await expect(card(page, second!).locator('input:checked')).toHaveCount(0);
});

test('storage that refuses: the quiz works and says answers will not be kept', async ({ page }) => {
	await page.addInitScript(() => {
		const refuse = () => {
			throw new DOMException('blocked', 'SecurityError');
		};
		Storage.prototype.getItem = refuse;
		Storage.prototype.setItem = refuse;
		Storage.prototype.removeItem = refuse;
	});
	await gotoHydrated(page, path);
	await expect(page.getByRole('status').filter({ hasText: "can't be saved" })).toBeVisible();
	await expectQuizWorks(page);
	await expect(progressText(page)).toHaveText(/^Answered 1 of \d+$/);
});
