/** True or false in the browser: two radios, True then False, in that order always. */
import type { QuestionRules } from '../../quiz/kit/rules.ts';
import { TRUE_FALSE_OPTIONS, type TrueFalse } from './types.ts';

export const trueFalse: QuestionRules<TrueFalse> = {
	empty: () => null,
	isAnswered: (_view, response) => response !== null,
	restore: (_view, value) => (value === null || typeof value === 'boolean' ? value : undefined),
	// True, False keep their natural order: nothing to arrange
	arrange: () => [],
	score: (key, response) => (response === key.answer ? 1 : 0),
	unfinished: () => 'Choose an answer first.',
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
	parts: null,
	partsRight: () => null,
	partName: () => null,
	nearMisses: () => [],
	answerText: (_view, response) => (response === null ? '' : response ? 'True' : 'False'),
	rightResponse: (_view, key) => key.answer
};
