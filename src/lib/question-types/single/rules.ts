/** Single choice in the browser: one radio per choice; its grading is in grading.ts. */
import type { QuestionRules } from '../../quiz/kit/rules.ts';
import { idsOf, isString } from '../../quiz/kit/untrusted.ts';
import { arrangeChoices } from '../shared/choices.ts';
import type { Single } from './types.ts';

export const single: QuestionRules<Single> = {
	empty: () => null,
	isAnswered: (_view, response) => response !== null,
	restore: (view, value) =>
		value === null || (isString(value) && idsOf(view.choices).has(value)) ? value : undefined,
	arrange: (view, { seed, flags }) => arrangeChoices(view, seed, flags),
	unfinished: () => 'Choose an answer first.',
	parts: null,
	partName: () => null
};
