/**
 * How answers earn credit, shared by the types' scorers: partial or all-or-nothing scoring, right
 * minus wrong picks, and typed answers compared after normalising (numbers in words or digits alike,
 * with or without the unit their blank names, and near-misses found, unless the teacher asks for
 * exact spelling).
 */
import { normalizeAnswer } from '../../text/normalize.ts';
import { numberForm, numberMatch, type Around } from '../../text/number-forms.ts';
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
 * How typed answers are compared. `forgiving` (the default): a number matches in digits or words
 * and with or without its named unit, and a near-miss is "almost" (text/spelling.ts); `exact`: the
 * normalised text must be the same.
 */
export type Spelling = (typeof SPELLING_MODES)[number];

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

/** How a typed (normalised) answer stands to an accepted one that is a number: see number-forms.ts. */
function asNumber(normal: string, accepted: string, around: Around | undefined) {
	const form = numberForm(accepted, around);
	return form === null ? 'wrong' : numberMatch(normal, form);
}

/**
 * A typed answer is right when, normalised, it equals one of the (normalised) accepted answers; with
 * forgiving spelling also when both are the same number, in digits or in words ("250" and "two
 * hundred and fifty"), with or without the unit that the answer or the words `around` its blank
 * name ("90%" for "more than ___ percent" with 90; text/number-forms.ts).
 */
export function typedMatches(
	typed: string,
	accepted: readonly string[],
	spelling: Spelling = 'forgiving',
	around?: Around
): boolean {
	const normal = normalizeAnswer(typed);
	if (normal === '') return false;
	if (accepted.includes(normal)) return true;
	if (spelling === 'exact') return false;
	return accepted.some((answer) => asNumber(normal, answer, around) === 'right');
}

/** Why a typed answer is almost right: a slip in a word, or the right number with another unit. */
export type Slip = 'spelling' | 'unit';

/** A typed answer that is almost right: the accepted answer (normalised) it is almost, and why. */
export interface TypedSlip {
	answer: string;
	slip: Slip;
}

/**
 * With forgiving spelling, how a typed answer that is not right is almost one of the accepted
 * answers: one slip in a word of 5+ letters (text/spelling.ts), or the right number with a unit
 * other than the one named; null when it is not. `taken`: other valid answers of the question
 * (normalised), which count as different words rather than slips.
 */
export function typedSlip(
	typed: string,
	accepted: readonly string[],
	spelling: Spelling,
	taken: readonly string[] = [],
	around?: Around
): TypedSlip | null {
	if (spelling === 'exact' || typedMatches(typed, accepted, spelling, around)) return null;
	const normal = normalizeAnswer(typed);
	const unit = accepted.find((answer) => asNumber(normal, answer, around) === 'unit');
	if (unit !== undefined) return { answer: unit, slip: 'unit' };
	const near = nearMissOf(normal, accepted, taken);
	return near === null ? null : { answer: near, slip: 'spelling' };
}

/**
 * A part of a typed answer that is almost right, as the rules report it: the part (a blank's index,
 * 0 for a short answer), what the student wrote, the accepted answer as the teacher wrote it, and why.
 */
export interface NearMiss {
	part: number;
	wrote: string;
	answer: string;
	slip: Slip;
}
