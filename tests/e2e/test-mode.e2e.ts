/**
 * Test mode: no key in the page before Submit, a warning about unanswered questions, results after.
 * The tests' vocabulary quiz, and their selection-test quiz (tests/fixtures/content) with the selecting and
 * ordering types, answered by mouse and by keyboard.
 */
import { expect, test, type Page } from '@playwright/test';
import { gotoHydrated } from './helpers.ts';
import {
	answerAll,
	answerQuestion,
	card,
	loadKeys,
	parseTotal,
	questionIds,
	resultsTotal,
	submit,
	totalPoints,
	type Keys,
	type Via
} from './quiz.ts';
import { FIXTURE_ARTICLE } from '../fixtures/content.ts';

const ARTICLE = FIXTURE_ARTICLE;

function explanations(keys: Keys): string[] {
	return Object.values(keys).map((key) => key.explanation.map((run) => run.text).join(''));
}

/**
 * Words of each key (its explanation and choice feedback) as they would appear verbatim in HTML or
 * JSON if the key leaked: the longest stretch of one formatting run free of characters that HTML
 * or JSON escape.
 */
function fingerprints(keys: Keys): string[] {
	return Object.values(keys).flatMap((key) => {
		const runs = [
			...key.explanation,
			...('feedback' in key ? Object.values(key.feedback).flat() : [])
		].flatMap((run) => run.text.split(/["&<>\\\n]/));
		const longest = runs.reduce((a, b) => (b.length > a.length ? b : a), '');
		return longest.length >= 20 ? [longest] : [];
	});
}

/** Records every request for an answer key. */
function watchKeyRequests(page: Page): string[] {
	const requests: string[] = [];
	page.on('request', (request) => {
		if (request.url().endsWith('/key.json')) requests.push(request.url());
	});
	return requests;
}

test('the key is not in the page before Submit, and is fetched only after it', async ({ page }) => {
	const path = `/${ARTICLE}/vocabulary`;
	const keyRequests = watchKeyRequests(page);
	const keys = await loadKeys(page, ARTICLE, 'vocabulary');
	const served = await (await page.request.get(path)).text();
	const data = await (await page.request.get(`${path}/quiz.json`)).text();
	await gotoHydrated(page, path);
	const live = await page.content();
	const probes = fingerprints(keys);
	expect(probes.length).toBeGreaterThanOrEqual(Object.keys(keys).length);
	for (const words of probes) {
		expect(served, 'prerendered HTML').not.toContain(words);
		expect(data, 'quiz.json').not.toContain(words);
		expect(live, 'the page as rendered').not.toContain(words);
	}
	expect(keyRequests).toEqual([]);
	await expect(page.getByRole('button', { name: 'Check', exact: true })).toHaveCount(0);

	await answerAll(page, keys, 'right', 'mouse', { check: false });
	await expect(page.locator('.feedback')).toHaveCount(0);
	await submit(page, 'mouse');
	await expect(page.getByRole('heading', { name: 'Results' })).toBeFocused();
	expect(keyRequests).toHaveLength(1);
	const possible = await totalPoints(page);
	expect(parseTotal(await resultsTotal(page).innerText())).toEqual({
		earned: possible,
		possible,
		percent: 100
	});
	for (const explanation of explanations(keys))
		// on screen (the printed report, hidden until printed, says it too)
		await expect(
			page.getByText(explanation.slice(0, 60)).filter({ visible: true }).first()
		).toBeVisible();
});

test('the fixture test quiz (highlight, order, match…) keeps its key out of the page too', async ({
	page
}) => {
	const path = `/${ARTICLE}/selection-test`;
	const keys = await loadKeys(page, ARTICLE, 'selection-test');
	const served = await (await page.request.get(path)).text();
	const data = await (await page.request.get(`${path}/quiz.json`)).text();
	for (const words of fingerprints(keys)) expect(served + data).not.toContain(words);
});

test('(control) a practice quiz does carry its key, so the probe above can see one', async ({
	page
}) => {
	const path = `/${ARTICLE}/reading-check`;
	const keys = await loadKeys(page, ARTICLE, 'reading-check');
	const served = await (await page.request.get(path)).text();
	const data = await (await page.request.get(`${path}/quiz.json`)).text();
	for (const words of fingerprints(keys)) expect(served + data).toContain(words);
});

test('Submit warns about unanswered questions before scoring', async ({ page }) => {
	const path = `/${ARTICLE}/vocabulary`;
	await gotoHydrated(page, path);
	const keys = await loadKeys(page, ARTICLE, 'vocabulary');
	const ids = await questionIds(page);
	await answerQuestion(page, ids[0]!, keys[ids[0]!]!, 'right', 'mouse');

	await submit(page, 'mouse');
	const warning = page.getByText(`${ids.length - 1} questions are unanswered. Submit anyway?`);
	await expect(warning).toBeVisible();
	await expect(warning).toBeFocused();
	await expect(page.getByRole('heading', { name: 'Results' })).toHaveCount(0);

	// keep answering: nothing is lost
	await page.getByRole('button', { name: 'Keep answering' }).click();
	await expect(warning).toBeHidden();
	await expect(card(page, ids[0]!).locator('input:checked')).toHaveCount(1);

	await submit(page, 'mouse');
	await page.getByRole('button', { name: 'Submit anyway' }).click();
	await expect(page.getByRole('heading', { name: 'Results' })).toBeFocused();
	const total = parseTotal(await resultsTotal(page).innerText());
	expect(total.earned).toBe(await pointsOf(page, ids[0]!));
	await expect(page.getByText('You did not answer this question.')).toHaveCount(ids.length - 1);
});

async function pointsOf(page: Page, id: string): Promise<number> {
	const meta = await card(page, id).locator('.meta').innerText();
	return Number(/·\s*([\d.]+)\s+points?/.exec(meta)?.[1]);
}

const FIXTURE = 'selection-test';

for (const via of ['mouse', 'keyboard'] as const satisfies Via[]) {
	test(`test mode: highlight, order, match, fill-blanks and Part B answered right by ${via}`, async ({
		page
	}) => {
		await gotoHydrated(page, `/${ARTICLE}/${FIXTURE}`);
		const keys = await loadKeys(page, ARTICLE, FIXTURE);
		const types = new Set(Object.values(keys).map((key) => key.type));
		for (const type of ['highlight', 'order', 'match', 'fill-blanks'] as const)
			expect(types, `the fixture has a ${type} question`).toContain(type);
		const possible = await totalPoints(page);

		await answerAll(page, keys, 'right', via, { check: false });
		await submit(page, via);
		await expect(page.getByRole('heading', { name: 'Results' })).toBeFocused();
		for (const id of Object.keys(keys))
			await expect(card(page, id).locator('.feedback'), id).toHaveAttribute(
				'data-verdict',
				'correct'
			);
		expect(parseTotal(await resultsTotal(page).innerText())).toEqual({
			earned: possible,
			possible,
			percent: 100
		});
	});
}

test('test mode: the same questions answered wrong score 0', async ({ page }) => {
	await gotoHydrated(page, `/${ARTICLE}/${FIXTURE}`);
	const keys = await loadKeys(page, ARTICLE, FIXTURE);
	await answerAll(page, keys, 'wrong', 'mouse', { check: false });
	await submit(page, 'mouse');
	const total = parseTotal(await resultsTotal(page).innerText());
	expect(total.earned).toBe(0);
	expect(total.percent).toBe(0);
	for (const id of Object.keys(keys))
		await expect(card(page, id).locator('.feedback'), id).toHaveAttribute(
			'data-verdict',
			'incorrect'
		);
});

test('test mode: if the key cannot be loaded, answers are kept and Try again works', async ({
	page
}) => {
	await gotoHydrated(page, `/${ARTICLE}/vocabulary`);
	const keys = await loadKeys(page, ARTICLE, 'vocabulary');
	let refuse = true;
	await page.route('**/key.json', (route) => (refuse ? route.abort() : route.continue()));
	await answerAll(page, keys, 'right', 'mouse', { check: false });
	await submit(page, 'mouse');
	await expect(page.locator('#keys-status')).toContainText('The results could not be loaded.');
	await expect(resultsTotal(page)).toHaveCount(0);

	refuse = false;
	await page.getByRole('button', { name: 'Try again' }).click();
	await expect(page.getByRole('heading', { name: 'Results' })).toBeFocused();
	expect(parseTotal(await resultsTotal(page).innerText()).percent).toBe(100);
});
