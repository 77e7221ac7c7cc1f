// @vitest-environment node
/**
 * The highlight question's answer key: the sentences that hold the evidence, from the question as
 * built.
 */
import { describe, expect, it } from 'vitest';
import { answerKeyOf } from '../../../../tests/unit/answer-key-fixtures';

describe('the highlight answer key', () => {
	it('gives the sentences that hold the evidence', () => {
		const key = answerKeyOf('highlight', '["In 1949, China", "They fought together"]', '');
		expect(key).toEqual({ kind: 'sentences', ids: ['3.1', '3.2'] });
	});
});
