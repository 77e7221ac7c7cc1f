/** True or false: is the statement in the prompt true according to the article? */
import type { TwoPart } from '../../quiz/kit/types.ts';
import type { Rich } from '../../text/inline.ts';

/** The two answers, in the order they are shown, with their words. */
export const TRUE_FALSE_OPTIONS: readonly { value: boolean; label: Rich }[] = [
	{ value: true, label: [{ text: 'True' }] },
	{ value: false, label: [{ text: 'False' }] }
];

export interface TrueFalse {
	type: 'true-false';
	view: TwoPart;
	key: { answer: boolean };
	response: boolean | null;
}
