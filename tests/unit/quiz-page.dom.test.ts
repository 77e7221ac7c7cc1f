import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { article, keys, practiceQuiz, testQuiz } from './ui-fixtures';
import QuizPage from '$lib/components/quiz/QuizPage.svelte';
import { everyCardDrawn, quizPageProps } from './harness/quiz-page';

beforeEach(() => localStorage.clear());
afterEach(() => vi.unstubAllGlobals());

const question = (n: number) => screen.getByRole('article', { name: `Question ${n}` });

describe('QuizPage in practice mode', () => {
	it('checks a question: verdict in words, points, the choice feedback, the explanation; focus on the feedback', async () => {
		render(QuizPage, { props: await quizPageProps(article, practiceQuiz()) });
		expect(screen.getByText('Answered 0 of 5')).toBeInTheDocument();
		const first = question(1);
		expect(within(first).getByRole('group', { name: 'What does Kim want?' })).toBeInTheDocument();
		await userEvent.click(within(first).getByLabelText('A war'));
		expect(screen.getByText('Answered 1 of 5')).toBeInTheDocument();
		const choice = (label: string) => within(first).getByLabelText(label).closest('.choice')!;
		const verdictOf = (label: string) => choice(label).querySelector('.status');
		// each choice with its letter, in the order shown
		expect(choice('A war')).toHaveTextContent(/^B\. A war$/);
		await userEvent.click(within(first).getByRole('button', { name: 'Check' }));

		// each choice says what it was, in an icon and words
		expect(verdictOf('A war')).toBeVisible();
		expect(verdictOf('A war')).toHaveTextContent('✗ Your choice: not right');
		expect(verdictOf('Closer ties with China')).toHaveTextContent('○ Right answer (not chosen)');
		expect(choice('Talks with the U.S.')).toHaveTextContent(/^C\. Talks with the U.S.$/);

		const feedback = first.querySelector('.feedback')!;
		expect(feedback).toHaveTextContent('Not quite');
		expect(feedback).toHaveTextContent('0 / 1 point');
		expect(feedback).toHaveTextContent('Nothing points to a war.');
		expect(feedback).toHaveTextContent('Because ¶1 says so.');
		expect(feedback).toHaveFocus();
		expect(within(first).queryByRole('button', { name: 'Check' })).toBeNull();
		// the answer is shown: no hint to open any more
		expect(within(first).queryByRole('button', { name: 'Hint' })).toBeNull();
		expect(within(first).getByLabelText('A war')).toBeDisabled();
		// the live region says it too
		expect(document.querySelector('[aria-live="polite"]')).toHaveTextContent(
			'Not quite. 0 / 1 point.'
		);
	});

	it('asks for an answer before checking, saying what is missing', async () => {
		render(QuizPage, { props: await quizPageProps(article, practiceQuiz()) });
		// the status region is there, empty, before it has anything to say (a region added with its
		// words already in it is not announced by every screen reader)
		expect(within(question(2)).getByRole('status')).toHaveTextContent(/^$/);
		await userEvent.click(within(question(2)).getByRole('button', { name: 'Check' }));
		expect(within(question(2)).getByRole('status')).toHaveTextContent(
			'Select at least one choice first.'
		);
		expect(question(2).querySelector('.feedback')).toBeNull();
	});

	it('reveals the hint on request; a question without one offers none', async () => {
		render(QuizPage, { props: await quizPageProps(article, practiceQuiz()) });
		expect(within(question(2)).queryByRole('button', { name: 'Hint' })).toBeNull();
		expect(within(question(2)).getByRole('button', { name: 'Check' })).toBeVisible();
		const hint = within(question(1)).getByRole('button', { name: 'Hint' });
		expect(hint).toHaveAttribute('aria-expanded', 'false');
		expect(screen.getByText('Reread ¶1.')).not.toBeVisible();
		await userEvent.click(hint);
		expect(hint).toHaveAttribute('aria-expanded', 'true');
		expect(screen.getByText('Reread ¶1.')).toBeVisible();
	});

	it('highlights exactly the quoted words in the article when a citation is activated', async () => {
		render(QuizPage, { props: await quizPageProps(article, practiceQuiz()) });
		await userEvent.click(within(question(2)).getByLabelText('Oil is short'));
		await userEvent.click(within(question(2)).getByRole('button', { name: 'Check' }));
		expect(document.querySelectorAll('#article mark')).toHaveLength(0);
		await userEvent.click(screen.getByRole('button', { name: '¶2 “crude oil. Trade has fallen”' }));
		const marks = [...document.querySelectorAll('#article mark')];
		expect(marks.map((mark) => mark.textContent).join('')).toBe('crude oil. Trade has fallen');
		// the quote spans two sentences of ¶2
		expect(
			marks.map((mark) => mark.closest('[data-sentence]')?.getAttribute('data-sentence'))
		).toEqual(expect.arrayContaining(['2.1', '2.2']));
	});

	it('after a citation, the "Questions" link leads back to the question it came from', async () => {
		render(QuizPage, { props: await quizPageProps(article, practiceQuiz()) });
		const link = screen.getByRole('link', { name: 'Questions' });
		expect(link).toHaveAttribute('href', '#questions');
		await userEvent.click(within(question(2)).getByLabelText('Oil is short'));
		await userEvent.click(within(question(2)).getByRole('button', { name: 'Check' }));
		await userEvent.click(screen.getByRole('button', { name: '¶2 “crude oil. Trade has fallen”' }));
		expect(link).toHaveAttribute('href', `#${question(2).id}`);
		expect(question(2).id).toBe('question-facts');
	});

	it('after a citation, "Back to question N" is announced and returns to the question, focused', async () => {
		render(QuizPage, { props: await quizPageProps(article, practiceQuiz()) });
		expect(screen.queryByRole('button', { name: /Back to question/ })).toBeNull();
		await userEvent.click(within(question(2)).getByLabelText('Oil is short'));
		await userEvent.click(within(question(2)).getByRole('button', { name: 'Check' }));
		await userEvent.click(screen.getByRole('button', { name: '¶2 “crude oil. Trade has fallen”' }));
		expect(document.querySelector('[aria-live="polite"]')).toHaveTextContent(
			'¶2 is highlighted in the article. Back to question 2 returns to the question.'
		);
		// beside the article, which is where the student now is
		const back = within(document.getElementById('article')!).getByRole('button', {
			name: 'Back to question 2'
		});
		await userEvent.click(back);
		expect(question(2)).toHaveFocus();
		expect(screen.queryByRole('button', { name: 'Back to question 2' })).toBeNull();
	});

	it('"Back to question N" goes when the student moves on to another question', async () => {
		render(QuizPage, { props: await quizPageProps(article, practiceQuiz()) });
		await userEvent.click(within(question(2)).getByLabelText('Oil is short'));
		await userEvent.click(within(question(2)).getByRole('button', { name: 'Check' }));
		await userEvent.click(screen.getByRole('button', { name: '¶2 “crude oil. Trade has fallen”' }));
		expect(screen.getByRole('button', { name: 'Back to question 2' })).toBeVisible();
		await userEvent.click(within(question(3)).getByLabelText('True'));
		expect(screen.queryByRole('button', { name: 'Back to question 2' })).toBeNull();
	});

	it('restores answers and checks after a reload', async () => {
		const first = render(QuizPage, { props: await quizPageProps(article, practiceQuiz()) });
		await userEvent.click(within(question(3)).getByLabelText('True'));
		await userEvent.click(within(question(3)).getByRole('button', { name: 'Check' }));
		first.unmount();
		render(QuizPage, { props: await quizPageProps(article, practiceQuiz()) });
		expect(within(question(3)).getByLabelText('True')).toBeChecked();
		expect(question(3).querySelector('.feedback')).toHaveTextContent('Correct');
	});
});

