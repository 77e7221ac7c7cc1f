// @vitest-environment node
/**
 * The match question's answer key: each left with its right, and the options that match nothing,
 * from the question as built.
 */
import { describe, expect, it } from 'vitest';
import { answerKeyOf, plain } from '../../../../tests/unit/answer-key-fixtures';

describe('the match answer key', () => {
	it('gives each left with its right, and the options that match nothing', () => {
		const key = answerKeyOf(
			'match',
			'"In 1949"',
			'    pairs: [{ left: "1949", right: Ties }, { left: "1950", right: War }]\n    distractors: [Peace]\n'
		);
		expect(plain(key)).toEqual({
			kind: 'pairs',
			pairs: [
				{ left: '1949', right: 'Ties' },
				{ left: '1950', right: 'War' }
			],
			distractors: ['Peace']
		});
	});
});
