/**
 * What the feedback and the results say beyond what a quiz page says while answering (words.ts):
 * the rule of tries under a revealed answer, where a citation is, a test's recorded score, retakes
 * and submissions. Apart from words.ts so that a quiz page starts without them: they load with the
 * parts that show them (parts.ts).
 */
import type { QuestionScore, QuizScore } from '$lib/quiz/scoring';
import type { TestRules } from '$lib/quiz/types';
import type { Submission, TestStanding } from '$lib/state/submissions';
import { plural } from '$lib/text/words';
import {
	backToQuestionText,
	ordinal,
	PRACTICE_RETAKE,
	scoreText,
	submissionScoreText,
	tryWorth
} from './words';

/**
 * The rule of tries, under a revealed answer whose points come from a later try: "Right on the
 * second try: half the points." (or, for an answer not fully right, which try the points are from).
 */
export function triesNote(score: QuestionScore): string | null {
	const n = score.onTry;
	if (n === undefined || n <= 1) return null;
	return score.verdict === 'correct'
		? `Right on the ${ordinal(n)} try: ${tryWorth(n)}.`
		: `Points from your ${ordinal(n)} try, where a right answer earns ${tryWorth(n)}.`;
}

/** Announced when a question's citation is shown in the article: where, and the way back. */
export function citationAnnouncement(paragraph: number, number: number): string {
	return `¶${paragraph} is highlighted in the article. ${backToQuestionText(number)} returns to the question.`;
}

/** What the score shown for a test is: the one recorded, and which submission it is. */
export function recordedScoreLabel(rules: TestRules): string {
	if (rules.retakes === 0) return 'Your recorded score (your first submission)';
	switch (rules.grade) {
		case 'first':
			return 'Your recorded score (your first submission counts)';
		case 'best':
			return 'Your recorded score (your best recorded attempt counts)';
		case 'last':
			return 'Your recorded score (your last recorded attempt counts)';
	}
}

/** Under the results while recorded retakes remain. */
export function recordedLeftText(left: number): string {
	return `You have ${plural(left, 'recorded retake')} left: choose Retry incorrect or Start over, then Submit.`;
}

/** Why the right answers are not shown: a recorded retake remains, or the teacher shows them later. */
export function answersHiddenText(standing: TestStanding): string {
	return standing.recordedLeft > 0
		? 'The right answers are shown after your last recorded attempt.'
		: 'Your teacher will share the right answers later.';
}

/** One submission in the list of attempts: "Attempt 2: 7 / 7 points (100%), 6 December 2026 at 19:40". */
export function submissionText(submission: Submission, number: number, locale?: string): string {
	const when = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });
	return `Attempt ${number}: ${submissionScoreText(submission)}, ${when.format(Date.parse(submission.at))}`;
}

/** What a submission in the list is: the score of record, recorded, or practice. */
export function submissionKind(submission: Submission, standing: TestStanding): string {
	if (submission === standing.ofRecord) return 'recorded score';
	return submission.recorded ? 'recorded, not the one that counts' : PRACTICE_RETAKE;
}

/** The score of a practice retake, beside its label. */
export const thisRetakeText = (score: QuizScore): string => `This retake: ${scoreText(score)}`;
