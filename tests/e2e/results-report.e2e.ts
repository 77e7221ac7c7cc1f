/**
 * Results a student understands and can hand in, on a phone and a laptop: the summary grid, Start
 * over asked in a dialog, the name saved with the attempt, "Copy results", and the printed report
 * (Chromium's print emulation and a real PDF), with axe clean in light and dark, on screen and in print.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { emulateColorScheme, expectNoAxeViolations, gotoHydrated, viewports } from './helpers.ts';
import {
	answerQuestion,
	card,
	loadKeys,
	questionIds,
	resultsTotal,
	submit,
	type Keys
} from './quiz.ts';
import { FIXTURE_ARTICLE } from '../fixtures/content.ts';

const ARTICLE = FIXTURE_ARTICLE;
const QUIZ = 'reading-check';
const path = `/${ARTICLE}/${QUIZ}`;
const SHOTS = process.env.SHOTS_DIR;

/** Answers the first questions right, the next wrong, leaves the rest; submits. */
async function mixedResults(page: Page): Promise<{ keys: Keys; ids: string[] }> {
	await gotoHydrated(page, path);
	const keys = await loadKeys(page, ARTICLE, QUIZ);
	const ids = await questionIds(page);
	await answerQuestion(page, ids[0]!, keys[ids[0]!]!, 'right', 'mouse');
	await answerQuestion(page, ids[1]!, keys[ids[1]!]!, 'wrong', 'mouse');
	// the multiple-choice question half right: partly
	const multiple = ids.find((id) => keys[id]!.type === 'multiple')!;
	const key = keys[multiple]!;
	if (key.type !== 'multiple') throw new Error('not a multiple');
	await card(page, multiple).locator(`label[for="q-${multiple}-${key.correct[0]}"]`).click();
	await submit(page, 'mouse');
	await page.getByRole('button', { name: 'Submit anyway' }).click();
	await expect(resultsTotal(page)).toBeVisible();
	return { keys, ids };
}

for (const [device, viewport] of Object.entries(viewports)) {
	test.describe(`on a ${device}`, () => {
		test.use({ viewport, isMobile: device === 'phone', hasTouch: device === 'phone' });

		test('the summary grid: a cell per question, a list of links to each review', async ({
			page
		}) => {
			const { keys, ids } = await mixedResults(page);
			const multiple = ids.find((id) => keys[id]!.type === 'multiple')!;
			const grid = page.getByRole('list', { name: 'At a glance' });
			const cells = grid.getByRole('link');
			await expect(cells).toHaveCount(ids.length);
			await expect(cells.nth(0)).toHaveAccessibleName(/^Question 1: right, 1 \/ 1 point$/);
			await expect(cells.nth(1)).toHaveAccessibleName(/^Question 2: not right, 0 \/ \d+ points?$/);
			const n = ids.indexOf(multiple) + 1;
			await expect(cells.nth(n - 1)).toHaveAccessibleName(
				new RegExp(`^Question ${n}: partly right, `)
			);
			await expect(cells.nth(ids.length - 1)).toHaveAccessibleName(
				new RegExp(`^Question ${ids.length}: not answered, 0 / `)
			);
			await expect(cells.nth(n - 1)).toContainText('◐');
			await expect(cells.nth(ids.length - 1)).toContainText('–');
			if (SHOTS) await grid.screenshot({ path: `${SHOTS}/${device}-grid.png` });

			await cells.nth(n - 1).click();
			const review = card(page, multiple);
			await expect(review).toBeFocused();
			await expect(review).toBeInViewport();
		});

		test('Start over asks first in a dialog; Cancel keeps the results, Yes clears them', async ({
			page
		}) => {
			await mixedResults(page);
			const before = await resultsTotal(page).innerText();
			await page.getByRole('button', { name: 'Start over' }).click();
			const dialog = page.getByRole('dialog', { name: 'Start over?' });
			await expect(dialog).toBeVisible();
			await expect(dialog.getByRole('button', { name: 'Yes, start over' })).toBeFocused();
			await expectNoAxeViolations(page, `the Start over dialog (${device})`);
			await dialog.getByRole('button', { name: 'Cancel' }).click();
			await expect(dialog).toBeHidden();
			await expect(resultsTotal(page)).toHaveText(before);
			// Escape also closes it without clearing anything
			await page.getByRole('button', { name: 'Start over' }).click();
			await page.keyboard.press('Escape');
			await expect(dialog).toBeHidden();
			await expect(resultsTotal(page)).toHaveText(before);

			await page.getByRole('button', { name: 'Start over' }).click();
			await dialog.getByRole('button', { name: 'Yes, start over' }).click();
			await expect(resultsTotal(page)).toHaveCount(0);
			await expect(page.getByText(/^Answered 0 of \d+$/)).toBeVisible();
		});

		test('the name is saved with the attempt; Copy results puts a plain summary on the clipboard', async ({
			page,
			context
		}) => {
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
			const { ids } = await mixedResults(page);
			await page.getByRole('textbox', { name: /Your name/ }).fill('Ana Pérez');
			await page.reload();
			await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true', {
				timeout: 30_000
			});
			await expect(page.getByRole('textbox', { name: /Your name/ })).toHaveValue('Ana Pérez');

			await page.getByRole('button', { name: 'Copy results' }).click();
			await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
			const copied = await page.evaluate(() => navigator.clipboard.readText());
			const total = await resultsTotal(page).innerText();
			const lines = copied.split('\n');
			expect(lines[0]).toMatch(/^Reading check — Kettle Bay votes/);
			expect(lines).toContain('Name: Ana Pérez');
			expect(lines.some((line) => /^Submitted \w+ \d+, \d{4}/.test(line))).toBe(true);
			expect(lines).toContain(`Score: ${total}`);
			expect(lines).toContain('Not yet (pass mark 70%)');
			expect(lines.filter((line) => /^\d+\. /.test(line))).toHaveLength(ids.length);
			expect(copied).toMatch(/✓ Right · 1 \/ 1 point · Your answer: /);
			expect(copied).toMatch(/– Not answered · 0 \/ \d+ points?\n/);
		});

		for (const scheme of ['light', 'dark'] as const) {
			test(`results and their print view have no axe violations (${scheme})`, async ({ page }) => {
				await emulateColorScheme(page, scheme);
				await mixedResults(page);
				await expectNoAxeViolations(page, `results (${device}, ${scheme})`);
				await page.emulateMedia({ media: 'print', colorScheme: scheme });
				await expectNoAxeViolations(page, `the printed results (${device}, ${scheme})`);
			});
		}
	});
}

