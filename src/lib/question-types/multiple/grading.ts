/** Multiple choice graded: (right − wrong picks) / right ones. */
import { picksRight, rightMinusWrong, withScoring } from '../../quiz/kit/credit.ts';
import type { GradingRules } from '../../quiz/kit/rules.ts';
import { choicesKey, choicesText } from '../shared/choices.ts';
import type { Multiple } from './types.ts';

export const multipleGrading: GradingRules<Multiple> = {
	score: (key, response) => withScoring(key.scoring, rightMinusWrong(key.correct, response)),
	scorm: {
		interaction: 'choice',
		latency: true,
		// a set: in choice order, whatever order the student ticked them in
		response: (_view, response) => ({ shape: 'ids', ids: [...response].sort() }),
		correct: (_view, key) => [{ shape: 'ids', ids: [...key.correct].sort() }]
	},
	answerKey: (view, key) => choicesKey(view.choices, key.correct, key.feedback),
	partsRight: (key, response) => picksRight(key.correct, response),
	nearMisses: () => [],
	answerText: (view, response, { order }) => choicesText(view, response, order),
	rightResponse: (_view, key) => key.correct
};
