/**
 * A question as a learning platform records it (SCORM's cmi.interactions.n), from its view, key,
 * answer and score, before SCORM 1.2 or 2004 writes it down (src/lib/lms/cmi.ts): each type's rules
 * (`scorm` in kit/rules.ts) say which SCORM interaction it is and give the responses.
 */
import { gradingOf } from './grading.ts';
import { isTwoPart, rulesOf } from './questions.ts';
import type { QuestionScore } from './scoring.ts';
import type { Answer, QuestionKey, QuestionView } from './types.ts';
import { plainText } from '../text/rich.ts';
import type { ScormResponse } from './kit/scorm-response.ts';

export type { ScormResponse } from './kit/scorm-response.ts';

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
	/** 'correct', 'incorrect', or the points earned when partly right, as the results show them */
	result: 'correct' | 'incorrect' | number;
	/** the question's points */
	weighting: number;
	/** whether the time spent answering is worth reporting for this type */
	latency: boolean;
}

/**
 * The interaction of one question, from its view, key, answer and score; `shownPoints`, the points
 * the results show for it (the quiz's `shown`), so the platform records what the student saw.
 */
export function scormInteraction(
	view: QuestionView,
	key: QuestionKey,
	answer: Answer | undefined,
	score: QuestionScore,
	shownPoints: number
): ScormInteraction {
	const rules = gradingOf(view.type).scorm;
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
					: shownPoints,
		weighting: view.points,
		// a two-part question's time runs on into Part B; its latency is still its own
		latency: rules.latency || isTwoPart(view)
	};
}
