/** Match in the browser: an option chosen for each left; its grading is in grading.ts. */
import type { QuestionRules } from '../../quiz/kit/rules.ts';
import { shuffled } from '../../quiz/kit/shuffle.ts';
import { idsOf, isString } from '../../quiz/kit/untrusted.ts';
import { plainText } from '../../text/rich.ts';
import { plural } from '../../text/words.ts';
import type { Match } from './types.ts';

const leftsOpen = (view: { lefts: unknown[] }, response: readonly (string | null)[]): number =>
	view.lefts.filter((_, index) => typeof response[index] !== 'string').length;

export const match: QuestionRules<Match> = {
	empty: (view) => view.lefts.map(() => null),
	isAnswered: (view, response) => leftsOpen(view, response) === 0,
	restore: (view, value) => {
		if (!Array.isArray(value) || value.length !== view.lefts.length) return undefined;
		const rights = idsOf(view.rights);
		const chosen: (string | null)[] = [];
		for (const right of value) {
			if (right !== null && !(isString(right) && rights.has(right))) return undefined;
			chosen.push(right);
		}
		return chosen;
	},
	// the right-hand options are shuffled (unless `choices: false`); the lefts stay as listed
	arrange: (view, { seed, flags }) => {
		const ids = view.rights.map((right) => right.id);
		return flags.choices ? shuffled(ids, seed, `${view.id}:rights`) : ids;
	},
	unfinished: (view, response) =>
		`Match every item first: ${plural(leftsOpen(view, response), 'item')} left.`,
	parts: 'pair',
	partName: (view, index) => {
		const left = view.lefts[index];
		return left ? plainText(left.text) : null;
	}
};
