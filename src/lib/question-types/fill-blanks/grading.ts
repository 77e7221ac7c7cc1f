/**
 * Fill in the blanks graded: right blanks / blanks. A typed blank is compared like a short answer
 * (numbers in words or digits alike, with or without the unit the words beside the blank name;
 * near-misses "almost").
 */
import { typedMatches, typedSlip, withScoring } from '../../quiz/kit/credit.ts';
import { filled } from '../../quiz/kit/filled.ts';
import type { GradingRules } from '../../quiz/kit/rules.ts';
import { normalizeAnswer } from '../../text/normalize.ts';
import type { FillBlanks } from './types.ts';

type Key = FillBlanks['key'];

const accepted = (key: Key, index: number): string[] =>
	(key.blanks[index] ?? []).map(normalizeAnswer);

/** Whether blank `index` holds a right answer: what scores it and marks it in the review. */
function blankIsRight(key: Key, response: readonly string[], index: number): boolean {
	return typedMatches(
		response[index] ?? '',
		accepted(key, index),
		key.spelling,
		key.around?.[index]
	);
}

export const fillBlanksGrading: GradingRules<FillBlanks> = {
	score: (key, response) => {
		if (key.blanks.length === 0) return 0;
		const right = key.blanks.filter((_, index) => blankIsRight(key, response, index)).length;
		return withScoring(key.scoring, right / key.blanks.length);
	},
	// one text per blank; the right pattern gives each blank's first answer
	scorm: {
		interaction: 'fill-in',
		latency: true,
		response: (_view, response) => ({ shape: 'texts', texts: response.map((text) => text.trim()) }),
		correct: (_view, key) => [
			{ shape: 'texts', texts: key.blanks.map((answers) => answers[0] ?? '') }
		]
	},
	answerKey: (view, key) => {
		const firsts = new Set(key.blanks.map((answers) => normalizeAnswer(answers[0] ?? '')));
		return {
			kind: 'blanks',
			parts: view.parts.map((part) =>
				part.kind === 'text'
					? part
					: {
							kind: 'blank',
							answers: key.blanks[part.index] ?? [],
							...(part.em && { em: true }),
							...(part.strong && { strong: true })
						}
			),
			distractors:
				view.wordBank === null
					? null
					: view.wordBank.filter((word) => !firsts.has(normalizeAnswer(word)))
		};
	},
	// the review marks each blank by these: the scorer's own comparison
	partsRight: (key, response) => {
		const wrong = key.blanks.flatMap((_, index) =>
			blankIsRight(key, response, index) ? [] : [index]
		);
		return { right: key.blanks.length - wrong.length, of: key.blanks.length, wrong };
	},
	// another blank's answer typed here is a different word, not a slip
	nearMisses: (key, response) =>
		key.blanks.flatMap((answers, index) => {
			const others = key.blanks.flatMap((__, other) =>
				other === index ? [] : accepted(key, other)
			);
			const typed = response[index] ?? '';
			const normal = accepted(key, index);
			const near = typedSlip(typed, normal, key.spelling, others, key.around?.[index]);
			if (!near) return [];
			const answer = answers[normal.indexOf(near.answer)] ?? near.answer;
			return [{ part: index, wrote: typed.trim(), answer, slip: near.slip }];
		}),
	answerText: (_view, response) =>
		response.every((word) => !filled(word))
			? ''
			: response.map((word) => (filled(word) ? word.trim() : '—')).join('; '),
	// each blank's accepted forms
	rightResponse: (_view, key) => key.blanks.map((answers) => answers.join(' / '))
};
