/**
 * A question's right answer as the teacher's answer key shows it: plain data each type's `answerKey`
 * rule gives (see rules.ts) and components/teacher/AnswerKey.svelte puts into words. The kinds are
 * shapes of an answer, not question types: several types give `choices`.
 */
import type { Rich } from '../../text/inline.ts';

export type KeyView =
	/** every choice in the written order, the right ones marked, with the teacher's feedback */
	| { kind: 'choices'; choices: { text: Rich; correct: boolean; feedback?: Rich }[] }
	/** the typed answers that are accepted */
	| { kind: 'accepted'; answers: string[] }
	/** the passage with each blank's accepted answers, and the word bank's extra words */
	| {
			kind: 'blanks';
			parts: (
				| { kind: 'text'; text: Rich }
				| { kind: 'blank'; answers: string[]; em?: true; strong?: true }
			)[];
			distractors: string[] | null;
	  }
	/** the items in the right order */
	| { kind: 'sequence'; items: Rich[] }
	/** each left with its right, and the right-hand options that match nothing */
	| { kind: 'pairs'; pairs: { left: Rich; right: Rich }[]; distractors: Rich[] }
	/** the sentences to select (ids, in article order) */
	| { kind: 'sentences'; ids: string[] };
