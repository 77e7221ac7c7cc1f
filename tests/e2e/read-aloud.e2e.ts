/**
 * Read aloud on a quiz page, with a stubbed speechSynthesis (speech-stub.ts): nothing is said until
 * the student asks; the article is read one utterance per sentence of the page's own split, in
 * order, each sentence highlighted as its utterance starts (and its first word, where the engine
 * reports word boundaries); pause, resume, next sentence and speed work, and the speed and voice
 * are remembered; a question is read with its choices; without speech the control says why.
 */
import { expect, test, type Page } from '@playwright/test';
import { gotoHydrated, tabTo } from './helpers.ts';
import { card, questionIds } from './quiz.ts';
import {
	cancels,
	finishUtterance,
	installSpeechStub,
	removeSpeech,
	spoken
} from './speech-stub.ts';
import { FIXTURE_ARTICLE } from '../fixtures/content.ts';

const path = `/${FIXTURE_ARTICLE}/reading-check`;
const viewports = {
	phone: { width: 390, height: 844 },
	laptop: { width: 1366, height: 768 }
} as const;

const controls = (page: Page) => page.getByRole('group', { name: 'Read aloud' });
const readButton = (page: Page) =>
	page.locator('#article').getByRole('button', { name: 'Read aloud', exact: true });

/** The article's sentences as the page shows them: id and text, in reading order. */
function sentences(page: Page): Promise<{ id: string; text: string }[]> {
	return page.locator('#article [data-sentence]').evaluateAll((spans) =>
		spans.map((span) => ({
			id: (span as HTMLElement).dataset.sentence!,
			text: span.textContent!
		}))
	);
}

const reading = (page: Page) => page.locator('[data-reading]');

async function openControls(page: Page) {
	await readButton(page).click();
	await expect(controls(page)).toBeVisible();
}

for (const [device, viewport] of Object.entries(viewports)) {
	test.describe(`on a ${device}`, () => {
		test.use({ viewport });

		test('reads the article sentence by sentence, highlighting each as it starts', async ({
			page
		}) => {
			test.setTimeout(120_000);
			await installSpeechStub(page, { boundaries: false });
			await gotoHydrated(page, path);
			const all = await sentences(page);
			expect(all.length).toBeGreaterThan(3);
			// by keyboard: the button, then Play, which has focus once the controls open
			await tabTo(page, readButton(page));
			await page.keyboard.press('Enter');
			await expect(controls(page).getByRole('button', { name: 'Play' })).toBeFocused();
			expect(await spoken(page), 'nothing is said until Play').toEqual([]);
			await page.keyboard.press('Enter');
			for (const [i, sentence] of all.entries()) {
				await expect.poll(async () => (await spoken(page)).length).toBe(i + 1);
				await expect(reading(page)).toHaveAttribute('data-sentence', sentence.id);
				await expect(reading(page)).toHaveCount(1);
				await expect(reading(page)).toBeInViewport();
				expect((await spoken(page))[i]).toMatchObject({ text: sentence.text, rate: 1, lang: 'en' });
				expect(await finishUtterance(page)).toBe(true);
			}
			await expect(controls(page).getByRole('button', { name: 'Play' })).toBeVisible();
			await expect(reading(page)).toHaveCount(0);
			expect(await spoken(page)).toHaveLength(all.length);
			// no word is marked where the engine reports no boundaries
			expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
		});
	});
}

