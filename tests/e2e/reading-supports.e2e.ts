/**
 * Reading supports (#22): the glossary and guided reading, on the tests' second article
 * (tests/fixtures/content/tide-pools). Its terms are marked in the static article and open their
 * definitions in native popovers, by click and by keyboard, closing with Esc; the teacher view's
 * reading level and glossary candidates are what the packages compute; a guided quiz shows every
 * question after its paragraph, scores as side by side does, and keeps every answer when switched;
 * its article stays the page's static HTML while it starts (its first cards prerendered in their
 * places, so nothing on the first screen moves).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { daleChall } from 'dale-chall';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { expectNoAxeViolations, gotoHydrated } from './helpers.ts';
import { card, parseTotal, resultsTotal, submit } from './quiz.ts';
import { startDevServer, DEV_URL } from './dev-server.ts';

const ARTICLE = 'tide-pools';
const GUIDED = `/${ARTICLE}/guided-reading`;

test('glossary terms open their definitions by click and by keyboard, and close with Esc', async ({
	page
}) => {
	await gotoHydrated(page, `/${ARTICLE}`);
	const article = page.locator('article.article');
	// the first occurrence in each paragraph: "tide pool" in ¶1 and ¶2, "anemone" in ¶3 only (¶5
	// has "anemones"), "predators" in its listed ¶4 only
	const tidePool = article.getByRole('button', { name: 'tide pool: definition' });
	await expect(tidePool).toHaveCount(2);
	await expect(tidePool.first()).toHaveText('tide pool');
	await expect(article.locator('[data-paragraph="1"] button')).toHaveText(['tide pool']);
	await expect(article.locator('[data-paragraph="2"] button')).toHaveText(['tide pool']);
	await expect(article.locator('[data-paragraph="3"] button')).toHaveText(['anemone']);
	await expect(article.locator('[data-paragraph="4"] button')).toHaveText(['predators']);
	await expect(article.locator('[data-paragraph="5"] button')).toHaveCount(0);
	// a term is not an evidence highlight
	await expect(article.locator('mark')).toHaveCount(0);

	const definition = page.locator('#glossary-1');
	await expect(definition).toBeHidden();
	await tidePool.nth(1).click();
	await expect(definition).toBeVisible();
	await expect(definition.locator('[data-definition-text]')).toHaveText(
		'tide pool: a hollow in the rocks that keeps seawater when the tide goes out'
	);
	await expectNoAxeViolations(page, 'the article with a definition open');
	await page.keyboard.press('Escape');
	await expect(definition).toBeHidden();

	const anemone = article.getByRole('button', { name: 'anemone: definition' });
	const anemoneDefinition = page.locator('#glossary-2');
	await anemone.focus();
	await page.keyboard.press('Enter');
	await expect(anemoneDefinition).toBeVisible();
	await expect(anemoneDefinition).toContainText('a soft sea animal');
	await page.keyboard.press('Escape');
	await expect(anemoneDefinition).toBeHidden();
	await expect(anemone).toBeFocused();
	await expectNoAxeViolations(page, 'the article with its glossary');
});

/** The answers given in both layouts: all right but "twice-a-day". */
async function answer(page: Page): Promise<void> {
	await card(page, 'why-salty').getByRole('radio', { name: 'It dries in the sun.' }).check();
	await card(page, 'twice-a-day').getByRole('radio', { name: 'False' }).check();
	await card(page, 'anemone-foot').getByRole('radio', { name: 'With one strong foot.' }).check();
	await card(page, 'counted').getByRole('radio', { name: 'Why there are fewer anemones.' }).check();
	await card(page, 'main-idea').getByRole('radio', { name: 'True' }).check();
}

