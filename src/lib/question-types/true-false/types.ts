/** True or false: is the statement in the prompt true according to the article? */
import type { TwoPart } from '../../quiz/types.ts';

export interface TrueFalse {
	type: 'true-false';
	view: TwoPart;
	key: { answer: boolean };
	response: boolean | null;
}