test('pause, resume, next sentence and speed; speed and voice are remembered', async ({ page }) => {
	await installSpeechStub(page, { boundaries: false });
	await gotoHydrated(page, path);
	const all = await sentences(page);
	await openControls(page);
	await controls(page).getByLabel('From').selectOption('1');
	await controls(page).getByRole('button', { name: 'Play' }).click();
	await expect(reading(page)).toHaveAttribute('data-sentence', all[0]!.id);

	const before = await cancels(page);
	await controls(page).getByRole('button', { name: 'Pause' }).click();
	await expect(controls(page).getByRole('button', { name: 'Resume' })).toBeVisible();
	expect(await cancels(page)).toBeGreaterThan(before);
	// paused: the sentence stays marked, and nothing more is said
	await expect(reading(page)).toHaveAttribute('data-sentence', all[0]!.id);
	expect(await finishUtterance(page)).toBe(false);
	expect(await spoken(page)).toHaveLength(1);

	await controls(page).getByRole('button', { name: 'Resume' }).click();
	await expect
		.poll(async () => (await spoken(page)).map((s) => s.text))
		.toEqual([all[0]!.text, all[0]!.text]);

	await controls(page).getByRole('button', { name: 'Next sentence' }).click();
	await expect(reading(page)).toHaveAttribute('data-sentence', all[1]!.id);
	expect((await spoken(page)).at(-1)!.text).toBe(all[1]!.text);

	await controls(page).getByLabel('Speed').selectOption('1.5');
	await expect
		.poll(async () => (await spoken(page)).at(-1))
		.toMatchObject({
			text: all[1]!.text,
			rate: 1.5
		});
	await controls(page).getByLabel('Voice').selectOption('stub:en-2');
	await expect.poll(async () => (await spoken(page)).at(-1)!.voice).toBe('stub:en-2');
	// only the voices of the page's language are offered
	await expect(controls(page).getByLabel('Voice').locator('option')).toHaveText([
		'Default (English)',
		'Stub Ada',
		'Stub Ben'
	]);

	await controls(page).getByRole('button', { name: 'Stop' }).click();
	await expect(reading(page)).toHaveCount(0);

	await page.reload();
	await openControls(page);
	await expect(controls(page).getByLabel('Speed')).toHaveValue('1.5');
	await expect(controls(page).getByLabel('Voice')).toHaveValue('stub:en-2');
	expect(await spoken(page), 'nothing is said after a reload').toEqual([]);
});

test('marks the word being spoken where the engine reports word boundaries', async ({ page }) => {
	await installSpeechStub(page, { boundaries: true });
	await gotoHydrated(page, path);
	const [first] = await sentences(page);
	await openControls(page);
	await controls(page).getByLabel('From').selectOption('1');
	await controls(page).getByRole('button', { name: 'Play' }).click();
	await expect(reading(page)).toHaveAttribute('data-sentence', first!.id);
	// the stub reports the first two words; the second is the one marked
	const secondWord = first!.text.match(/\S+/g)![1]!;
	await expect
		.poll(() =>
			page.evaluate(() => {
				const highlight = CSS.highlights.get('close-reader-word');
				return highlight ? [...highlight][0]!.toString() : null;
			})
		)
		.toBe(secondWord);
});

test('reads a question, its prompt then its choices', async ({ page }) => {
	await installSpeechStub(page, { boundaries: false });
	await gotoHydrated(page, path);
	const question = card(page, (await questionIds(page))[0]!);
	const parts = await question
		.locator('fieldset')
		.first()
		.evaluate((fieldset) => ({
			prompt: fieldset.querySelector('legend')!.innerText.trim(),
			choices: Array.from(fieldset.querySelectorAll('label'), (label) => label.innerText.trim())
		}));
	await question.getByRole('button', { name: 'Read the question' }).click();
	await expect(question.getByRole('button', { name: 'Stop reading' })).toBeVisible();
	await expect(question.locator('legend')).toHaveAttribute('data-reading', '');
	for (let i = 0; i < 20 && (await finishUtterance(page)); i++);
	const said = (await spoken(page)).map((s) => s.text.trim());
	expect(said.join(' ')).toBe([parts.prompt, ...parts.choices].join(' '));
	expect(said.length).toBeGreaterThan(parts.choices.length);
	await expect(question.getByRole('button', { name: 'Read the question' })).toBeVisible();
	await expect(reading(page)).toHaveCount(0);
});

test('without speech, Read aloud is disabled and says why', async ({ page }) => {
	await removeSpeech(page);
	await gotoHydrated(page, path);
	expect(await page.evaluate(() => 'speechSynthesis' in window)).toBe(false);
	await expect(readButton(page)).toBeDisabled();
	await expect(readButton(page)).toHaveAccessibleDescription(
		'Read aloud is not available: this browser cannot speak.'
	);
	await expect(page.getByRole('button', { name: 'Read the question' })).toHaveCount(0);
});
