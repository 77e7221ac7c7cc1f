/**
 * How answers earn credit, shared by the types' scorers: partial or all-or-nothing scoring, right
 * minus wrong picks, and typed answers compared after normalising.
 */
import { normalizeAnswer } from '../text/normalize.ts';

export const SCORING_MODES = ['partial', 'all-or-nothing'] as const;
/** `partial` (the default) gives credit for each right part; `all-or-nothing` only for a fully right answer. */
export type Scoring = (typeof SCORING_MODES)[number];

export function withScoring(scoring: Scoring, fraction: number): number {
	return scoring === 'all-or-nothing' ? (fraction === 1 ? 1 : 0) : fraction;
}

/**
 * Picks against a set of right ids: (right picks − wrong picks) / right count, floored at 0.
 * A repeated pick counts once; a pick the key does not know (stale or tampered data) is a wrong pick,
 * so it can never earn credit.
 */
export function rightMinusWrong(correct: readonly string[], picks: readonly string[]): number {
	const needed = new Set(correct);
	if (needed.size === 0) return 0;
	let right = 0;
	let wrong = 0;
	for (const pick of new Set(picks)) {
		if (needed.has(pick)) right++;
		else wrong++;
	}
	return Math.max(0, (right - wrong) / needed.size);
}

/** A typed answer is right when, normalised, it equals one of the (normalised) accepted answers. */
export function typedMatches(typed: string, accepted: readonly string[]): boolean {
	const normal = normalizeAnswer(typed);
	return normal !== '' && accepted.includes(normal);
}

/** Text that is more than white space: a typed answer or blank that counts as filled in. */
export const filled = (text: string | null | undefined): boolean => (text ?? '').trim() !== '';
