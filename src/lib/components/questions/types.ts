/**
 * The contract every question-type component follows (see registry.ts). A component renders the
 * inputs of its type inside the question's fieldset (the card draws the fieldset and the prompt).
 */
import type { QuestionType } from '$lib/quiz/schema';
import type { Option, QuestionKeyOf, QuestionViewOf, Responses } from '$lib/quiz/types';

export interface QuestionProps<T extends QuestionType> {
	question: QuestionViewOf<T>;
	/**
	 * the student's response; bound. Assign a new value (`response = [...response, id]`), never
	 * mutate it in place: the assignment is what saves it.
	 */
	response: Responses[T];
	/** true once checked or submitted: show the answer, accept no more input */
	locked: boolean;
	/** the key, once feedback is revealed: mark choices right or wrong, show the right answer */
	key: QuestionKeyOf<T> | null;
	/**
	 * the order to show the question's options in: the ids of its choices (items, options) or, for
	 * fill-blanks, the words of its word bank
	 */
	optionOrder: string[];
}

/** `options` in the order of `order`; any option the order does not list keeps its place at the end. */
export function inOrder<O extends Option>(options: readonly O[], order: readonly string[]): O[] {
	const byId = new Map(options.map((option) => [option.id, option]));
	const ordered = order.flatMap((id) => byId.get(id) ?? []);
	return [...ordered, ...options.filter((option) => !order.includes(option.id))];
}

/** How a choice is marked once the key is known: chosen and right, right but not chosen, or chosen wrongly. */
export function choiceStatus(correct: boolean, chosen: boolean): 'right' | 'missed' | 'wrong' | null {
	if (correct) return chosen ? 'right' : 'missed';
	return chosen ? 'wrong' : null;
}
