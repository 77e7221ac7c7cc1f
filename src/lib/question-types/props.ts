/**
 * The contract every question type's component follows (see registry.ts). A component renders the
 * inputs of its type inside the question's fieldset (the card draws the fieldset and the prompt),
 * and once the key is known, the review of the answer in the question's own form.
 */
import type { Component } from 'svelte';
import type { KeyOf, TypeShapes, ViewOf } from '../quiz/kit/types.ts';

export interface QuestionProps<S extends TypeShapes> {
	question: ViewOf<S>;
	/**
	 * the student's response; bound. Assign a new value (`response = [...response, id]`), never
	 * mutate it in place: the assignment is what saves it.
	 */
	response: S['response'];
	/** true once checked or submitted: show the answer, accept no more input */
	locked: boolean;
	/** the key, once feedback is revealed: mark choices right or wrong, show the right answer */
	key: KeyOf<S> | null;
	/**
	 * the order to show the question's options in: the ids of its choices (items, options) or, for
	 * a word bank, its words
	 */
	optionOrder: string[];
	/**
	 * the parts not right (by index, as the type's grading `partsRight` gives `wrong`): in practice
	 * mode while a wrong try waits, the parts to check, marked where they are; once the key is
	 * known, what the review marks wrong (a type whose marks the key alone cannot tell: a typed
	 * blank); none otherwise
	 */
	wrongParts?: readonly number[];
}

export type QuestionComponent<S extends TypeShapes> = Component<
	QuestionProps<S>,
	object,
	'response'
>;
