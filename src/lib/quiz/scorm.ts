/**
 * What an answer looks like to a learning platform (SCORM's cmi.interactions), before SCORM 1.2 or
 * 2004 writes it down: each type's rules (`scorm` in rules.ts) say which SCORM interaction it is and
 * give the student's response and the right one in these neutral shapes; src/lib/lms/interactions.ts
 * formats them for the runtime.
 */
import { isTwoPart, rulesOf } from './questions.ts';
import type { QuestionScore } from './scoring.ts';
import type { Answer, QuestionKey, QuestionView } from './types.ts';
import { plainText } from '../text/inline.ts';

/** A response, or a right one, as SCORM records it. */
export type ScormResponse =
	/** identifiers: the choices picked (choice), or items in the order given (sequencing) */
	| { shape: 'ids'; ids: string[] }
	/** yes or no (SCORM's true/false interaction) */
	| { shape: 'flag'; value: boolean }
	/** typed words, one per blank (fill-in) */
	| { shape: 'texts'; texts: string[] }
	/** source and target identifiers (matching) */
	| { shape: 'pairs'; pairs: [string, string][] }
	/** anything else, as text (other) */
	| { shape: 'text'; text: string };

/** Identifiers SCORM 1.2 accepts in choice, matching and sequencing answers: one of a–z, 0–9. */
const SINGLE = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** The n-th (0-based) of a list as a short SCORM identifier: a, b, … z, 0 … 9, then i36, i37, … */
export function scormLetter(index: number): string {
	return SINGLE[index] ?? `i${index}`;
}

/** One question as SCORM records it (one cmi.interactions.n). */
export interface ScormInteraction {
	id: string;
	/** SCORM's interaction type, as the type's rules name it */
	type: string;
	/** the prompt, as plain text (SCORM 2004 writes it as the description) */
	description: string;
	/** null when not answered */
	response: ScormResponse | null;
	correct: ScormResponse[];
	/** 'correct', 'incorrect', or the points earned when partly right */
	result: 'correct' | 'incorrect' | number;
	/** the question's points */
	weighting: number;
	/** whether the time spent answering is worth reporting for this type */
	latency: boolean;
}

/** The interaction of one question, from its view, key, answer and score. */
export function scormInteraction(
	view: QuestionView,
	key: QuestionKey,
	answer: Answer | undefined,
	score: QuestionScore
): ScormInteraction {
	const rules = rulesOf(view.type).scorm;
	// the view, key and answer are of the same type: the quiz's scoring matched them the same way
	const typed = answer !== undefined && answer.type === view.type && key.type === view.type;
	const isAnswered = typed && rulesOf(view.type).isAnswered(view, answer.response);
	return {
		id: view.id,
		type: rules.interaction,
		description: plainText(view.prompt),
		response: isAnswered ? rules.response(view, answer.response) : null,
		correct: key.type === view.type ? rules.correct(view, key) : [],
		result:
			score.verdict === 'correct'
				? 'correct'
				: score.verdict === 'incorrect'
					? 'incorrect'
					: Math.round(score.earned * 100) / 100,
		weighting: view.points,
		// a two-part question's time runs on into Part B; its latency is still its own
		latency: rules.latency || isTwoPart(view)
	};
}