/** The ¶ the list holding question `id` follows in the article, or null if it is not there. */
function paragraphBefore(page: Page, id: string): Promise<string | null> {
	return card(page, id).evaluate((element) => {
		const list = element.closest('ol');
		if (!list?.closest('article.article')) return null;
		// the last paragraph before the list (the article is in parts between the lists)
		const paragraphs = [...document.querySelectorAll<HTMLElement>('[data-paragraph]')].filter(
			(paragraph) => paragraph.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING
		);
		return paragraphs.at(-1)?.dataset.paragraph ?? null;
	});
}

const switchButton = (page: Page) => page.getByRole('button', { name: 'Questions in the text' });

/** The built script of the interactive article (ArticleSlot's on-demand Article.svelte). */
function articleScript(): string {
	const manifest = JSON.parse(
		readFileSync(join(process.cwd(), '.svelte-kit/output/client/.vite/manifest.json'), 'utf8')
	) as Record<string, { file: string }>;
	const file = manifest['src/lib/components/article-on-demand.ts']!.file;
	expect(existsSync(join(process.cwd(), 'build', file))).toBe(true);
	return file;
}

test('a guided quiz shows each question after its paragraph, in reading order', async ({
	page
}) => {
	// the layout shifts of the page's start, as Lighthouse counts them
	await page.addInitScript(() => {
		const shifts: number[] = ((window as unknown as { shifts: number[] }).shifts = []);
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries())
				shifts.push((entry as unknown as { value: number }).value);
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await gotoHydrated(page, GUIDED);
	await expect(switchButton(page)).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('[data-after-paragraph]')).toHaveCount(4);
	// every card drawn, the article still static: its script never requested
	const script = articleScript();
	const requested = await page.evaluate(() =>
		performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname)
	);
	expect(requested.filter((path) => path.endsWith(script))).toEqual([]);
	expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
	const places: Record<string, string> = {};
	for (const id of ['why-salty', 'twice-a-day', 'anemone-foot', 'counted', 'main-idea'])
		places[id] = (await paragraphBefore(page, id)) ?? 'not in the article';
	// the ¶ of the first quote, or `after: 3` (main-idea quotes ¶2)
	expect(places).toEqual({
		'why-salty': '2',
		'twice-a-day': '1',
		'anemone-foot': '3',
		counted: '5',
		'main-idea': '3'
	});
	// after the same ¶, the quiz's order; each card keeps its number in the quiz
	const afterThird = await page
		.locator('[data-after-paragraph="3"] [data-question]')
		.evaluateAll((cards) => cards.map((element) => (element as HTMLElement).dataset.question));
	expect(afterThird).toEqual(['anemone-foot', 'main-idea']);
	await expect(card(page, 'main-idea').locator('.meta')).toContainText('Question 5');
	await expect(page.locator('#questions ol.questions > li')).toHaveCount(0);
	await expectNoAxeViolations(page, 'a guided quiz');
});

test('switching layouts keeps every answer, and both score the same answers alike', async ({
	page,
	browser
}) => {
	await gotoHydrated(page, GUIDED);
	await expect(page.locator('[data-after-paragraph]')).toHaveCount(4);
	await answer(page);
	await switchButton(page).click();
	await expect(switchButton(page)).toHaveAttribute('aria-pressed', 'false');
	await expect(page.locator('[data-after-paragraph]')).toHaveCount(0);
	await expect(page.locator('#questions ol.questions > li')).toHaveCount(5);
	await expect(page.locator('#questions input:checked')).toHaveCount(5);
	await expect(card(page, 'twice-a-day').getByRole('radio', { name: 'False' })).toBeChecked();
	await switchButton(page).click();
	await expect(page.locator('article.article input:checked')).toHaveCount(5);
	page.on('dialog', (dialog) => void dialog.accept());
	await submit(page, 'mouse');
	const guided = parseTotal((await resultsTotal(page).textContent()) ?? '');
	expect(guided).toEqual({ earned: 4, possible: 5, percent: 80 });

	// the same answers beside the article, in a browser that chose side by side
	const context = await browser.newContext();
	const other = await context.newPage();
	await gotoHydrated(other, GUIDED);
	await switchButton(other).click();
	await expect(other.locator('#questions ol.questions > li')).toHaveCount(5);
	await other.reload();
	// the choice is remembered
	await expect(switchButton(other)).toHaveAttribute('aria-pressed', 'false');
	await expect(other.locator('#questions ol.questions > li')).toHaveCount(5);
	await answer(other);
	await submit(other, 'mouse');
	expect(parseTotal((await resultsTotal(other).textContent()) ?? '')).toEqual(guided);
	await context.close();
});

