/**
 * Driving a quiz like a student, by mouse or by keyboard. The right (or a wrong) answer is derived
 * from the quiz's own answer key as the built site serves it (a practice quiz's in its data,
 * `/<article>/<quiz>/quiz.json`; a test's in `key.json`) — never written into a test.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { QuestionKey, QuestionKeyOf, QuizPageData } from '../../src/lib/quiz/types.ts';
import { pressUntilFocused, tabTo } from './helpers.ts';

export type Keys = Record<string, QuestionKey>;
export type Via = 'mouse' | 'keyboard';
/** right: full marks; wrong: no marks at all */
export type Intent = 'right' | 'wrong';

export async function loadKeys(page: Page, article: string, quiz: string): Promise<Keys> {
	const data = await page.request.get(`/${article}/${quiz}/quiz.json`);
	expect(data.ok(), `quiz.json of ${article}/${quiz}`).toBe(true);
	const { quiz: built } = (await data.json()) as QuizPageData;
	if (built.keys) return built.keys;
	const response = await page.request.get(`/${article}/${quiz}/key.json`);
	expect(response.ok(), `key.json of ${article}/${quiz}`).toBe(true);
	return (await response.json()) as Keys;
}

export function card(page: Page, questionId: string): Locator {
	return page.locator(`[data-question="${questionId}"]`);
}

