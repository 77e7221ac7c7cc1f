/**
 * The quiz page of a quiz with `pick: 2` of its 5 questions: the student sees the 2 questions the
 * attempt drew, numbered 1 and 2, the same 2 after a reload, and is scored out of their points.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import QuizPage from '$lib/components/quiz/QuizPage.svelte';
import { drawQuestionIds } from '$lib/quiz/pool';
import { progressKey } from '$lib/state/storage';
import { quizPageProps } from './harness/quiz-page';
import { article, practiceQuiz, views } from './ui-fixtures';

beforeEach(() => localStorage.clear());

const shown = () =>
	[...document.querySelectorAll<HTMLElement>('[data-question]')].map(
		(card) => card.dataset.question
	);

/** The questions the saved attempt's seed draws. */
function drawnBySavedSeed(): string[] {
	const saved = JSON.parse(localStorage.getItem(progressKey('ties', 'check'))!) as { seed: number };
	return drawQuestionIds(views, 2, saved.seed);
}

describe('a quiz page with pick', () => {
	it('shows the 2 drawn questions, the same after a reload, and scores out of their points', async () => {
		const props = await quizPageProps(article, practiceQuiz({ pick: 2 }));
		const first = render(QuizPage, { props });
		await screen.findByText('Answered 0 of 2');
		const drawn = drawnBySavedSeed();
		expect(shown()).toEqual(drawn);
		expect(screen.getByRole('article', { name: 'Question 2' })).toBeInTheDocument();
		expect(screen.queryByRole('article', { name: 'Question 3' })).toBeNull();

		first.unmount();
		render(QuizPage, { props });
		await screen.findByText('Answered 0 of 2');
		expect(shown()).toEqual(drawn);

		await userEvent.click(screen.getByRole('button', { name: 'Submit' }));
		expect(screen.getByText('2 questions are unanswered. Submit anyway?')).toBeInTheDocument();
		await userEvent.click(screen.getByRole('button', { name: 'Submit anyway' }));
		await screen.findByRole('heading', { name: 'Results' });
		const points = views
			.filter((view) => drawn.includes(view.id))
			.reduce((sum, view) => sum + view.points, 0);
		expect(screen.getByText(`0 / ${points} points (0%)`)).toBeInTheDocument();
	});
});
