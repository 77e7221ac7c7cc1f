/** True, false or not given: the article says so, says the opposite, or does not say. */
import type { TwoPart } from '../../quiz/types.ts';

export const TRUE_FALSE_NOT_GIVEN = ['true', 'false', 'not-given'] as const;
export type TrueFalseNotGivenAnswer = (typeof TRUE_FALSE_NOT_GIVEN)[number];

export interface TrueFalseNotGiven {
	type: 'true-false-not-given';
	view: TwoPart;
	key: { answer: TrueFalseNotGivenAnswer };
	response: TrueFalseNotGivenAnswer | null;
}