test('the teacher view gives the reading level and glossary candidates the packages compute', async ({
	page
}) => {
	test.setTimeout(300_000);
	const server = await startDevServer();
	try {
		await page.goto(`${DEV_URL}/${ARTICLE}/guided-reading/teacher`, { timeout: 240_000 });
		const panel = page.getByRole('region', { name: 'Reading level' });
		await expect(panel).toBeVisible({ timeout: 120_000 });
		// the article's words, counted as the teacher view says it counts them, by the packages
		const paragraphs = await page
			.locator('article.article [data-paragraph]')
			.evaluateAll((ps) =>
				ps.map((p) =>
					[...p.querySelectorAll('[data-sentence]')].map((s) => s.textContent ?? '').join(' ')
				)
			);
		const words = paragraphs.join(' ').match(/\p{L}+(?:['’.-]\p{L}+)*/gu) ?? [];
		const sentences = await page.locator('article.article [data-sentence]').count();
		const syllables = words.reduce((sum, word) => sum + syllable(word), 0);
		const familiar = new Set(daleChall);
		const plain = (word: string) => word.toLowerCase().replace(/’/g, "'").replace(/'s?$/, '');
		const forms = (w: string) => [
			w,
			w.replace(/s$/, ''),
			w.replace(/es$/, ''),
			w.replace(/ies$/, 'y'),
			w.replace(/ied$/, 'y'),
			w.replace(/e?d$/, ''),
			w.replace(/ing$/, ''),
			w.replace(/ing$/, 'e')
		];
		const difficult = words.filter((word) => !forms(plain(word)).some((f) => familiar.has(f)));
		const percent = (100 * difficult.length) / words.length;
		const dale =
			0.1579 * percent + 0.0496 * (words.length / sentences) + (percent > 5 ? 3.6365 : 0);
		const grade = fleschKincaid({ word: words.length, sentence: sentences, syllable: syllables });

		await expect(panel.locator('[data-figure="words"]')).toHaveText(String(words.length));
		await expect(panel.locator('[data-figure="difficult"]')).toHaveText(String(difficult.length));
		await expect(panel.locator('[data-figure="flesch-kincaid"]')).toHaveText(grade.toFixed(1));
		await expect(panel.locator('[data-figure="dale-chall"]')).toHaveText(dale.toFixed(1));
		await expect(panel.locator('[data-figure="reading-time"]')).toHaveText('about 1 minute');

		// candidates: the difficult words not in the glossary, most frequent first
		const counts = new Map<string, number>();
		for (const word of difficult) {
			const key = word.toLowerCase();
			if (['anemone', 'predators'].includes(key)) continue;
			counts.set(key, (counts.get(key) ?? 0) + 1);
		}
		const expected = [...counts]
			.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'))
			.slice(0, 12)
			.map(([word, count]) => `${word} ×${count}`);
		const listed = await panel
			.getByRole('listitem')
			.evaluateAll((items) =>
				items.map(
					(item) =>
						`${item.querySelector('.word')?.textContent} ${item.querySelector('.count')?.textContent}`
				)
			);
		// a word the article never writes in lowercase is listed as written ("Gull Point")
		expect(listed.map((line) => line.toLowerCase())).toEqual(expected);
		await expectNoAxeViolations(page, 'the teacher view with its reading level');
	} finally {
		await server.stop();
	}
});
