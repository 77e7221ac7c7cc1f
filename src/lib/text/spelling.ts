/**
 * "Almost right" for typed answers: a slip of one letter in a longer word ("Alaksa" for "Alaska",
 * "blood brother" for "blood brothers"), which practice mode points out instead of marking wrong.
 *
 * The rule, on answers already normalised (`normalizeAnswer`): the typed answer has the same words
 * as an accepted one but for one word, and that word is one edit away from the accepted word — one
 * letter added, left out or changed, or two neighbouring letters swapped — where the accepted word
 * has 5 or more letters. Never for short words (one letter turns "cat" into "car": another word,
 * not a slip), never for numbers ("251" is not a typo of "250"), and never when the typed answer is
 * exactly another valid answer of the question (`taken`, e.g. another blank's word): that is a
 * different word, not a misspelling.
 */
import { parseNumber } from './numbers.ts';

/** Letters a word needs before one edit in it counts as a slip rather than another word. */
export const NEAR_MISS_MIN_LETTERS = 5;

/**
 * Whether `a` and `b` are exactly one edit apart: one character inserted, deleted or replaced, or
 * two neighbouring characters swapped (the optimal-string-alignment distance is 1). By code point.
 */
export function oneEditApart(a: string, b: string): boolean {
	if (a === b) return false;
	const x = Array.from(a);
	const y = Array.from(b);
	if (Math.abs(x.length - y.length) > 1) return false;
	let start = 0;
	while (start < x.length && start < y.length && x[start] === y[start]) start++;
	let endX = x.length;
	let endY = y.length;
	while (endX > start && endY > start && x[endX - 1] === y[endY - 1]) {
		endX--;
		endY--;
	}
	const midX = x.slice(start, endX);
	const midY = y.slice(start, endY);
	// what differs, once the common start and end are set aside: one character against none or one
	if (midX.length + midY.length <= 2 && midX.length <= 1 && midY.length <= 1) return true;
	// or two neighbours swapped
	return midX.length === 2 && midY.length === 2 && midX[0] === midY[1] && midX[1] === midY[0];
}

const letterCount = (word: string): number => (word.match(/\p{L}/gu) ?? []).length;
const hasDigit = (word: string): boolean => /\p{Nd}/u.test(word);

/** Whether the normalised `typed` is almost the normalised `accepted` (see the rule above). */
export function isNearMiss(typed: string, accepted: string): boolean {
	if (typed === '' || typed === accepted) return false;
	if (parseNumber(accepted) !== null || parseNumber(typed) !== null) return false;
	const typedWords = typed.split(' ');
	const acceptedWords = accepted.split(' ');
	if (typedWords.length !== acceptedWords.length) return false;
	let differing = -1;
	for (const [index, word] of acceptedWords.entries()) {
		if (typedWords[index] === word) continue;
		if (differing >= 0) return false;
		differing = index;
	}
	const word = acceptedWords[differing]!;
	const slip = typedWords[differing]!;
	return (
		letterCount(word) >= NEAR_MISS_MIN_LETTERS &&
		!hasDigit(word) &&
		!hasDigit(slip) &&
		oneEditApart(slip, word)
	);
}

/**
 * The accepted answer that the normalised `typed` almost matches, or null: also null when `typed`
 * is one of `accepted` (it is right) or one of `taken` (another valid answer: a different word).
 */
export function nearMissOf(
	typed: string,
	accepted: readonly string[],
	taken: readonly string[] = []
): string | null {
	if (accepted.includes(typed) || taken.includes(typed)) return null;
	return accepted.find((answer) => isNearMiss(typed, answer)) ?? null;
}
