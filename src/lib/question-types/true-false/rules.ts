/** True or false in the browser: two radios, True then False; its grading is in grading.ts. */
import type { QuestionRules } from '../../quiz/kit/rules.ts';
import type { TrueFalse } from './types.ts';

export const trueFalse: QuestionRules<TrueFalse> = {
	empty: () => null,
	isAnswered: (_view, response) => response !== null,
	restore: (_view, value) => (value === null || typeof value === 'boolean' ? value : undefined),
	// True, False keep their natural order: nothing to arrange
	arrange: () => [],
	unfinished: () => 'Choose an answer first.',
	parts: null,
	partName: () => null
};
