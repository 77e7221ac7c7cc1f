/**
 * What the attempt grades with, which a quiz page loads once it has started (the session is handed
 * it: components/quiz/parts.ts) and Check, Submit and a restored checked or submitted attempt wait
 * for: the quiz scored, a practice Check as one try (see attempt.svelte.ts for the phases), what a
 * waiting try may tell the student, which parts of an answer are not right, and what "Retry
 * incorrect" keeps. Pure: the attempt
 * keeps the progress these return. It pulls in every type's grading rules and the typed-answer
 * matching (quiz/grading.ts, quiz/kit/credit.ts), none of which a quiz page starts with.
 */
import { answerFraction, nearMisses, partsRight, scoreQuestion } from '../quiz/scoring.ts';
import { emptyAnswer } from '../quiz/questions.ts';
import type { QuizScore } from '../quiz/scoring.ts';
import { afterTry } from '../quiz/tries.ts';
import type { Answer, QuestionKey, QuestionView } from '../quiz/types.ts';
import type { CheckOutcome, PendingTry, RetryOutcome } from './outcomes.ts';
import type { AttemptRecord, QuestionProgress } from './saved-attempt.ts';
import { countMismatch } from './selecting.ts';

export { partsRight, scoreQuiz } from '../quiz/scoring.ts';

/**
 * One Check of an open question: what it found, and the question's progress after it (null when
 * it used no try: a near-miss in a typed answer, or more or fewer sentences than asked for).
 */
export function checkTry(
	view: QuestionView,
	key: QuestionKey,
	answer: Answer | undefined,
	progress: QuestionProgress
): { outcome: CheckOutcome; progress: QuestionProgress | null } {
	const mismatch = countMismatch(view, answer);
	if (mismatch) return { outcome: { kind: 'wrong-count', mismatch }, progress: null };
	const almost = nearMisses(view, key, answer);
	if (almost.length > 0) return { outcome: { kind: 'almost', misses: almost }, progress: null };
	const fraction = answerFraction(view, key, answer);
	const tried = afterTry(progress, fraction);
	const revealed = fraction === 1 || tried.used >= view.attempts;
	const next: QuestionProgress = { ...tried, phase: revealed ? 'revealed' : 'waiting' };
	const score = scoreQuestion(view, key, answer, next);
	const outcome: CheckOutcome = revealed
		? { kind: 'revealed', score }
		: {
				kind: 'not-yet',
				score,
				parts: partsRight(view, key, answer),
				triesLeft: view.attempts - tried.used
			};
	return { outcome, progress: next };
}

/** What a question's waiting try may tell the student (null when no try is waiting). */
export function pendingTry(
	view: QuestionView,
	key: QuestionKey,
	answer: Answer | undefined,
	progress: QuestionProgress
): PendingTry | null {
	if (progress.phase !== 'waiting') return null;
	// one picked choice: its feedback explains why it is wrong without giving the answer away
	const picked = answer?.type === key.type ? answer.response : null;
	const feedback =
		typeof picked === 'string' && 'feedback' in key ? (key.feedback[picked] ?? null) : null;
	return {
		score: scoreQuestion(view, key, answer, progress),
		parts: partsRight(view, key, answer),
		feedback,
		used: progress.used,
		triesLeft: view.attempts - progress.used
	};
}

/**
 * "Retry incorrect": the questions answered fully right stay (revealed, their tries kept), the rest
 * are cleared, and the quiz is open again.
 */
export function retried(
	questions: readonly QuestionView[],
	score: QuizScore,
	record: AttemptRecord
): { record: AttemptRecord; outcome: RetryOutcome } {
	const answers = { ...record.answers };
	const progress: Record<string, QuestionProgress> = {};
	const outcome: RetryOutcome = { kept: [], cleared: [] };
	for (const view of questions) {
		if (score.byQuestion[view.id]?.verdict === 'correct') {
			const tries = record.progress[view.id] ?? { used: 0, best: 0 };
			progress[view.id] = { ...tries, phase: 'revealed' };
			outcome.kept.push(view.id);
		} else {
			answers[view.id] = emptyAnswer(view);
			outcome.cleared.push(view.id);
		}
	}
	return { record: { ...record, answers, progress, submitted: false, submittedAt: null }, outcome };
}
