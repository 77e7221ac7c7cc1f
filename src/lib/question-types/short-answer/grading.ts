/**
 * Short answer graded: right when it equals an accepted answer after normalising (or is the same
 * number, in digits or words, with or without the unit the answer names); almost right when one
 * slip away or the number with another unit (unless spelling is exact).
 */
import { typedMatches, typedSlip, type NearMiss } from '../../quiz/kit/credit.ts';
import type { GradingRules } from '../../quiz/kit/rules.ts';
import { normalizeAnswer } from '../../text/normalize.ts';
import type { ShortAnswer } from './types.ts';

/** The answer the student almost wrote, as the teacher wrote it: the key keeps both forms. */
function nearMisses(key: ShortAnswer['key'], response: string): NearMiss[] {
	const near = typedSlip(response, key.answers, key.spelling);
	if (!near) return [];
	const answer = key.display.find((shown) => normalizeAnswer(shown) === near.answer) ?? near.answer;
	return [{ part: 0, wrote: response.trim(), answer, slip: near.slip }];
}

export const shortAnswerGrading: GradingRules<ShortAnswer> = {
	score: (key, response) => (typedMatches(response, key.answers, key.spelling) ? 1 : 0),
	// every accepted answer is a correct pattern of its own
	scorm: {
		interaction: 'fill-in',
		latency: true,
		response: (_view, response) => ({ shape: 'texts', texts: [response.trim()] }),
		correct: (_view, key) => key.display.map((answer) => ({ shape: 'texts', texts: [answer] }))
	},
	answerKey: (_view, key) => ({ kind: 'accepted', answers: key.display }),
	partsRight: () => null,
	nearMisses,
	answerText: (_view, response) => response.trim(),
	// every accepted form, as the teacher's key shows them
	rightResponse: (_view, key) => key.display.join(' / ')
};
