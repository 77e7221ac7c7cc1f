/** Match graded: right pairs / pairs. */
import { withScoring } from '../../quiz/kit/credit.ts';
import { inOrder, joinedParts, letteredText } from '../../quiz/kit/options.ts';
import type { GradingRules } from '../../quiz/kit/rules.ts';
import { scormLetter } from '../../quiz/kit/scorm-response.ts';
import { plainText } from '../../text/rich.ts';
import type { Match } from './types.ts';

export const matchGrading: GradingRules<Match> = {
	score: (key, response) => {
		if (key.pairs.length === 0) return 0;
		const right = key.pairs.filter((rightId, index) => response[index] === rightId).length;
		return withScoring(key.scoring, right / key.pairs.length);
	},
	// lefts numbered 1, 2, …; rights lettered as the view lists them (by id)
	scorm: {
		interaction: 'matching',
		latency: true,
		response: (view, response) => ({ shape: 'pairs', pairs: paired(view, response) }),
		correct: (view, key) => [{ shape: 'pairs', pairs: paired(view, key.pairs) }]
	},
	answerKey: (view, key) => {
		const textOf = new Map(view.rights.map((right) => [right.id, right.text]));
		return {
			kind: 'pairs',
			pairs: view.lefts.map((left, index) => ({
				left: left.text,
				right: textOf.get(key.pairs[index] ?? '') ?? []
			})),
			distractors: view.rights
				.filter((right) => !key.pairs.includes(right.id))
				.map((right) => right.text)
		};
	},
	partsRight: (key, response) => {
		const wrong = key.pairs.flatMap((rightId, index) =>
			response[index] === rightId ? [] : [index]
		);
		return { right: key.pairs.length - wrong.length, of: key.pairs.length, wrong };
	},
	nearMisses: () => [],
	// each left with its option's letter as shown and text
	answerText: (view, response, { order }) => {
		const shown = inOrder(view.rights, order).map((right) => right.id);
		return joinedParts(
			view.lefts.map((left, index) => {
				const right = view.rights.find((option) => option.id === response[index]);
				const words = right ? letteredText(shown, right.id, plainText(right.text)) : '(none)';
				return `${plainText(left.text)} → ${words}`;
			})
		);
	},
	rightResponse: (_view, key) => key.pairs
};

function paired(
	view: { rights: { id: string }[] },
	rights: readonly (string | null)[]
): [string, string][] {
	const letters = new Map(view.rights.map((right, index) => [right.id, scormLetter(index)]));
	return rights.flatMap((right, index): [string, string][] =>
		right === null ? [] : [[String(index + 1), letters.get(right) ?? right]]
	);
}
