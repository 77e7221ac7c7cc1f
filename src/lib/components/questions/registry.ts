/**
 * Every question type and the component that renders it: the one place the UI lists the types.
 * Adding a type to the schema without a row here is a type error.
 */
import type { Component } from 'svelte';
import type { QuestionType } from '$lib/quiz/schema';
import FillBlanksQuestion from './FillBlanksQuestion.svelte';
import HighlightQuestion from './HighlightQuestion.svelte';
import MatchQuestion from './MatchQuestion.svelte';
import MultipleQuestion from './MultipleQuestion.svelte';
import OrderQuestion from './OrderQuestion.svelte';
import ShortAnswerQuestion from './ShortAnswerQuestion.svelte';
import SingleQuestion from './SingleQuestion.svelte';
import TrueFalseNotGivenQuestion from './TrueFalseNotGivenQuestion.svelte';
import TrueFalseQuestion from './TrueFalseQuestion.svelte';
import type { QuestionProps } from './types';

export type QuestionComponent<T extends QuestionType> = Component<QuestionProps<T>, object, 'response'>;

export const questionComponents: { [T in QuestionType]: QuestionComponent<T> } = {
	single: SingleQuestion,
	multiple: MultipleQuestion,
	'true-false': TrueFalseQuestion,
	'true-false-not-given': TrueFalseNotGivenQuestion,
	'short-answer': ShortAnswerQuestion,
	'fill-blanks': FillBlanksQuestion,
	order: OrderQuestion,
	match: MatchQuestion,
	highlight: HighlightQuestion
};
