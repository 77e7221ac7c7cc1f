/** True, false or not given: the article says so, says the opposite, or does not say. */
import type { TwoPart } from '../../quiz/kit/types.ts';
import type { Rich } from '../../text/inline.ts';

export const TRUE_FALSE_NOT_GIVEN = ['true', 'false', 'not-given'] as const;
export type TrueFalseNotGivenAnswer = (typeof TRUE_FALSE_NOT_GIVEN)[number];

/** The three answers, in the order they are shown, with their words. */
export const TRUE_FALSE_NOT_GIVEN_OPTIONS: readonly {
	value: TrueFalseNotGivenAnswer;
	label: Rich;
}[] = [
	{ value: 'true', label: [{ text: 'True' }] },
	{ value: 'false', label: [{ text: 'False' }] },
	{ value: 'not-given', label: [{ text: 'Not given' }] }
];

export interface TrueFalseNotGiven {
	type: 'true-false-not-given';
	view: TwoPart;
	key: { answer: TrueFalseNotGivenAnswer };
	response: TrueFalseNotGivenAnswer | null;
}
