/** Single choice graded: right when the correct one is picked. */
import type { GradingRules } from '../../quiz/kit/rules.ts';
import { choicesKey, choicesText } from '../shared/choices.ts';
import type { Single } from './types.ts';

export const singleGrading: GradingRules<Single> = {
	score: (key, response) => (response !== null && response === key.correct ? 1 : 0),
	scorm: {
		interaction: 'choice',
		latency: false,
		response: (_view, response) => ({ shape: 'ids', ids: response === null ? [] : [response] }),
		correct: (_view, key) => [{ shape: 'ids', ids: [key.correct] }]
	},
	answerKey: (view, key) => choicesKey(view.choices, [key.correct], key.feedback),
	partsRight: () => null,
	nearMisses: () => [],
	answerText: (view, response, { order }) =>
		response === null ? '' : choicesText(view, [response], order),
	rightResponse: (_view, key) => key.correct
};
