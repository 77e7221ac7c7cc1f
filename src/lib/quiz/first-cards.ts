/**
 * Which questions a quiz page is built with: the first few cards, whose types' components the page
 * starts with (the route's load; the prerendered page links them ahead), the rest drawn once it has
 * started (components/quiz/drawn-cards.svelte.ts).
 */
import { readingRanks } from './reading-order.ts';
import type { QuestionView, QuizData } from './types.ts';

/** Cards drawn with the page: the first screenful beside the article on a laptop. */
export const FIRST_CARDS = 3;

/**
 * The questions whose cards the page is built with, so whose types' components it starts with: the
 * first few (in reading order when the quiz is guided), or any of them when the attempt's seed
 * decides which come first (shuffled, or drawn from a pool).
 */
export function firstQuestions(
	quiz: Pick<QuizData, 'questions' | 'shuffle' | 'pick' | 'layout'>
): QuestionView[] {
	if (quiz.shuffle.questions || quiz.pick) return quiz.questions;
	if (quiz.layout?.chosen !== 'guided') return quiz.questions.slice(0, FIRST_CARDS);
	const ranks = readingRanks(quiz.questions, quiz.layout);
	return quiz.questions.filter((_, index) => ranks[index]! < FIRST_CARDS);
}
