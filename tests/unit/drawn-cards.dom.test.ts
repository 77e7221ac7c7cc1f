/**
 * The quiz page's cards drawn in slices (components/quiz/drawn-cards.svelte.ts): the first few with
 * the page, the rest each in a later task, and all at once when printing or going to a question.
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { article, practiceQuiz } from './ui-fixtures';
import QuizPage from '$lib/components/quiz/QuizPage.svelte';
import { DrawnCards, nextTask } from '$lib/components/quiz/drawn-cards.svelte';
import { FIRST_CARDS } from '$lib/quiz/first-cards';
import { everyCardDrawn, LOAD_PARTS_TIMEOUT_MS, quizPageProps } from './harness/quiz-page';

beforeAll(() => quizPageProps(article, practiceQuiz()), LOAD_PARTS_TIMEOUT_MS);
beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

const cardsOnPage = () => screen.queryAllByRole('article', { name: /^Question \d+$/ }).length;

describe('DrawnCards', () => {
	it('has the first cards drawn, and draws the rest in later tasks, not in the caller’s', async () => {
		const cards = new DrawnCards(() => 10);
		expect([cards.has(FIRST_CARDS - 1), cards.has(FIRST_CARDS)]).toEqual([true, false]);
		cards.drawRest(window);
		expect(cards.count).toBe(FIRST_CARDS);
		while (!cards.complete) await nextTask();
		expect([cards.has(9), cards.count]).toEqual([true, 10]);
	});

	it('draws one card a task when each takes longer than a slice', async () => {
		let now = 0;
		// every reading of the clock finds 30 ms more gone: a card per slice
		vi.spyOn(performance, 'now').mockImplementation(() => (now += 30));
		const cards = new DrawnCards(() => 6);
		cards.drawRest(window);
		while (!cards.ready) await nextTask();
		const counts: number[] = [];
		while (!cards.complete) {
			await nextTask();
			counts.push(cards.count);
		}
		expect(counts).toEqual([4, 5, 6]);
	});

	it('fetches what the later cards need once the page has started, and draws them after it', async () => {
		const cards = new DrawnCards(() => 5);
		let arrive = () => undefined as void;
		const fetchRest = vi.fn(() => new Promise<void>((resolve) => (arrive = resolve)));
		cards.drawRest(window, fetchRest);
		expect(fetchRest).not.toHaveBeenCalled();
		await vi.waitFor(() => expect(fetchRest).toHaveBeenCalledOnce());
		await nextTask();
		await nextTask();
		expect([cards.ready, cards.count]).toEqual([false, FIRST_CARDS]);
		arrive();
		while (!cards.complete) await nextTask();
		expect(cards.ready).toBe(true);
	});

	it('draws through a card, or all of them, at once; a stopped drawing draws no more', async () => {
		const cards = new DrawnCards(() => 8);
		cards.through(5);
		expect([cards.has(5), cards.has(6)]).toEqual([true, false]);
		const stop = cards.drawRest(window);
		stop();
		await nextTask();
		await nextTask();
		expect(cards.count).toBe(6);
		cards.all();
		expect(cards.complete).toBe(true);
	});
});

describe('the quiz page', () => {
	it('starts with the first cards, then draws the others', async () => {
		const quiz = practiceQuiz();
		expect(quiz.questions.length).toBeGreaterThan(FIRST_CARDS);
		render(QuizPage, { props: await quizPageProps(article, quiz) });
		expect(cardsOnPage()).toBe(FIRST_CARDS);
		await everyCardDrawn(quiz);
		expect(cardsOnPage()).toBe(quiz.questions.length);
	});

	it('draws every card before printing', async () => {
		const quiz = practiceQuiz();
		render(QuizPage, { props: await quizPageProps(article, quiz) });
		expect(cardsOnPage()).toBe(FIRST_CARDS);
		window.dispatchEvent(new Event('beforeprint'));
		expect(cardsOnPage()).toBe(quiz.questions.length);
	});
});