test('printed, the results are a report: who, what, when, score, each answer and its review', async ({
	page
}) => {
	const { ids } = await mixedResults(page);
	await page.getByRole('textbox', { name: /Your name/ }).fill('Ana Pérez');
	await page.emulateMedia({ media: 'print' });

	// on paper: the report, without buttons, the article or the on-screen review
	const report = page.locator('table.report');
	await expect(report).toBeVisible();
	await expect(report.locator('tbody')).toHaveCount(ids.length);
	await expect(report.locator('tbody').first()).toContainText('✓ right');
	await expect(report.locator('tbody').last()).toContainText('– not answered');
	await expect(page.getByText('Name: Ana Pérez')).toBeVisible();
	await expect(page.getByText(/· Submitted \w+ \d+, \d{4}/)).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Reading check', level: 1 })).toBeVisible();
	await expect(resultsTotal(page)).toBeVisible();
	await expect(page.getByText('Not yet', { exact: true })).toBeVisible();
	for (const hidden of [
		page.locator('#article'),
		page.getByRole('button', { name: 'Start over' }),
		page.getByRole('button', { name: 'Copy results' }),
		page.getByRole('textbox', { name: /Your name/ }),
		page.locator('.review'),
		page.getByRole('navigation', { name: 'Breadcrumb' })
	])
		await expect(hidden).toBeHidden();

	const pdf = await page.pdf({ format: 'A4', printBackground: false });
	const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
	expect(pages, 'pages in the printed report').toBeGreaterThanOrEqual(1);
	// 23 questions, each with its right answer, explanation and evidence (practice): five or six a page
	expect(pages, 'pages in the printed report').toBeLessThanOrEqual(5);
	const out = SHOTS ?? join(tmpdir(), 'close-reader-print');
	mkdirSync(out, { recursive: true });
	writeFileSync(join(out, 'results.pdf'), pdf);
	// where poppler is installed, the PDF's text says what the report says
	if (existsSync('/usr/bin/pdftotext')) {
		const text = execFileSync('/usr/bin/pdftotext', ['-layout', join(out, 'results.pdf'), '-'], {
			encoding: 'utf8'
		});
		expect(text).toContain('Name: Ana Pérez');
		expect(text).toContain('Your answer');
		expect(text).not.toContain('Copy results');
	}
});

test('the print styles apply only to the results: an unsubmitted quiz prints without the report', async ({
	page
}) => {
	await gotoHydrated(page, path);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('table.report')).toHaveCount(0);
	await expect(page.locator('[data-view="questions"]')).toHaveCount(1);
});

test('the points shown for each question add up to the total shown (issue #21, item 5)', async ({
	page
}) => {
	await gotoHydrated(page, path);
	const keys = await loadKeys(page, ARTICLE, QUIZ);
	const questions = (await questionIds(page)).length;
	// two thirds of 2 points (1.33…) and a third of 1 point (0.33…): 1.67 in all, which rounded
	// question by question would show as 1.3 and 0.3, adding up to 1.6 under a total of 1.7
	const key = keys['vote-details']!;
	if (key.type !== 'multiple') throw new Error('not a multiple');
	for (const id of key.correct.slice(0, 2))
		await card(page, 'vote-details').locator(`label[for="q-vote-details-${id}"]`).click();
	const blanks = card(page, 'facts-no-bank');
	await blanks.getByRole('textbox', { name: 'Blank 1 of 3' }).fill('1949');
	await blanks.getByRole('textbox', { name: 'Blank 2 of 3' }).fill('cousins');
	await blanks.getByRole('textbox', { name: 'Blank 3 of 3' }).fill('12');
	await submit(page, 'mouse');
	await page.getByRole('button', { name: 'Submit anyway' }).click();

	const results = page.getByRole('region', { name: 'Results' });
	await expect(resultsTotal(page)).toHaveText(/^1\.7 \/ \d+ points \(/);
	const points = results.locator('.feedback .points');
	await expect(points).toHaveCount(questions);
	const tenths = (await points.allTextContents()).map((text) =>
		Math.round(Number(text.split(' / ')[0]) * 10)
	);
	expect(tenths.reduce((sum, t) => sum + t, 0)).toBe(17);
	await expect(card(page, 'vote-details').locator('.feedback .points')).toHaveText(
		'1.4 / 2 points'
	);
	await expect(card(page, 'facts-no-bank').locator('.feedback .points')).toHaveText(
		'0.3 / 1 point'
	);
});