describe('QuizPage with a question type it has no component for', () => {
	it('shows that question without inputs, and every other question as usual', async () => {
		const props = await quizPageProps(article, practiceQuiz());
		const components = { ...props.components };
		delete components.single;
		render(QuizPage, { props: { ...props, components } });
		expect(
			within(question(1)).getByRole('group', { name: 'What does Kim want?' })
		).toBeInTheDocument();
		expect(within(question(1)).queryAllByRole('radio')).toHaveLength(0);
		expect(within(question(2)).getByLabelText('Oil is short')).toBeEnabled();
	});
});

describe('QuizPage in test mode', () => {
	it('warns about unanswered questions, then fetches the keys and shows the results', async () => {
		const fetch = vi.fn(async () => new Response(JSON.stringify(keys)));
		vi.stubGlobal('fetch', fetch);
		render(QuizPage, { props: await quizPageProps(article, testQuiz()) });
		await everyCardDrawn(testQuiz());
		expect(screen.queryByRole('button', { name: 'Check' })).toBeNull();
		await userEvent.click(within(question(1)).getByLabelText('Closer ties with China'));
		await userEvent.type(within(question(5)).getByRole('textbox', { name: 'Your answer' }), 'oil');
		expect(question(1).querySelector('.feedback')).toBeNull();

		await userEvent.click(screen.getByRole('button', { name: 'Submit' }));
		expect(screen.getByText('3 questions are unanswered. Submit anyway?')).toHaveFocus();
		expect(fetch).not.toHaveBeenCalled();
		await userEvent.click(screen.getByRole('button', { name: 'Submit anyway' }));

		expect(fetch).toHaveBeenCalledWith('/ties/test/key.json');
		const heading = await screen.findByRole('heading', { name: 'Results' });
		expect(heading).toHaveFocus();
		expect(screen.getByText('2 / 6 points (33.3%)')).toBeInTheDocument();
		expect(screen.getByText('Not yet')).toBeInTheDocument();
	});

	it('keeps the answers and offers a retry when the keys cannot be loaded', async () => {
		const fetch = vi
			.fn()
			.mockResolvedValueOnce(new Response('', { status: 503 }))
			.mockResolvedValueOnce(new Response(JSON.stringify(keys)));
		vi.stubGlobal('fetch', fetch);
		render(QuizPage, { props: await quizPageProps(article, testQuiz()) });
		await userEvent.click(within(question(1)).getByLabelText('Closer ties with China'));
		await userEvent.click(screen.getByRole('button', { name: 'Submit' }));
		await userEvent.click(screen.getByRole('button', { name: 'Submit anyway' }));
		const retry = await screen.findByRole('button', { name: 'Try again' });
		expect(retry.parentElement).toHaveTextContent(
			'The results could not be loaded. Your answers are kept.'
		);
		expect(retry.parentElement).toHaveFocus();
		await userEvent.click(retry);
		expect(await screen.findByText('1 / 6 points (16.7%)')).toBeInTheDocument();
	});
});
