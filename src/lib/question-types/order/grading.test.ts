/**
 * The order grading rules: what a response scores.
 */
import { describe, expect, it } from 'vitest';
import { orderGrading } from './grading';
import { orderKey } from '../../../../tests/unit/quiz-fixtures';

describe('the order score rule', () => {
	it('items in the right position / items; untouched (null) earns 0', () => {
		expect(orderGrading.score(orderKey, ['k3', 'k1', 'k4', 'k2'])).toBe(1);
		expect(orderGrading.score(orderKey, ['k3', 'k1', 'k2', 'k4'])).toBe(0.5);
		expect(orderGrading.score(orderKey, ['k1', 'k2', 'k3', 'k4'])).toBe(0);
		expect(orderGrading.score(orderKey, null)).toBe(0);
		expect(
			orderGrading.score({ ...orderKey, scoring: 'all-or-nothing' }, ['k3', 'k1', 'k2', 'k4'])
		).toBe(0);
	});

	it('unknown ids in responses earn nothing and do not throw', () => {
		expect(orderGrading.score(orderKey, ['k3', 'zzz', 'k4', 'k2', 'extra'])).toBe(0.75);
	});
});
