/** Order graded: items in the right position / items. */
import { withScoring } from '../../quiz/kit/credit.ts';
import { scormLetter } from '../../quiz/kit/scorm-response.ts';
import { inOrder, joinedParts } from '../../quiz/kit/options.ts';
import { plainText } from '../../text/rich.ts';
import type { GradingRules } from '../../quiz/kit/rules.ts';
import type { Order } from './types.ts';

export const orderGrading: GradingRules<Order> = {
	score: (key, response) => {
		if (response === null || key.order.length === 0) return 0;
		const inPlace = key.order.filter((id, index) => response[index] === id).length;
		return withScoring(key.scoring, inPlace / key.order.length);
	},
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
	// an item is wrong where it stands: its place in the student's order
	partsRight: (key, response) => {
		const wrong = key.order.flatMap((id, index) => (response?.[index] === id ? [] : [index]));
		return { right: key.order.length - wrong.length, of: key.order.length, wrong };
	},
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
