/**
 * True / false / not given in the browser: three radios, always in that order; its grading is in
 * grading.ts.
 */
import type { QuestionRules } from '../../quiz/kit/rules.ts';
import {
	TRUE_FALSE_NOT_GIVEN,
	type TrueFalseNotGiven,
	type TrueFalseNotGivenAnswer
} from './types.ts';

const isAnswer = (value: unknown): value is TrueFalseNotGivenAnswer =>
	TRUE_FALSE_NOT_GIVEN.some((answer) => answer === value);

export const trueFalseNotGiven: QuestionRules<TrueFalseNotGiven> = {
	empty: () => null,
	isAnswered: (_view, response) => response !== null,
	restore: (_view, value) => (value === null || isAnswer(value) ? value : undefined),
	// True, False, Not given keep their natural order: nothing to arrange
	arrange: () => [],
	unfinished: () => 'Choose an answer first.',
	parts: null,
	partName: () => null
};
