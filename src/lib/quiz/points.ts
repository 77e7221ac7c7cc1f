/**
 * The one rounding rule for points and percentages: one decimal, applied once to an exact value.
 * A quiz's shown total is its exact total rounded; each question's shown points are apportioned
 * (largest remainder, in tenths) so that they add up to that total, as a student checking the sum
 * would expect. Pure arithmetic; the words are in components/quiz/words.ts.
 */

/** Floating-point noise below this is ignored: 0.7 × 10 must count as 7 tenths, not 6.999… */
const NOISE = 1e-9;

/** A number rounded to one decimal (halves away from zero, as people round). */
export function roundTenth(value: number): number {
	return Math.round(value * 10 + (value >= 0 ? NOISE : -NOISE)) / 10;
}

/** The share `earned` is of `possible` as a percentage, rounded once to one decimal; 0 of nothing is 0. */
export function percentOf(earned: number, possible: number): number {
	return possible > 0 ? roundTenth((earned / possible) * 100) : 0;
}

/**
 * Whether `earned` of `possible` reaches `passMark` percent: decided on the percentage the student is
 * shown (`percentOf`), so that a result never reads "70% · Not yet passed" against a pass mark of 70.
 */
export function reaches(earned: number, possible: number, passMark: number): boolean {
	return percentOf(earned, possible) >= passMark - NOISE;
}

/**
 * Each exact value (≥ 0) as shown with one decimal, so that the shown values add up to the sum of
 * the exact values rounded once: every value gets its whole tenths, and the tenths still missing go
 * to the values with the largest remainders (the earlier one first on a tie). A value only ever
 * goes up to its next tenth, so a question's shown points never pass its points (in tenths).
 */
export function apportionTenths(values: readonly number[]): number[] {
	const parts = values.map((value, index) => {
		const tenths = Math.max(0, value) * 10;
		const whole = Math.floor(tenths + NOISE);
		return { index, tenths, whole, remainder: tenths - whole };
	});
	const total = Math.round(parts.reduce((sum, part) => sum + part.tenths, 0) + NOISE);
	const missing = total - parts.reduce((sum, part) => sum + part.whole, 0);
	const roundedUp = new Set(
		parts
			.filter((part) => part.remainder > NOISE)
			// remainders equal but for floating-point noise are a tie: the earlier value first
			.sort((a, b) =>
				Math.abs(b.remainder - a.remainder) > NOISE ? b.remainder - a.remainder : a.index - b.index
			)
			.slice(0, Math.max(0, missing))
			.map((part) => part.index)
	);
	return parts.map((part) => (part.whole + (roundedUp.has(part.index) ? 1 : 0)) / 10);
}