/** The question ids in the order the page shows them. */
export async function questionIds(page: Page): Promise<string[]> {
	// every card drawn first (they come in slices: drawn-cards.svelte.ts), also after a navigation
	// inside the app, which no waitForHydration follows
	await expect(page.locator('ol[aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
	return page
		.locator('#questions ol.questions > li > [data-question]')
		.evaluateAll((cards) => cards.map((element) => (element as HTMLElement).dataset.question!));
}

export function progressText(page: Page): Locator {
	return page.getByText(/^Answered \d+ of \d+$/);
}

/** Answers question `id` fully (both parts of a two-part question), right or wrong. */
export async function answerQuestion(
	page: Page,
	id: string,
	key: QuestionKey,
	intent: Intent,
	via: Via
): Promise<void> {
	switch (key.type) {
		case 'single':
			await chooseRadio(page, id, await choiceFor(page, id, key, intent), via);
			break;
		case 'multiple':
			await chooseCheckboxes(page, id, key, intent, via);
			break;
		case 'true-false':
			await chooseRadio(page, id, String(intent === 'right' ? key.answer : !key.answer), via);
			break;
		case 'true-false-not-given': {
			const wrong = (['true', 'false', 'not-given'] as const).find((v) => v !== key.answer)!;
			await chooseRadio(page, id, intent === 'right' ? key.answer : wrong, via);
			break;
		}
		case 'short-answer':
			await typeInto(
				page,
				card(page, id).getByRole('textbox', { name: 'Your answer' }),
				intent === 'right' ? key.display[0]! : 'zzz not it',
				via
			);
			break;
		case 'fill-blanks':
			await fillBlanks(page, id, key, intent, via);
			break;
		case 'order':
			await putInOrder(page, id, intent === 'right' ? key.order : rotated(key.order), via);
			break;
		case 'match':
			await matchPairs(page, id, key, intent, via);
			break;
		case 'highlight':
			await selectSentences(page, id, 'response', await sentencesFor(page, key, intent), via);
			break;
		default: {
			const unknown: never = key;
			throw new Error(`no driver for ${JSON.stringify(unknown)}`);
		}
	}
	const twoPart = await card(page, id)
		.locator(`#select-${id}-evidence`)
		.count()
		.then((n) => n > 0);
	if (twoPart)
		await selectSentences(page, id, 'evidence', await sentencesFor(page, key, intent), via);
}

/**
 * Practice mode: presses the question's Check and waits for its feedback. A wrong answer with a try
 * left is "not right yet" (see tries.e2e.ts); here the student then chooses "Show answer", so that
 * the whole feedback shows, as after a single try.
 */
export async function checkQuestion(page: Page, id: string, via: Via): Promise<void> {
	const button = card(page, id).getByRole('button', { name: 'Check', exact: true });
	await activate(page, button, via);
	const feedback = card(page, id).locator('.feedback');
	const notYet = card(page, id).locator('.try-feedback');
	await expect(feedback.or(notYet)).toBeVisible();
	if (await notYet.isVisible())
		await activate(page, notYet.getByRole('button', { name: 'Show answer' }), via);
	await expect(feedback).toBeVisible();
}

/** Clicks, or reaches with Tab and presses Enter. */
export async function activate(page: Page, target: Locator, via: Via): Promise<void> {
	if (via === 'mouse') {
		await target.click();
		return;
	}
	await tabTo(page, target);
	await page.keyboard.press('Enter');
}

// ---- choices ----

function choiceIds(page: Page, id: string): Promise<string[]> {
	const prefix = `q-${id}-`;
	return card(page, id)
		.locator(`input[name="q-${id}"]`)
		.evaluateAll((inputs, p) => inputs.map((input) => input.id.slice(p.length)), prefix);
}

async function choiceFor(
	page: Page,
	id: string,
	key: QuestionKeyOf<'single'>,
	intent: Intent
): Promise<string> {
	if (intent === 'right') return key.correct;
	const wrong = (await choiceIds(page, id)).find((choice) => choice !== key.correct);
	if (!wrong) throw new Error(`${id}: no wrong choice to pick`);
	return wrong;
}

async function chooseRadio(page: Page, id: string, value: string, via: Via): Promise<void> {
	const radio = card(page, id).locator(`[id="q-${id}-${value}"]`);
	if (via === 'mouse') {
		await card(page, id).locator(`label[for="q-${id}-${value}"]`).click();
	} else {
		// Tab enters the group; the arrow keys move (and check) within it; Space checks the first
		await tabTo(page, card(page, id).locator(`input[name="q-${id}"]`));
		await pressUntilFocused(page, 'ArrowDown', radio, 10);
		await page.keyboard.press('Space');
	}
	await expect(radio).toBeChecked();
}

async function chooseCheckboxes(
	page: Page,
	id: string,
	key: QuestionKeyOf<'multiple'>,
	intent: Intent,
	via: Via
): Promise<void> {
	const all = await choiceIds(page, id);
	// wrong: every wrong choice and none of the right ones scores (0 − wrong) / right, floored at 0
	const picks = all.filter((choice) => key.correct.includes(choice) === (intent === 'right'));
	for (const choice of picks) {
		const box = card(page, id).locator(`[id="q-${id}-${choice}"]`);
		if (via === 'mouse') await card(page, id).locator(`label[for="q-${id}-${choice}"]`).click();
		else {
			await tabTo(page, box);
			await page.keyboard.press('Space');
		}
		await expect(box).toBeChecked();
	}
}

// ---- text ----

async function typeInto(page: Page, field: Locator, text: string, via: Via): Promise<void> {
	if (via === 'mouse') await field.fill(text);
	else {
		await tabTo(page, field);
		await page.keyboard.press('ControlOrMeta+A');
		await page.keyboard.type(text);
	}
	await expect(field).toHaveValue(text);
}

async function chooseOption(page: Page, select: Locator, value: string, via: Via): Promise<void> {
	if (via === 'mouse') await select.selectOption(value);
	else {
		await tabTo(page, select);
		// a closed <select> steps through its options with the arrow keys
		const values = await select
			.locator('option')
			.evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
		const current = await select.inputValue();
		const step = values.indexOf(value) >= values.indexOf(current) ? 'ArrowDown' : 'ArrowUp';
		for (let i = 0; i < values.length && (await select.inputValue()) !== value; i++)
			await page.keyboard.press(step);
	}
	await expect(select).toHaveValue(value);
}

const loose = (text: string) => text.trim().toLowerCase();

async function fillBlanks(
	page: Page,
	id: string,
	key: QuestionKeyOf<'fill-blanks'>,
	intent: Intent,
	via: Via
): Promise<void> {
	for (const [index, accepted] of key.blanks.entries()) {
		const field = card(page, id).locator(`[name="q-${id}-blank-${index}"]`);
		await expect(field).toHaveAccessibleName(`Blank ${index + 1} of ${key.blanks.length}`);
		const isSelect = await field.evaluate((element) => element.tagName === 'SELECT');
		if (isSelect) {
			const words = await field
				.locator('option')
				.evaluateAll((options) =>
					options.map((option) => (option as HTMLOptionElement).value).filter(Boolean)
				);
			const word =
				intent === 'right'
					? accepted[0]!
					: words.find((w) => !accepted.some((answer) => loose(answer) === loose(w)));
			if (!word) throw new Error(`${id}: no word for blank ${index}`);
			await chooseOption(page, field, word, via);
		} else {
			await typeInto(page, field, intent === 'right' ? accepted[0]! : 'zzz', via);
		}
	}
}

async function matchPairs(
	page: Page,
	id: string,
	key: QuestionKeyOf<'match'>,
	intent: Intent,
	via: Via
): Promise<void> {
	for (const [index, right] of key.pairs.entries()) {
		// wrong: each left gets the next left's partner, which is never its own
		const value = intent === 'right' ? right : key.pairs[(index + 1) % key.pairs.length]!;
		await chooseOption(page, card(page, id).locator(`[id="q-${id}-match-${index}"]`), value, via);
	}
}

// ---- order ----

/** Every item one place on: no item stays in its right position. */
function rotated(order: string[]): string[] {
	return [...order.slice(1), order[0]!];
}

async function shownOrder(page: Page, id: string): Promise<string[]> {
	return card(page, id)
		.locator('ol.items > li[data-item]')
		.evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.item!));
}

