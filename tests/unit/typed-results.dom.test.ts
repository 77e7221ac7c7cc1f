/**
 * A test's results say why a typed answer that was almost right did not count (issue #21, item 6):
 * what was written, the answer and the slip, once the results show the answers, and not with
 * `review: score`, where the right answers stay hidden.
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

const typedQuestion = () => screen.getByRole('article', { name: 'Question 5' });

/** Types `answer` for "Name the resource that is short." (accepted: crude oil, oil) and submits. */
async function submitTyped(answer: string, testRules?: TestRules) {
	const quiz = { ...testQuiz(), ...(testRules && { testRules }) };
	render(QuizPage, { props: await quizPageProps(article, quiz) });
	await everyCardDrawn(quiz);
	await userEvent.type(
		within(typedQuestion()).getByRole('textbox', { name: 'Your answer' }),
		answer
	);
	// nothing is said while answering a test
	expect(typedQuestion()).not.toHaveTextContent(/Almost/);
	await userEvent.click(screen.getByRole('button', { name: 'Submit' }));
	await userEvent.click(screen.getByRole('button', { name: 'Submit anyway' }));
	await screen.findByRole('heading', { name: 'Results' });
}

describe('a near-miss in a test’s results', () => {
	it('says what was written, the answer, and that it was the spelling', async () => {
		await submitTyped('crudr oil');
		const feedback = typedQuestion().querySelector('.feedback');
		expect(feedback).toHaveTextContent('Not quite');
		expect(feedback).toHaveTextContent(
			'You wrote ‘crudr oil’; the answer is ‘crude oil’ (spelling).'
		);
	});

	it('says nothing of the kind for an answer that is simply wrong', async () => {
		await submitTyped('coal');
		expect(typedQuestion().querySelector('.feedback')).toHaveTextContent('Not quite');
		expect(typedQuestion()).not.toHaveTextContent(/You wrote/);
	});

	it('is not shown, nor the answer, when the test’s review shows only the score', async () => {
		await submitTyped('crudr oil', { retakes: 0, grade: 'first', review: 'score' });
		expect(screen.getByText('Your teacher will share the right answers later.')).toBeVisible();
		expect(typedQuestion()).not.toHaveTextContent(/You wrote/);
		expect(typedQuestion()).not.toHaveTextContent(/crude oil/);
	});
});
