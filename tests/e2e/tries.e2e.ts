/**
 * Fair with typed answers, and a second try in practice mode, on a phone and a laptop: "Almost" for
 * a slip without using a try, numbers in words, not right yet with Try again / Show answer, how many
 * parts are right, and the points a later try earns. The e2e fixture quiz "second-tries". The
 * grading code is not in a quiz page's start: a Check clicked before it is here waits for it.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, gotoHydrated, holdScripts, viewports } from './helpers.ts';
import { card, loadKeys, submit, resultsTotal } from './quiz.ts';
import { FIXTURE_ARTICLE } from '../fixtures/content.ts';

const ARTICLE = FIXTURE_ARTICLE;
const path = `/${ARTICLE}/second-tries`;
const SHOTS = process.env.SHOTS_DIR;

/** the grading code's scripts (state/grading.ts and what it pulls in), known by this credit rule */
const GRADING_MARKER = 'all-or-nothing';

for (const [device, viewport] of Object.entries(viewports)) {
	test.describe(`on a ${device}`, () => {
		test.use({ viewport, isMobile: device === 'phone', hasTouch: device === 'phone' });

		test('a slip is "almost": no try used; fixed, it earns full points', async ({ page }) => {
			// the page starts and takes an answer with the grading code held back
			const grading = await holdScripts(page, GRADING_MARKER);
			await gotoHydrated(page, path);
			const alaska = card(page, 'alaska');
			await expect(alaska.locator('.meta')).toHaveText('Question 1 · 1 point · 2 tries');
			const box = alaska.getByRole('textbox', { name: 'Your answer' });
			await box.fill('Alaksa');
			await alaska.getByRole('button', { name: 'Check', exact: true }).click();
			// the Check waits for the grading code, asked for once the page was idle, then says it
			await expect.poll(grading.held).toBe(true);
			grading.release();
			await expect(alaska.getByRole('status')).toHaveText('Almost — check your spelling.');
			// still answering: no feedback, no try used
			await expect(alaska.locator('.feedback, .try-feedback')).toHaveCount(0);
			await expect(box).toBeEditable();
			await expect(alaska.getByText(/try of 2/)).toHaveCount(0);
			if (SHOTS) await alaska.screenshot({ path: `${SHOTS}/${device}-almost.png` });

			await box.fill('Alaska');
			await alaska.getByRole('button', { name: 'Check', exact: true }).click();
			const feedback = alaska.locator('.feedback');
			await expect(feedback).toHaveAttribute('data-verdict', 'correct');
			await expect(feedback).toContainText('1 / 1 point');
			await expect(feedback).toBeFocused();
		});

		test('with spelling: exact a slip is simply not right and uses a try', async ({ page }) => {
			await gotoHydrated(page, path);
			const exact = card(page, 'alaska-exact');
			await exact.getByRole('textbox', { name: 'Your answer' }).fill('Alaksa');
			await exact.getByRole('button', { name: 'Check', exact: true }).click();
			await expect(exact.locator('.try-feedback')).toContainText('Not right yet');
			// no "almost": the question's status line says nothing
			await expect(exact.getByRole('status')).toHaveText('');
		});

		test('blanks: partly right, and which blank to check; a number in words is right; a slip is almost (which blank)', async ({
			page
		}) => {
			await gotoHydrated(page, path);
			const ties = card(page, 'ties');
			// first a wrong word: partly right, and which blank to check (marked there too)
			await ties.getByRole('textbox', { name: 'Blank 1 of 2' }).fill('1949');
			await ties.getByRole('textbox', { name: 'Blank 2 of 2' }).fill('cousins');
			await ties.getByRole('button', { name: 'Check', exact: true }).click();
			const waiting = ties.locator('.try-feedback');
			await expect(waiting).toContainText('Partly right');
			await expect(waiting).toContainText('1 of 2 blanks is right: check blank 2.');
			await expect(
				ties.getByRole('textbox', { name: 'Blank 1 of 2' })
			).not.toHaveAccessibleDescription('Right');
			await expect(ties.getByRole('textbox', { name: 'Blank 2 of 2' })).toHaveAccessibleDescription(
				'Check this blank'
			);
			await expect(ties.locator('.blank[data-status="wrong"]')).toHaveCount(1);
			await expect(ties.locator('.blank[data-status="wrong"]')).toContainText('✗ Check this blank');
			await waiting.getByRole('button', { name: 'Try again' }).click();
			await expect(ties.getByRole('textbox', { name: 'Blank 1 of 2' })).toBeFocused();
			await ties.getByRole('textbox', { name: 'Blank 1 of 2' }).fill('nineteen forty-nine');
			await ties.getByRole('textbox', { name: 'Blank 2 of 2' }).fill('sister harbor');
			await ties.getByRole('button', { name: 'Check', exact: true }).click();
			await expect(ties.getByRole('status')).toHaveText('Almost — check the spelling in blank 2.');
			await ties.getByRole('textbox', { name: 'Blank 2 of 2' }).fill('sister harbors');
			await ties.getByRole('button', { name: 'Check', exact: true }).click();
			await expect(ties.locator('.feedback')).toHaveAttribute('data-verdict', 'correct');
			await expect(ties.locator('.feedback')).toContainText('0.5 / 1 point');
			await expect(ties.getByRole('textbox', { name: 'Blank 1 of 2' })).toHaveAccessibleDescription(
				'Right'
			);
		});

		test('a wrong try: not right yet, how many parts, the chosen feedback; then Try again for half', async ({
			page
		}) => {
			await gotoHydrated(page, path);
			const keys = await loadKeys(page, ARTICLE, 'second-tries');
			const key = keys['launch']!;
			if (key.type !== 'multiple') throw new Error('launch is a multiple-choice question');
			const launch = card(page, 'launch');
			// one right choice and one wrong one: (1 − 1) / 2 earns nothing
			const [right, other] = key.correct as [string, string];
			const wrong = ['a', 'b', 'c', 'd'].find((id) => !key.correct.includes(id))!;
			await launch.locator(`label[for="q-launch-${right}"]`).click();
			await launch.locator(`label[for="q-launch-${wrong}"]`).click();
			await launch.getByRole('button', { name: 'Check', exact: true }).click();

			const waiting = launch.locator('.try-feedback');
			await expect(waiting).toBeFocused();
			await expect(waiting).toContainText('Not right yet');
			await expect(waiting).toContainText(
				'You chose 1 of the 2 right choices, and 1 choice that is not right.'
			);
			await expect(waiting).toContainText(
				'You have 1 more try; a right answer now earns half the points.'
			);
			// nothing that gives the answer away: no explanation, no marks on the choices
			await expect(launch.locator('.explanation')).toHaveCount(0);
			await expect(launch.getByText('Your choice: not right')).toHaveCount(0);
			await expect(launch.getByRole('checkbox').first()).toBeDisabled();
			if (SHOTS) await launch.screenshot({ path: `${SHOTS}/${device}-not-yet.png` });

			await waiting.getByRole('button', { name: 'Try again' }).click();
			await expect(launch.getByRole('checkbox').first()).toBeEnabled();
			await expect(
				launch.getByText('Second try of 2: a right answer earns half the points.')
			).toBeVisible();
			await launch.locator(`label[for="q-launch-${wrong}"]`).click();
			await launch.locator(`label[for="q-launch-${other}"]`).click();
			await launch.getByRole('button', { name: 'Check', exact: true }).click();
			const feedback = launch.locator('.feedback');
			await expect(feedback).toHaveAttribute('data-verdict', 'correct');
			await expect(feedback).toContainText('0.5 / 1 point');
			await expect(feedback).toContainText('Right on the second try: half the points.');
			await expect(feedback.locator('.explanation')).not.toBeEmpty();
			await expectNoAxeViolations(page, `feedback after tries (${device})`);
		});

		test('Show answer reveals at once; the last of 3 tries reveals by itself', async ({ page }) => {
			await gotoHydrated(page, path);
			const single = card(page, 'alaska-exact');
			await single.getByRole('textbox', { name: 'Your answer' }).fill('Texas');
			await single.getByRole('button', { name: 'Check', exact: true }).click();
			await single.getByRole('button', { name: 'Show answer' }).click();
			await expect(single.locator('.feedback')).toHaveAttribute('data-verdict', 'incorrect');
			await expect(single.locator('.feedback')).toBeFocused();
			await expect(single).toContainText('Right answer: “Alaska”');

			const three = card(page, 'three-tries');
			await expect(three.locator('.meta')).toContainText('3 tries');
			for (let attempt = 1; attempt <= 3; attempt++) {
				await three.locator('label[for="q-three-tries-false"]').click();
				await three.getByRole('button', { name: 'Check', exact: true }).click();
				if (attempt < 3) await three.getByRole('button', { name: 'Try again' }).click();
			}
			await expect(three.locator('.feedback')).toHaveAttribute('data-verdict', 'incorrect');
			await expect(three.getByRole('button', { name: 'Try again' })).toHaveCount(0);
		});

		test('a waiting try survives a reload, and the results count each question’s best try', async ({
			page
		}) => {
			await gotoHydrated(page, path);
			const three = card(page, 'three-tries');
			await three.locator('label[for="q-three-tries-false"]').click();
			await three.getByRole('button', { name: 'Check', exact: true }).click();
			await expect(three.locator('.try-feedback')).toBeVisible();
			await page.reload();
			await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true', {
				timeout: 30_000
			});
			await expect(card(page, 'three-tries').locator('.try-feedback')).toContainText(
				'You have 2 more tries'
			);
			await card(page, 'three-tries').getByRole('button', { name: 'Try again' }).click();
			await card(page, 'three-tries').locator('label[for="q-three-tries-true"]').click();
			await card(page, 'three-tries').getByRole('button', { name: 'Check', exact: true }).click();
			await submit(page, 'mouse');
			await page.getByRole('button', { name: 'Submit anyway' }).click();
			// 0.5 of 1 point for the right second try; nothing else answered
			await expect(resultsTotal(page)).toHaveText('0.5 / 5 points (10%)');
		});
	});
}
