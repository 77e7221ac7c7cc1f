/** Fill in the blanks: a passage with gaps, typed in or chosen from a word bank. */
import type { Scoring, Spelling } from '../../quiz/kit/credit.ts';
import type { Rich } from '../../text/inline.ts';
import type { Around } from '../../text/number-forms.ts';

/**
 * A stretch of the passage: text, or the blank with this index (in italics or bold when the words
 * around it are: `*The [[Columbian]] Orator*`).
 */
export type FillPart =
	{ kind: 'text'; text: Rich } | { kind: 'blank'; index: number; em?: true; strong?: true };

export interface FillBlanks {
	type: 'fill-blanks';
	/** `wordBank`: the bank's words (the blanks' first answers plus distractors), or null when typed */
	view: { parts: FillPart[]; blankCount: number; wordBank: string[] | null };
	/**
	 * accepted answers per blank, as written; compared after `normalizeAnswer`. `spelling` is the
	 * question's (or else the quiz's) setting for typed blanks, and always `exact` with a word bank.
	 */
	key: {
		blanks: string[][];
		scoring: Scoring;
		spelling: Spelling;
		/** per blank, the words of its sentence before and after it, for a unit they name ("___ percent") */
		around?: Around[];
	};
	/** one entry per blank; '' for an empty blank */
	response: string[];
}
