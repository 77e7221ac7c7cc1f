// @vitest-environment node
/** The order question's answer key: the items in the right order, from the question as built. */
import { describe, expect, it } from 'vitest';
import { answerKeyOf, plain } from '../../../../tests/unit/answer-key-fixtures';

describe('the order answer key', () => {
	it('gives the items in the right order', () => {
		const key = answerKeyOf('order', '"In 1949"', '    items: [Ties, War, Brothers]\n');
		expect(plain(key)).toEqual({ kind: 'sequence', items: ['Ties', 'War', 'Brothers'] });
	});
});
