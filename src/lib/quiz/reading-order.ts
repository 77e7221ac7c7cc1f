/**
 * Guided reading's order of the cards: each question's rank in reading order. Apart from the rest
 * of guided reading (guided.ts), which a quiz page loads only where it is guided, because the page
 * picks its first cards by it before that code is in (components/quiz/drawn-cards.svelte.ts).
 */
import type { QuizLayout } from './types.ts';

/**
 * Each question's rank (from 0) in reading order, by its place in the attempt's order: the
 * questions after ¶1 first, then ¶2's, …, those after the article last; the attempt's order
 * within one place. The guided page draws its cards in this order, the first screen's first.
 */
export function readingRanks<Q extends { id: string }>(
	questions: readonly Q[],
	layout: QuizLayout
): number[] {
	const order = questions
		.map((question, index) => ({ index, at: layout.after[question.id] ?? Infinity }))
		.sort((a, b) => a.at - b.at || a.index - b.index);
	const ranks: number[] = [];
	order.forEach(({ index }, rank) => (ranks[index] = rank));
	return ranks;
}
