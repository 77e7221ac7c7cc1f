/**
 * What the quiz page says: verdicts, points and totals, the notices about saved answers, and what
 * the live region announces. The state reports outcomes as data; this is where they become words,
 * so each wording has one home.
 */
import { evidenceCount, isPartAAnswered, isTwoPart, rulesOf } from '$lib/quiz/questions';
import type { QuestionScore, QuizScore } from '$lib/quiz/scoring';
import type { Answer, QuestionView } from '$lib/quiz/types';
import { plural, pluralWord } from '$lib/text/words';
import type { RestoreOutcome, RetryOutcome } from '$lib/state/attempt.svelte';

export const verdictWords: Record<QuestionScore['verdict'], string> = {
	correct: 'Correct',
	partial: 'Partly correct',
	incorrect: 'Not quite'
};

/** Points as people write them: at most two decimals ("0.5", "1.33"). */
export function formatPoints(points: number): string {
	return String(Math.round(points * 100) / 100);
}

export function pointsText(score: { earned: number; possible: number }): string {
	return `${formatPoints(score.earned)} / ${formatPoints(score.possible)} ${pluralWord(score.possible, 'point')}`;
}

export function scoreText(score: QuizScore): string {
	return `${pointsText(score)} (${score.percent} %)`;
}

/** What the student still has to do before a question can be checked. */
export function unfinishedText(view: QuestionView, answer: Answer | undefined): string {
	if (isTwoPart(view) && isPartAAnswered(view, answer))
		return `Now Part B: select ${plural(evidenceCount(view), 'sentence')} in the article.`;
	const response = answer?.type === view.type ? answer.response : rulesOf(view.type).empty(view);
	return rulesOf(view.type).unfinished(view, response);
}

export const NOT_SAVED_NOTICE =
	"Your answers can't be saved in this browser, so they will be lost if you leave or reload this page.";

/** In a learning platform whose connection failed (once, however many calls failed). */
export const LMS_TROUBLE_NOTICE =
	'Your answers are being saved on this device, but your results may not reach your teacher. You can keep going; if this keeps happening, let your teacher know.';

/** In a learning platform, after the result was sent and the student goes on (retry, start over). */
export const LMS_FINISHED_NOTICE =
	'Your result has been sent to your teacher. What you answer from now on stays on this device; to send a new result, open the activity again from your course.';

/** The notices about what loading the saved attempt found (none when all is well). */
export function restoreNotices(outcome: RestoreOutcome): string[] {
	const cleared = outcome.changed.length + outcome.unreadable.length;
	switch (outcome.status) {
		case 'corrupt':
			return ['Your saved answers could not be read, so the quiz starts fresh.'];
		case 'updated':
			return [
				`This quiz has changed since your last visit: your answers to ${plural(cleared, 'question')} were cleared.`
			];
		case 'restored':
			return cleared > 0
				? [
						`Your saved answers to ${plural(cleared, 'question')} could not be read and were cleared.`
					]
				: [];
		case 'fresh':
			return [];
	}
}

/** Announced when a question is checked: "Correct. 1 / 1 point." */
export function checkedAnnouncement(score: QuestionScore): string {
	return `${verdictWords[score.verdict]}. ${pointsText(score)}.`;
}

/** Announced when the results are in, or that they could not be loaded. */
export function resultsAnnouncement(score: QuizScore | null): string {
	return score ? `Results: ${scoreText(score)}.` : 'The results could not be loaded.';
}

export function retryAnnouncement(outcome: RetryOutcome): string {
	return `Kept ${plural(outcome.kept.length, 'right answer')}; ${plural(outcome.cleared.length, 'question')} to answer again.`;
}

export const START_OVER_ANNOUNCEMENT = 'Started over: every answer is cleared.';
