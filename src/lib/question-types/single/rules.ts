/** Single choice in the browser: one radio per choice, right when the correct one is picked. */
import type { QuestionRules } from '../../quiz/kit/rules.ts';
import { idsOf, isString } from '../../quiz/kit/untrusted.ts';
import { arrangeChoices, choicesKey, choicesText } from '../shared/choices.ts';
import type { Single } from './types.ts';

export const single: QuestionRules<Single> = {
	empty: () => null,
	isAnswered: (_view, response) => response !== null,
	restore: (view, value) =>
		value === null || (isString(value) && idsOf(view.choices).has(value)) ? value : undefined,
	arrange: (view, { seed, flags }) => arrangeChoices(view, seed, flags),
	score: (key, response) => (response !== null && response === key.correct ? 1 : 0),
	unfinished: () => 'Choose an answer first.',
	scorm: {
		interaction: 'choice',
		latency: false,
		response: (_view, response) => ({ shape: 'ids', ids: response === null ? [] : [response] }),
		correct: (_view, key) => [{ shape: 'ids', ids: [key.correct] }]
	},
	answerKey: (view, key) => choicesKey(view.choices, [key.correct], key.feedback),
	parts: null,
	partsRight: () => null,
	partName: () => null,
	nearMisses: () => [],
	answerText: (view, response, { order }) =>
		response === null ? '' : choicesText(view, [response], order),
	rightResponse: (_view, key) => key.correct
};
