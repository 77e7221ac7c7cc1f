/**
 * What a practice Check says: the announcement of what it found, and the "not yet" of a wrong try
 * (how many parts are right, which to check, the tries left). Loaded once the page has started,
 * with the grading (parts.ts's checkWordsPart): nothing is checked before.
 */
import { evidenceCount, rulesOf } from '$lib/quiz/questions';
import type { PartsRight } from '$lib/quiz/kit/rules';
import type { QuestionScore } from '$lib/quiz/scoring';
import { wrongCountText } from '$lib/question-types/shared/sentence-picking';
import type { QuestionView } from '$lib/quiz/types';
import { listed, plural, pluralWord } from '$lib/text/words';
import type { CheckOutcome } from '$lib/state/outcomes';
import { almostText } from './slip-words';
import { pointsText, tryWorth, verdictWords } from './words';

/**
 * How many parts of an answer are right after a wrong try, and which to check: "Part A is right;
 * the supporting sentence is not.", "2 of 3 blanks are right: check blank 2.", "3 of 4 pairs are
 * right: check the pair for ‘détente’.", "5 of 7 items are in place." Wrong picks of a set (choices,
 * sentences) are counted, not named.
 */
export function partsText(parts: PartsRight, view: QuestionView): string {
	if (parts.twoPart) return twoPartText(parts.twoPart, evidenceCount(view));
	const { right, of } = parts;
	const is = right === 1 ? 'is' : 'are';
	const extra = parts.extra ?? 0;
	const extraIs = extra === 1 ? 'is' : 'are';
	// which to check, when some are right: when none is, every one is to check
	const wrong = right > 0 ? (parts.wrong ?? []) : [];
	const unit = rulesOf(view.type).parts ?? 'part';
	switch (unit) {
		case 'blank': {
			const numbers = listed(wrong.map((index) => String(index + 1)));
			const check =
				wrong.length > 0 ? `: check ${pluralWord(wrong.length, 'blank')} ${numbers}` : '';
			return `${right} of ${plural(of, unit)} ${is} right${check}.`;
		}
		case 'pair': {
			const name = (index: number) => rulesOf(view.type).partName(view, index) ?? `${index + 1}`;
			const names = listed(wrong.map((index) => `‘${name(index)}’`));
			const check =
				wrong.length > 0 ? `: check the ${pluralWord(wrong.length, 'pair')} for ${names}` : '';
			return `${right} of ${plural(of, unit)} ${is} right${check}.`;
		}
		case 'part':
			return `${right} of ${plural(of, unit)} ${is} right.`;
		case 'item':
			return `${right} of ${plural(of, 'item')} ${is} in place.`;
		case 'choice': {
			const also = extra > 0 ? `, and ${plural(extra, 'choice')} that ${extraIs} not right` : '';
			return `You chose ${picked(right, of, 'right choice', 'right choices')}${also}.`;
		}
		case 'sentence': {
			const also =
				extra > 0 ? `, and ${plural(extra, 'sentence')} that ${extraIs} not the evidence` : '';
			return `You selected ${picked(right, of, 'sentence needed', 'sentences needed')}${also}.`;
		}
	}
}

/** Which of a two-part question's parts is right: "Part A is right; the supporting sentence is not." */
function twoPartText(parts: { partA: boolean; partB: boolean }, sentences: number): string {
	const evidence = sentences === 1 ? 'the supporting sentence' : 'the supporting sentences';
	const is = sentences === 1 ? 'is' : 'are';
	if (parts.partA && !parts.partB) return `Part A is right; ${evidence} ${is} not.`;
	if (!parts.partA && parts.partB)
		return `${evidence.charAt(0).toUpperCase()}${evidence.slice(1)} ${is} right; Part A is not.`;
	return parts.partA
		? `Part A and ${evidence} are right.`
		: `Neither Part A nor ${evidence} ${is} right.`;
}

/** "2 of the 3 right choices", "the right choice", "none of the right choices". */
function picked(right: number, of: number, one: string, many: string): string {
	if (of === 1) return right === 1 ? `the ${one}` : `not the ${one}`;
	return right === 0 ? `none of the ${many}` : `${right} of the ${of} ${many}`;
}

/** After a wrong try: how many tries are left and what a right answer then earns. */
export function triesLeftText(triesLeft: number, used: number): string {
	return `You have ${plural(triesLeft, 'more try', 'more tries')}; a right answer now earns ${tryWorth(used + 1)}.`;
}

export const notYetWords: Record<'partial' | 'incorrect', string> = {
	partial: 'Partly right',
	incorrect: 'Not right yet'
};

/** Announced when a question is checked: "Correct. 1 / 1 point." */
export function checkedAnnouncement(score: QuestionScore): string {
	return `${verdictWords[score.verdict]}. ${pointsText(score)}.`;
}

/** Announced after a Check, whatever it found. */
export function checkAnnouncement(outcome: CheckOutcome, view: QuestionView, used: number): string {
	switch (outcome.kind) {
		case 'almost':
			return almostText(view, outcome.misses);
		case 'wrong-count':
			return wrongCountText(outcome.mismatch.selected, outcome.mismatch.needed);
		case 'not-yet': {
			const verdict = outcome.score.verdict === 'partial' ? 'partial' : 'incorrect';
			const parts = outcome.parts ? ` ${partsText(outcome.parts, view)}` : '';
			return `${notYetWords[verdict]}.${parts} ${triesLeftText(outcome.triesLeft, used)}`;
		}
		case 'revealed':
			return checkedAnnouncement(outcome.score);
	}
}
