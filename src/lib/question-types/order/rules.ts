/** Order in the browser: items in the right position / items. */
import { withScoring } from '../../quiz/kit/credit.ts';
import { scormLetter } from '../../quiz/kit/scorm-response.ts';
import { inOrder, joinedParts } from '../../quiz/kit/options.ts';
import { plainText } from '../../text/rich.ts';
import type { QuestionRules } from '../../quiz/kit/rules.ts';
import { shuffled, shuffledAway } from '../../quiz/kit/shuffle.ts';
import { distinctIds, idsOf } from '../../quiz/kit/untrusted.ts';
import type { Order } from './types.ts';

export const order: QuestionRules<Order> = {
	empty: () => null,
	isAnswered: (_view, response) => response !== null,
	restore: (view, value) => {
		if (value === null) return null;
		const items = idsOf(view.items);
		const ids = distinctIds(value, (id) => items.has(id));
		return ids && ids.length === items.size ? ids : undefined;
	},
	// Always shuffled, whatever the flags: the items are the question. The view lists them by id,
	// not in the right order; when the key is at hand (practice mode) the right order is avoided too.
	arrange: (view, { seed, key }) =>
		key && key.order.length === view.items.length
			? shuffledAway(key.order, seed, `${view.id}:items`)
			: shuffled(
					view.items.map((item) => item.id),
					seed,
					`${view.id}:items`
				),
	score: (key, response) => {
		if (response === null || key.order.length === 0) return 0;
		const inPlace = key.order.filter((id, index) => response[index] === id).length;
		return withScoring(key.scoring, inPlace / key.order.length);
	},
	unfinished: () => 'Put the items in order first (or choose “Keep this order”).',
	// items are lettered as the view lists them (by id), so the letters say nothing of the order
	scorm: {
		interaction: 'sequencing',
		latency: true,
		response: (view, response) => ({ shape: 'ids', ids: lettered(view, response ?? []) }),
		correct: (view, key) => [{ shape: 'ids', ids: lettered(view, key.order) }]
	},
	answerKey: (view, key) => ({
		kind: 'sequence',
		items: inOrder(view.items, key.order).map((item) => item.text)
	}),
	parts: 'item',
	// an item is wrong where it stands: its place in the student's order
	partsRight: (key, response) => {
		const wrong = key.order.flatMap((id, index) => (response?.[index] === id ? [] : [index]));
		return { right: key.order.length - wrong.length, of: key.order.length, wrong };
	},
	partName: () => null,
	nearMisses: () => [],
	answerText: (view, response) =>
		response === null
			? ''
			: joinedParts(
					inOrder(view.items, response).map(
						(item, index) => `${index + 1}. ${plainText(item.text)}`
					)
				),
	rightResponse: (_view, key) => key.order
};

function lettered(view: { items: { id: string }[] }, ids: readonly string[]): string[] {
	const letters = new Map(view.items.map((item, index) => [item.id, scormLetter(index)]));
	return ids.map((id) => letters.get(id) ?? id);
}
