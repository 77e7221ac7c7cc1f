/** Single choice: exactly one of the choices is right. */
import type { Option, TwoPart } from '../../quiz/kit/types.ts';
import type { Rich } from '../../text/inline.ts';

export interface Single {
	type: 'single';
	view: TwoPart & { choices: Option[] };
	/** the right choice's id, and the teacher's feedback per choice id */
	key: { correct: string; feedback: Record<string, Rich> };
	/** the chosen choice's id */
	response: string | null;
}
