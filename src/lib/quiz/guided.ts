/**
 * Guided reading's order: which questions the guided layout shows after a paragraph, in the order
 * the attempt has them, and which it shows after the article (those with no paragraph). Pure: the
 * quiz page (state/layout.svelte.ts) asks it; the places come from the build (QuizLayout).
 */
import type { QuizLayout } from './types.ts';

/** The questions shown right after ¶`paragraph`, in the attempt's order. */
export function questionsAfter<Q extends { id: string }>(
	questions: readonly Q[],
	layout: QuizLayout,
	paragraph: number
): Q[] {
	return questions.filter((question) => layout.after[question.id] === paragraph);
}

/** The questions with no paragraph to follow: the guided layout shows them after the article. */
export function questionsAtEnd<Q extends { id: string }>(
	questions: readonly Q[],
	layout: QuizLayout
): Q[] {
	return questions.filter((question) => layout.after[question.id] === undefined);
}
