/**
 * A test's results with retakes (issue #21, item 1), as the student sees them: the first
 * submission's score stays the recorded score after "Retry incorrect" and a perfect retake, which
 * is labelled a practice retake; every attempt is listed with its score; with `retakes: 1` the
 * right answers stay hidden until the last recorded attempt.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { article, keys, testQuiz } from './ui-fixtures';
import QuizPage from '$lib/components/quiz/QuizPage.svelte';
import type { TestRules } from '$lib/quiz/types';
import { everyCardDrawn, LOAD_PARTS_TIMEOUT_MS, quizPageProps } from './harness/quiz-page';

beforeAll(() => quizPageProps(article, testQuiz()), LOAD_PARTS_TIMEOUT_MS);
beforeEach(() => {
	localStorage.clear();
	vi.stubGlobal('fetch', async () => new Response(JSON.stringify(keys)));
});
afterEach(() => vi.unstubAllGlobals());

const question = (n: number) => screen.getByRole('article', { name: `Question ${n}` });
const results = () => screen.getByRole('region', { name: 'Results' });
const attempts = () =>
	within(results())
		.getAllByRole('listitem')
		.filter((item) => item.closest('.submissions'))
		.map((item) => item.textContent?.replace(/\s+/g, ' ').trim());

async function open(testRules?: TestRules) {
	const quiz = { ...testQuiz(), ...(testRules && { testRules }) };
	render(QuizPage, { props: await quizPageProps(article, quiz) });
	await everyCardDrawn(quiz);
}

/** Question 1 and the typed answer right, the rest unanswered: 2 / 6 points. */
async function submitTwoOfSix() {
	await userEvent.click(within(question(1)).getByLabelText('Closer ties with China'));
	await userEvent.type(within(question(5)).getByRole('textbox', { name: 'Your answer' }), 'oil');
	await userEvent.click(screen.getByRole('button', { name: 'Submit' }));
	await userEvent.click(screen.getByRole('button', { name: 'Submit anyway' }));
	await screen.findByRole('heading', { name: 'Results' });
}

/** Retry incorrect, the cleared questions answered right, Submit: 6 / 6 points. */
async function retakeAllRight(before?: string) {
	await userEvent.click(screen.getByRole('button', { name: 'Retry incorrect' }));
	// above Submit, what this retake will be
	if (before) expect(document.querySelector('.retake-note')).toHaveTextContent(before);
	await userEvent.click(within(question(2)).getByLabelText('Oil is short'));
	await userEvent.click(within(question(2)).getByLabelText('Trade has fallen'));
	await userEvent.click(within(question(3)).getByLabelText('True'));
	await userEvent.click(within(question(4)).getByLabelText('Not given'));
	await userEvent.click(screen.getByRole('button', { name: 'Submit' }));
	await screen.findByRole('heading', { name: 'Results' });
}

describe('a test without retakes', () => {
	it('after Retry incorrect and a perfect retake, the first score is still the recorded one', async () => {
		await open();
		await submitTwoOfSix();
		expect(
			within(results()).getByText('Your recorded score (your first submission)')
		).toBeVisible();
		expect(results().querySelector('.total')).toHaveTextContent('2 / 6 points (33.3%)');
		expect(attempts()).toEqual([
			expect.stringMatching(/^Attempt 1: 2 \/ 6 points \(33.3%\), .+ — recorded score$/)
		]);

		await retakeAllRight('Practice retake — does not change your recorded score.');
		expect(results().querySelector('.total')).toHaveTextContent('2 / 6 points (33.3%)');
		expect(within(results()).getByText('Not yet')).toBeVisible();
		expect(results().querySelector('.practice')).toHaveTextContent(
			'Practice retake — does not change your recorded score. This retake: 6 / 6 points (100%)'
		);
		expect(attempts()).toEqual([
			expect.stringMatching(/^Attempt 1: 2 \/ 6 points \(33.3%\), .+ — recorded score$/),
			expect.stringMatching(
				/^Attempt 2: 6 \/ 6 points \(100%\), .+ — Practice retake — does not change your recorded score$/
			)
		]);
		expect(document.querySelector('[aria-live="polite"]')).toHaveTextContent(
			'Practice retake — does not change your recorded score: 6 / 6 points (100%). Your recorded score is 2 / 6 points (33.3%).'
		);
	});
});

describe('a test with retakes: 1', () => {
	it('hides the right answers until the last recorded attempt, which counts when best', async () => {
		await open({ retakes: 1, grade: 'best', review: 'answers' });
		await submitTwoOfSix();
		expect(
			within(results()).getByText('Your recorded score (your best recorded attempt counts)')
		).toBeVisible();
		expect(
			within(results()).getByText(
				'You have 1 recorded retake left: choose Retry incorrect or Start over, then Submit.'
			)
		).toBeVisible();
		expect(
			within(results()).getByText('The right answers are shown after your last recorded attempt.')
		).toBeVisible();
		expect(results()).not.toHaveTextContent('Because ¶2 says so.');
		expect(results()).not.toHaveTextContent('Right answer (not chosen)');
		expect(results().querySelector('.feedback')).toBeNull();

		await retakeAllRight(
			'This retake will be recorded (1 recorded retake left, this one included).'
		);
		expect(results().querySelector('.total')).toHaveTextContent('6 / 6 points (100%)');
		expect(results().querySelector('.practice')).toBeNull();
		expect(attempts()).toEqual([
			expect.stringMatching(/^Attempt 1: .+ — recorded, not the one that counts$/),
			expect.stringMatching(/^Attempt 2: 6 \/ 6 points \(100%\), .+ — recorded score$/)
		]);
		// the last recorded attempt is in: the answers and explanations are shown
		expect(results()).toHaveTextContent('Because ¶2 says so.');
	});

	it('review: score keeps the right answers hidden after the last recorded attempt too', async () => {
		await open({ retakes: 0, grade: 'first', review: 'score' });
		await submitTwoOfSix();
		expect(results().querySelector('.total')).toHaveTextContent('2 / 6 points (33.3%)');
		expect(
			within(results()).getByText('Your teacher will share the right answers later.')
		).toBeVisible();
		expect(results().querySelector('.feedback')).toBeNull();
		// the answers given are still there to see
		expect(within(question(1)).getByLabelText('Closer ties with China')).toBeChecked();
		// and nothing more can be answered: no hint to open
		expect(within(question(1)).queryByRole('button', { name: 'Hint' })).toBeNull();
	});
});
