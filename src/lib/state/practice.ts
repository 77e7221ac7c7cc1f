/**
 * Practice mode's tries that need no grading: what a submission settles, and what "Retry
 * incorrect" keeps (see attempt.svelte.ts for the phases). A Check is grading.ts's. Pure: the
 * attempt keeps the progress these return.
 */
import { emptyAnswer } from '../quiz/questions.ts';
import type { QuizScore } from '../quiz/scoring.ts';
import type { QuestionView } from '../quiz/types.ts';
import type { RetryOutcome } from './outcomes.ts';
import type { AttemptRecord, QuestionProgress } from './saved-attempt.ts';

/** Every question's progress once the quiz is submitted: a try waiting for "Try again" is settled. */
export function settled(
	progress: Record<string, QuestionProgress>
): Record<string, QuestionProgress> {
	return Object.fromEntries(
		Object.entries(progress).map(([id, p]) => [
			id,
			p.phase === 'waiting' ? { ...p, phase: 'answering' as const } : p
		])
	);
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
