/** Multiple choice: one or more of the choices are right ("Select all that apply"). */
import type { Scoring } from '../../quiz/kit/credit.ts';
import type { Option, TwoPart } from '../../quiz/kit/types.ts';
import type { Rich } from '../../text/inline.ts';

export interface Multiple {
	type: 'multiple';
	view: TwoPart & { choices: Option[] };
	/** the right choices' ids, and the teacher's feedback per choice id */
	key: { correct: string[]; feedback: Record<string, Rich>; scoring: Scoring };
	/** the chosen choices' ids */
	response: string[];
}