async function putInOrder(page: Page, id: string, target: string[], via: Via): Promise<void> {
	let moved = false;
	for (const [position, item] of target.entries()) {
		for (let guard = 0; guard < target.length; guard++) {
			const at = (await shownOrder(page, id)).indexOf(item);
			if (at <= position) break;
			const up = card(page, id).locator(`[data-item="${item}"] [data-move="up"]`);
			await expect(up).toHaveAccessibleName(/^Move .+ up$/);
			if (via === 'mouse') await up.click();
			else {
				await tabTo(page, up);
				await page.keyboard.press('Enter');
			}
			await expect.poll(async () => (await shownOrder(page, id)).indexOf(item)).toBe(at - 1);
			moved = true;
		}
	}
	if (!moved)
		await activate(
			page,
			card(page, id).getByRole('button', { name: 'Keep this order', exact: true }),
			via
		);
	expect(await shownOrder(page, id)).toEqual(target);
}

// ---- selecting sentences in the article ----

/**
 * The evidence sentences, or (wrong) as many of the article's first sentences that are not evidence
 * (the count the question asks for: Check takes no other).
 */
async function sentencesFor(page: Page, key: QuestionKey, intent: Intent): Promise<string[]> {
	if (intent === 'right') return key.evidenceSentences;
	const all = await page
		.locator('#article [data-sentence]')
		.evaluateAll((spans) => spans.map((span) => (span as HTMLElement).dataset.sentence!));
	const others = all
		.filter((sentence) => !key.evidenceSentences.includes(sentence))
		.slice(0, key.evidenceSentences.length);
	if (others.length < key.evidenceSentences.length)
		throw new Error('too few sentences outside the evidence');
	return others;
}

export function sentenceToggle(page: Page, sentence: string): Locator {
	return page.locator(`#article [data-sentence="${sentence}"][role="checkbox"]`);
}

/** The bar at the top of the article while sentences are being selected. */
export function selectionBar(page: Page): Locator {
	return page.getByRole('region', { name: 'Selecting sentences' });
}

export async function selectSentences(
	page: Page,
	id: string,
	part: 'response' | 'evidence',
	sentences: string[],
	via: Via
): Promise<void> {
	const start = card(page, id).locator(`#select-${id}-${part}`);
	await expect(start).toHaveText('Select in article');
	await activate(page, start, via);
	const bar = selectionBar(page);
	await expect(bar).toBeVisible();
	for (const sentence of sentences) {
		const toggle = sentenceToggle(page, sentence);
		if (via === 'mouse') await toggle.click();
		else {
			// into the article (the bar has focus), then from sentence to sentence with the arrows
			await tabTo(page, page.locator('#article [data-sentence][role="checkbox"]'));
			const before = await page.evaluate(() =>
				(document.activeElement as HTMLElement | null)?.dataset.sentence?.split('.').map(Number)
			);
			const [p, s] = sentence.split('.').map(Number);
			const forward = !before || before[0]! < p! || (before[0] === p && before[1]! <= s!);
			await pressUntilFocused(page, forward ? 'ArrowDown' : 'ArrowUp', toggle, 400);
			await page.keyboard.press('Space');
		}
		await expect(toggle).toHaveAttribute('aria-checked', 'true');
	}
	if (via === 'mouse') await bar.getByRole('button', { name: 'Done selecting' }).click();
	else {
		await page.keyboard.press('Escape');
		await expect(start).toBeFocused();
	}
	await expect(bar).toBeHidden();
}

// ---- whole quizzes ----

/** Answers every question on the page (and Checks each in practice mode). */
export async function answerAll(
	page: Page,
	keys: Keys,
	intent: Intent,
	via: Via,
	options: { check: boolean }
): Promise<void> {
	for (const id of await questionIds(page)) {
		const key = keys[id];
		if (!key) throw new Error(`no key for question ${id}`);
		await answerQuestion(page, id, key, intent, via);
		if (options.check) await checkQuestion(page, id, via);
	}
}

export async function submit(page: Page, via: Via): Promise<void> {
	await activate(page, page.getByRole('button', { name: 'Submit', exact: true }), via);
}

export function resultsTotal(page: Page): Locator {
	return page.getByRole('region', { name: 'Results' }).locator('.total');
}

/** "N / M points (P%)" */
export function parseTotal(text: string): { earned: number; possible: number; percent: number } {
	const match = /^([\d.]+) \/ ([\d.]+) points \(([\d.]+)%\)$/.exec(text.trim());
	if (!match) throw new Error(`not a score: "${text}"`);
	return { earned: Number(match[1]), possible: Number(match[2]), percent: Number(match[3]) };
}

/** The quiz's total points, from the keys' question count and the page's "N points" lines. */
export async function totalPoints(page: Page): Promise<number> {
	const metas = await page.locator('#questions .question > .meta').allTextContents();
	return metas
		.map((text) => Number(/·\s*([\d.]+)\s+points?/.exec(text)?.[1] ?? NaN))
		.reduce((sum, points) => sum + points, 0);
}
