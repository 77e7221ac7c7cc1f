/**
 * The components of the question types a quiz has, so that a quiz without, say, an order question
 * never downloads the order component: those of the cards the page is built with are loaded before
 * it renders (the quiz route's load function), the others once it has started (QuizPage). The quiz
 * page hands them down by context; a question card looks up its type's.
 */
import { getContext, setContext } from 'svelte';
import type { QuestionComponent } from './props.ts';
import { questionTypes, type QuestionTypes } from './registry.ts';

type QuestionType = keyof QuestionTypes & string;
export type QuestionComponents = { [T in QuestionType]?: QuestionComponent<QuestionTypes[T]> };

/** Loads the component of every type among `questions`, each once. */
export async function loadQuestionComponents(
	questions: readonly { type: QuestionType }[]
): Promise<QuestionComponents> {
	const types = [...new Set(questions.map((question) => question.type))];
	const loaded = await Promise.all(
		types.map(async (type) => [type, (await questionTypes[type].component()).default] as const)
	);
	return Object.fromEntries(loaded);
}

const CONTEXT = Symbol('question-components');

export function setQuestionComponents(components: QuestionComponents): QuestionComponents {
	return setContext(CONTEXT, components);
}

export function getQuestionComponents(): QuestionComponents {
	return getContext<QuestionComponents | undefined>(CONTEXT) ?? {};
}
