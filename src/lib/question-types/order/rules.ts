/** Order in the browser: the items put in an order; its grading is in grading.ts. */
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
	unfinished: () => 'Put the items in order first (or choose “Keep this order”).',
	parts: 'item',
	partName: () => null
};
