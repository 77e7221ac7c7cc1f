/**
 * How answers earn credit, shared by the types' scorers: partial or all-or-nothing scoring, right
 * minus wrong picks, and typed answers compared after normalising (numbers in words or digits alike,
 * and near-misses found, unless the teacher asks for exact spelling).
 */
import { normalizeAnswer } from '../../text/normalize.ts';
import { parseNumber } from '../../text/numbers.ts';
import { nearMissOf } from '../../text/spelling.ts';

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

export const SPELLING_MODES = ['forgiving', 'exact'] as const;
/**
 * How typed answers are compared. `forgiving` (the default): a number matches in digits or words,
 * and a near-miss is "almost" (text/spelling.ts); `exact`: the normalised text must be the same.
 */
export type Spelling = (typeof SPELLING_MODES)[number];

/** The number a normalised answer is, when it is one and spelling is forgiving. */
function numberOf(normal: string, spelling: Spelling): number | null {
	return spelling === 'forgiving' ? parseNumber(normal) : null;
}

/**
 * Picks against a set of right ids, as parts: how many right ones are picked, of how many, and how
 * many picks are not right (repeats counted once).
 */
export function picksRight(
	correct: readonly string[],
	picks: readonly string[]
): { right: number; of: number; extra: number } {
	const needed = new Set(correct);
	const picked = new Set(picks);
	const right = [...picked].filter((pick) => needed.has(pick)).length;
	return { right, of: needed.size, extra: picked.size - right };
}

/**
 * A typed answer is right when, normalised, it equals one of the (normalised) accepted answers; with
 * forgiving spelling also when both are the same number, in digits or in words ("250" and "two
 * hundred and fifty").
 */
export function typedMatches(
	typed: string,
	accepted: readonly string[],
	spelling: Spelling = 'forgiving'
): boolean {
	const normal = normalizeAnswer(typed);
	if (normal === '') return false;
	if (accepted.includes(normal)) return true;
	const number = numberOf(normal, spelling);
	return number !== null && accepted.some((answer) => numberOf(answer, spelling) === number);
}

/**
 * With forgiving spelling, whether a typed answer that is not right is almost one of the accepted
 * answers (one slip in a word of 5+ letters; see text/spelling.ts). `taken`: other valid answers of
 * the question (normalised), which count as different words rather than slips.
 */
export function typedNearMiss(
	typed: string,
	accepted: readonly string[],
	spelling: Spelling,
	taken: readonly string[] = []
): boolean {
	if (spelling === 'exact' || typedMatches(typed, accepted, spelling)) return false;
	return nearMissOf(normalizeAnswer(typed), accepted, taken) !== null;
}

/** Text that is more than white space: a typed answer or blank that counts as filled in. */
export const filled = (text: string | null | undefined): boolean => (text ?? '').trim() !== '';
