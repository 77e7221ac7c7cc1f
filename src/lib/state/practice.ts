/**
 * Practice mode's tries at a submission, which needs no grading: a try waiting is settled (see
 * attempt.svelte.ts for the phases). A Check and "Retry incorrect" are grading.ts's. Pure: the
 * attempt keeps the progress this returns.
 */
import type { QuestionProgress } from './saved-attempt.ts';

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
