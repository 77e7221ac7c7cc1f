/**
 * The order answering rules: when a response counts as answered, how it is arranged, what a saved
 * one may be.
 */
import { describe, expect, it } from 'vitest';
import { order } from './rules';
import {
	keyBase,
	options,
	order as question,
	viewBase
} from '../../../../tests/unit/quiz-fixtures';
import type { KeyOf, ViewOf } from '../../quiz/kit/types';
import type { Order } from './types';

describe('the order answered rule', () => {
	it('once the student has moved an item', () => {
		expect(order.isAnswered(question, null)).toBe(false);
		expect(order.isAnswered(question, ['k1', 'k2', 'k3', 'k4'])).toBe(true);
	});
});

describe('the order arrange rule', () => {
	const flags = { questions: false, choices: false };

	it('always shuffles the items, even with shuffling off', () => {
		const shown = new Set(
			Array.from({ length: 10 }, (_, seed) =>
				order.arrange(question, { seed, flags, key: undefined }).join()
			)
		);
		expect(shown.size).toBeGreaterThan(5);
	});

	it('never shows the items in the right order when the key is known', () => {
		const rightOrder = ['i3', 'i1', 'i2'];
		const view: ViewOf<Order> = {
			...viewBase('seq'),
			type: 'order',
			items: options('i1', 'i2', 'i3')
		};
		const key: KeyOf<Order> = {
			...keyBase(),
			type: 'order',
			order: rightOrder,
			scoring: 'partial'
		};
		for (let seed = 0; seed < 300; seed++) {
			const shown = order.arrange(view, { seed, flags, key });
			expect(shown).not.toEqual(rightOrder);
			expect(shown.slice().sort()).toEqual(['i1', 'i2', 'i3']);
		}
		// without the key, the right order turns up by chance (1 in 6 for 3 items)
		const withoutKey = Array.from({ length: 300 }, (_, seed) =>
			order.arrange(view, { seed, flags, key: undefined }).join()
		);
		expect(withoutKey).toContain(rightOrder.join());
	});
});

describe('the order restore rule: a saved response checked against the question', () => {
	const sentences = { isSentence: (id: string) => /^\d+\.\d+$/.test(id) };

	it('keeps a response that fits the question, and drops one that does not', () => {
		expect(order.restore(question, ['k2', 'k1', 'k4', 'k3'], sentences)).toEqual([
			'k2',
			'k1',
			'k4',
			'k3'
		]);
		// untouched: the student has not moved an item yet
		expect(order.restore(question, null, sentences)).toBeNull();
		// every item once, and only the question's items
		expect(order.restore(question, ['k2', 'k1', 'k4'], sentences)).toBeUndefined();
		expect(order.restore(question, ['k2', 'k2', 'k4', 'k3'], sentences)).toBeUndefined();
		expect(order.restore(question, ['k2', 'k1', 'k4', 'k9'], sentences)).toBeUndefined();
	});
});
