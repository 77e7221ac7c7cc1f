/**
 * Tries in practice mode: how many a question allows and how points fall with each one. The rule
 * (docs/writing-questions.md, "Tries"): a question allows `attempts` tries (2 unless the teacher says,
 * always 1 in a test); each try after the first halves what a right answer earns — full points on
 * the first try, half on the second, a quarter on the third — and the best try counts, so trying
 * again never costs what an earlier try earned.
 */
import type { QuizMode } from './types.ts';

/** The default number of tries per question in practice mode. */
export const DEFAULT_ATTEMPTS = 2;
/** The most tries a teacher may allow. */
export const MAX_ATTEMPTS = 10;

/** The tries a question allows: always 1 in a test; else the question's, the quiz's, or 2. */
export function triesAllowed(
	mode: QuizMode,
	question: number | undefined,
	quiz: number | undefined
): number {
	return mode === 'test' ? 1 : (question ?? quiz ?? DEFAULT_ATTEMPTS);
}

/** What a fully right answer earns on try `n` (1-based), as a fraction of the points: 1, ½, ¼, … */
export function tryFactor(n: number): number {
	return 0.5 ** Math.max(0, n - 1);
}

/** The tries a student has used on a question, and the best credit (0..1, after the factor) they earned. */
export interface TryRecord {
	used: number;
	best: number;
}

export const NO_TRIES: TryRecord = { used: 0, best: 0 };

/** The record after one more try whose answer earns `fraction` (0..1) before the factor. */
export function afterTry(record: TryRecord, fraction: number): TryRecord {
	const used = record.used + 1;
	return { used, best: Math.max(record.best, fraction * tryFactor(used)) };
}

/**
 * The credit (0..1) of a question whose current answer earns `fraction` before the factor: the best
 * try so far, or the current answer counted as the next try, whichever is more. A question never
 * checked (a test, or practice submitted unchecked) gets `fraction` itself.
 */
export function creditOf(record: TryRecord, fraction: number): number {
	return Math.max(record.best, fraction * tryFactor(record.used + 1));
}
