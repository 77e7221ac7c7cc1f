/**
 * What the quiz page says while answering: verdicts, points and totals, the notices about saved
 * answers, and what the live region announces (what a Check says is in check-words.ts, and the
 * feedback's and the results' own words in results-words.ts, each loaded with what needs it). The
 * state reports outcomes as data; this is where they become words, so each wording has one home.
 */
import { evidenceCount, isPartAAnswered, isTwoPart, rulesOf } from '$lib/quiz/questions';
import type { QuestionScore, QuizScore } from '$lib/quiz/scoring';
import { tryFactor } from '$lib/quiz/tries';
import type { Answer, QuestionView } from '$lib/quiz/types';
import { plural } from '$lib/text/words';
import type { RestoreOutcome, RetryOutcome } from '$lib/state/outcomes';
import type { Submission, TestStanding } from '$lib/state/submissions';
import { formatPercent, pointsText } from '../points-words';

export const verdictWords: Record<QuestionScore['verdict'], string> = {
	correct: 'Correct',
	partial: 'Partly correct',
	incorrect: 'Not quite'
};

export { formatPercent, formatPoints, pointsText } from '../points-words';

/** "16 / 28 points (57.1%)": the shown total, which the shown points of the questions add up to. */
export function scoreText(score: QuizScore): string {
	return `${pointsText({ earned: score.shown.earned, possible: score.possible })} (${formatPercent(score.percent)})`;
}

/** Ordinal words for tries: "first", "second", … */
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'];
export const ordinal = (n: number): string => ORDINALS[n - 1] ?? `${n}th`;

/** What a right answer earns on try `n`, in words: "full points", "half the points", "a quarter …". */
export function tryWorth(n: number): string {
	const factor = tryFactor(n);
	if (factor === 1) return 'full points';
	if (factor === 0.5) return 'half the points';
	if (factor === 0.25) return 'a quarter of the points';
	return `1/${Math.round(1 / factor)} of the points`;
}

/** Before answering, when tries are used: "Second try of 2: a right answer earns half the points." */
export function tryHeading(used: number, allowed: number): string {
	const n = used + 1;
	const which = ordinal(n);
	return `${which.charAt(0).toUpperCase()}${which.slice(1)} try of ${allowed}: a right answer earns ${tryWorth(n)}.`;
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

/**
 * The notices about what loading the saved attempt found (none when all is well). In the Studio's
 * preview the quiz changes because the teacher edited it, and the answers are the preview's.
 */
export function restoreNotices(outcome: RestoreOutcome, preview = false): string[] {
	const cleared = outcome.changed.length + outcome.unreadable.length;
	switch (outcome.status) {
		case 'corrupt':
			return ['Your saved answers could not be read, so the quiz starts fresh.'];
		case 'updated':
			return [
				preview
					? `You changed the quiz: the preview's answers to ${plural(cleared, 'question')} were cleared.`
					: `This quiz has changed since your last visit: your answers to ${plural(cleared, 'question')} were cleared.`
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

/** Announced when the results are in, or that they could not be loaded. */
export function resultsAnnouncement(score: QuizScore | null, test?: TestStanding | null): string {
	if (!score) return 'The results could not be loaded.';
	const ofRecord = test?.ofRecord;
	if (!test?.current || test.current.recorded || !ofRecord) return `Results: ${scoreText(score)}.`;
	return `${PRACTICE_RETAKE}: ${scoreText(score)}. Your recorded score is ${submissionScoreText(ofRecord)}.`;
}

export function retryAnnouncement(outcome: RetryOutcome): string {
	return `Kept ${plural(outcome.kept.length, 'right answer')}; ${plural(outcome.cleared.length, 'question')} to answer again.`;
}

export const START_OVER_ANNOUNCEMENT = 'Started over: every answer is cleared.';

/** The button that returns from a citation to its question. */
export const backToQuestionText = (number: number): string => `Back to question ${number}`;

/** Announced after a reload that returned to the question last worked on. */
export function backAnnouncement(number: number): string {
	return `Back where you left off: question ${number}.`;
}

// ---- a test's submissions: the score of record, retakes, practice retakes (state/submissions.ts)

/** A test submission's score, as the results give a score: "5.5 / 7 points (78.6%)". */
export function submissionScoreText(submission: Submission): string {
	return `${pointsText(submission)} (${formatPercent(submission.percent)})`;
}

/** Beside a submission that is a retake beyond the test's `retakes`, wherever it is shown. */
export const PRACTICE_RETAKE = 'Practice retake — does not change your recorded score';

/** Above Submit on a test's retake: whether this submission will be recorded, or is practice. */
export function nextSubmissionText(standing: TestStanding): string {
	return standing.recordedLeft > 0
		? `This retake will be recorded (${plural(standing.recordedLeft, 'recorded retake')} left, this one included).`
		: `${PRACTICE_RETAKE}.`;
}
