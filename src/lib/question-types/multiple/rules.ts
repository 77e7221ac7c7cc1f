/** Multiple choice in the browser: a checkbox per choice; its grading is in grading.ts. */
import type { QuestionRules } from '../../quiz/kit/rules.ts';
import { distinctIds, idsOf } from '../../quiz/kit/untrusted.ts';
import { arrangeChoices } from '../shared/choices.ts';
import type { Multiple } from './types.ts';

export const multiple: QuestionRules<Multiple> = {
	empty: () => [],
	isAnswered: (_view, response) => response.length > 0,
	restore: (view, value) => {
		const choices = idsOf(view.choices);
		return distinctIds(value, (id) => choices.has(id));
	},
	arrange: (view, { seed, flags }) => arrangeChoices(view, seed, flags),
	unfinished: () => 'Select at least one choice first.',
	// right picks of the right choices, and how many picks are not right
	parts: 'choice',
	partName: () => null
};
