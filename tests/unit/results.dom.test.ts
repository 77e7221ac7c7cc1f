import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { article, practiceQuiz } from './ui-fixtures';
import QuizPage from '$lib/components/quiz/QuizPage.svelte';
import { LOAD_PARTS_TIMEOUT_MS, quizPageProps } from './harness/quiz-page';

// the page's parts and question components, loaded (and compiled) once before the tests
beforeAll(() => quizPageProps(article, practiceQuiz()), LOAD_PARTS_TIMEOUT_MS);
beforeEach(() => localStorage.clear());

const question = (n: number) => screen.getByRole('article', { name: `Question ${n}` });

/** Answers ¶1's main idea and the true/false question right, the multiple-choice one half right. */
async function answerAndSubmit() {
	render(QuizPage, { props: await quizPageProps(article, practiceQuiz()) });
	await userEvent.click(within(question(1)).getByLabelText('Closer ties with China'));
	await userEvent.click(within(question(2)).getByLabelText('Oil is short'));
	await userEvent.click(within(question(3)).getByLabelText('True'));
	await userEvent.type(within(question(5)).getByRole('textbox', { name: 'Your answer' }), 'coal');
	await userEvent.click(screen.getByRole('button', { name: 'Submit' }));
	await userEvent.click(screen.getByRole('button', { name: 'Submit anyway' }));
}

describe('Results', () => {
	it('shows the total, the pass mark verdict and focuses the heading', async () => {
		await answerAndSubmit();
		const heading = screen.getByRole('heading', { name: 'Results' });
		expect(heading).toHaveFocus();
		// 1 + 1 (half of 2) + 1 of 6
		expect(screen.getByText('3 / 6 points (50%)')).toBeInTheDocument();
		expect(screen.getByText('Not yet')).toBeInTheDocument();
		expect(screen.queryByText(/Answered \d of/)).toBeNull();
	});

	it('reviews every question: the answer given, the right answer, explanation and citations', async () => {
		await answerAndSubmit();
		expect(screen.getAllByRole('article', { name: /^Question \d$/ })).toHaveLength(5);
		const facts = question(2);
		expect(within(facts).getByLabelText('Oil is short')).toBeChecked();
		expect(within(facts).getByLabelText('Trade has fallen').closest('.choice')).toHaveTextContent(
			'Right answer (not chosen)'
		);
		expect(facts.querySelector('.feedback')).toHaveTextContent('Partly correct');
		expect(facts.querySelector('.feedback')).toHaveTextContent('1 / 2 points');
		expect(
			within(facts).getByRole('button', { name: '¶2 “crude oil. Trade has fallen”' })
		).toBeInTheDocument();
		const typed = question(5);
		expect(within(typed).getByRole('textbox', { name: 'Your answer' })).toHaveValue('coal');
		expect(typed).toHaveTextContent('Right answers: “crude oil”, “oil”');
		expect(typed.querySelector('.feedback')).toHaveTextContent('Because ¶2 says so.');
		expect(question(4)).toHaveTextContent('You did not answer this question.');
		expect(question(1)).not.toHaveTextContent('You did not answer this question.');
	});

	it('retry incorrect keeps what was right and clears the rest', async () => {
		await answerAndSubmit();
		await userEvent.click(screen.getByRole('button', { name: 'Retry incorrect' }));
		expect(screen.queryByRole('heading', { name: 'Results' })).toBeNull();
		expect(screen.getByText('Answered 2 of 5')).toBeInTheDocument();
		expect(within(question(1)).getByLabelText('Closer ties with China')).toBeChecked();
		expect(question(1).querySelector('.feedback')).toHaveTextContent('Correct');
		expect(within(question(2)).getByLabelText('Oil is short')).not.toBeChecked();
		expect(within(question(2)).getByLabelText('Oil is short')).toBeEnabled();
		expect(within(question(5)).getByRole('textbox', { name: 'Your answer' })).toHaveValue('');
	});

	it('start over clears every answer', async () => {
		await answerAndSubmit();
		await userEvent.click(screen.getByRole('button', { name: 'Start over' }));
		// issue #8: asked first, in a dialog
		await userEvent.click(screen.getByRole('button', { name: 'Yes, start over' }));
		expect(screen.getByText('Answered 0 of 5')).toBeInTheDocument();
		expect(document.querySelector('.feedback')).toBeNull();
		expect(document.querySelector('[aria-live="polite"]')).toHaveTextContent(
			'Started over: every answer is cleared.'
		);
	});

	it('start over asks first: Cancel keeps the results', async () => {
		await answerAndSubmit();
		await userEvent.click(screen.getByRole('button', { name: 'Start over' }));
		const dialog = screen.getByRole('dialog', { name: 'Start over?' });
		expect(dialog).toHaveTextContent('Every answer and these results will be cleared');
		await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
		expect(screen.queryByRole('dialog')).toBeNull();
		expect(screen.getByText('3 / 6 points (50%)')).toBeInTheDocument();
	});

	it('a summary grid: one link per question to its review, read as a list', async () => {
		await answerAndSubmit();
		const grid = screen.getByRole('list', { name: 'At a glance' });
		const links = within(grid).getAllByRole('link');
		expect(links.map((link) => link.textContent)).toEqual([
			'1✓Question 1: right, 1 / 1 point',
			'2◐Question 2: partly right, 1 / 2 points',
			'3✓Question 3: right, 1 / 1 point',
			'4–Question 4: not answered, 0 / 1 point',
			'5✗Question 5: not right, 0 / 1 point'
		]);
		expect(links[1]).toHaveAccessibleName('Question 2: partly right, 1 / 2 points');
		expect(links[1]).toHaveAttribute('href', '#question-facts');
		await userEvent.click(links[1]!);
		expect(question(2)).toHaveFocus();
	});

	it('the name for the printout is saved with the attempt', async () => {
		await answerAndSubmit();
		await userEvent.type(screen.getByRole('textbox', { name: /Your name/ }), 'Ana Pérez');
		const saved = JSON.parse(localStorage.getItem('close-reader:v1:ties/check')!) as {
			name?: string;
			submittedAt?: number;
		};
		expect(saved.name).toBe('Ana Pérez');
		expect(saved.submittedAt).toBeGreaterThan(0);
	});

	it('Copy results without a clipboard shows the text, selected, to copy by hand', async () => {
		await answerAndSubmit();
		await userEvent.click(screen.getByRole('button', { name: 'Copy results' }));
		expect(await screen.findByText('Copy the text below (Ctrl+C or ⌘C):')).toBeInTheDocument();
		const text = screen.getByRole('textbox', { name: 'Your results as text' });
		expect((text as HTMLTextAreaElement).value).toMatch(
			/^Reading check — Pyongyang looks to Beijing\n/
		);
		expect((text as HTMLTextAreaElement).value).toContain('Score: 3 / 6 points (50%)');
	});
});
