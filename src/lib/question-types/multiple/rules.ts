/** Multiple choice in the browser: a checkbox per choice, (right − wrong picks) / right ones. */
import { picksRight, rightMinusWrong, withScoring } from '../../quiz/kit/credit.ts';
import type { QuestionRules } from '../../quiz/kit/rules.ts';
import { distinctIds, idsOf } from '../../quiz/kit/untrusted.ts';
import { arrangeChoices, choicesKey, choicesText } from '../shared/choices.ts';
import type { Multiple } from './types.ts';

export const multiple: QuestionRules<Multiple> = {
	empty: () => [],
	isAnswered: (_view, response) => response.length > 0,
	restore: (view, value) => {
		const choices = idsOf(view.choices);
		return distinctIds(value, (id) => choices.has(id));
	},
	arrange: (view, { seed, flags }) => arrangeChoices(view, seed, flags),
	score: (key, response) => withScoring(key.scoring, rightMinusWrong(key.correct, response)),
	unfinished: () => 'Select at least one choice first.',
	scorm: {
		interaction: 'choice',
		latency: true,
		// a set: in choice order, whatever order the student ticked them in
		response: (_view, response) => ({ shape: 'ids', ids: [...response].sort() }),
		correct: (_view, key) => [{ shape: 'ids', ids: [...key.correct].sort() }]
	},
	answerKey: (view, key) => choicesKey(view.choices, key.correct, key.feedback),
	// right picks of the right choices, and how many picks are not right
	parts: 'choice',
	partsRight: (key, response) => picksRight(key.correct, response),
	partName: () => null,
	nearMisses: () => [],
	answerText: (view, response, { order }) => choicesText(view, response, order),
	rightResponse: (_view, key) => key.correct
};
