/**
 * The components of the question types a quiz has, loaded before the page renders (the quiz route's
 * load function) so that a quiz without, say, an order question never downloads the order component.
 * The quiz page hands them down by context; a question card looks up its type's.
 */
import { getContext, setContext } from 'svelte';
import type { QuestionType, ShapesOf } from '../quiz/types.ts';
import type { QuestionComponent } from './props.ts';
import { questionTypes } from './registry.ts';

export type QuestionComponents = { [T in QuestionType]?: QuestionComponent<ShapesOf<T>> };

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
