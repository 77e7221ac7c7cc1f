/**
 * What the page says of a typed answer that is almost right (the rules' `NearMiss`): in practice
 * mode, at Check, what to look at again without giving the answer away; in the results, what was
 * written, the answer and why it did not count.
 */
import type { NearMiss, Slip } from '$lib/quiz/kit/credit';
import { rulesOf } from '$lib/quiz/questions';
import type { QuestionView } from '$lib/quiz/types';
import { listed, pluralWord } from '$lib/text/words';

/** What a slip is, in the results' words: "(spelling)", "(unit)". */
const slipWords: Record<Slip, string> = { spelling: 'spelling', unit: 'unit' };

/** What to check again for a slip, at Check: "the spelling", "the unit". */
const checkWords: Record<Slip, string> = { spelling: 'the spelling', unit: 'the unit' };

/**
 * After a near-miss: "Almost — check your spelling." (or "the unit"), or, in blanks, which ones:
 * "Almost — check the spelling in blank 2 and the unit in blank 3."
 */
export function almostText(view: QuestionView, misses: readonly NearMiss[]): string {
	if (rulesOf(view.type).parts !== 'blank') {
		const unit = misses.some((miss) => miss.slip === 'unit');
		return unit ? 'Almost — check the unit.' : 'Almost — check your spelling.';
	}
	const checks = (['spelling', 'unit'] as const).flatMap((slip) => {
		const blanks = misses.filter((miss) => miss.slip === slip).map((miss) => `${miss.part + 1}`);
		return blanks.length === 0
			? []
			: [`${checkWords[slip]} in ${pluralWord(blanks.length, 'blank')} ${listed(blanks)}`];
	});
	return `Almost — check ${checks.join(' and ')}.`;
}

/**
 * In the results, why a near-miss did not count: "You wrote ‘lambastng’; the answer is
 * ‘lambasting’ (spelling)." In blanks, "Blank 2: you wrote …".
 */
export function nearMissText(view: QuestionView, miss: NearMiss): string {
	const what = `wrote ‘${miss.wrote}’; the answer is ‘${miss.answer}’ (${slipWords[miss.slip]}).`;
	return rulesOf(view.type).parts === 'blank'
		? `Blank ${miss.part + 1}: you ${what}`
		: `You ${what}`;
}
