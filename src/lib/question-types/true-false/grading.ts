/** True or false graded: right when the answer is picked. */
import type { GradingRules } from '../../quiz/kit/rules.ts';
import { TRUE_FALSE_OPTIONS, type TrueFalse } from './types.ts';

export const trueFalseGrading: GradingRules<TrueFalse> = {
	score: (key, response) => (response === key.answer ? 1 : 0),
	scorm: {
		interaction: 'true-false',
		latency: false,
		response: (_view, response) => ({ shape: 'flag', value: response === true }),
		correct: (_view, key) => [{ shape: 'flag', value: key.answer }]
	},
	answerKey: (_view, key) => ({
		kind: 'choices',
		choices: TRUE_FALSE_OPTIONS.map((option) => ({
			text: option.label,
			correct: option.value === key.answer
		}))
	}),
	partsRight: () => null,
	nearMisses: () => [],
	answerText: (_view, response) => (response === null ? '' : response ? 'True' : 'False'),
	rightResponse: (_view, key) => key.answer
};
