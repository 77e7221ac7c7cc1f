// @vitest-environment node
/**
 * The true/false question's answer key: True and False, the right one marked, from the question as
 * built.
 */
import { describe, expect, it } from 'vitest';
import { answerKeyOf, plain } from '../../../../tests/unit/answer-key-fixtures';

describe('the true-false answer key', () => {
	it('gives True and False, the right one marked', () => {
		expect(plain(answerKeyOf('true-false', '"In 1949"', '    answer: false\n'))).toEqual({
			kind: 'choices',
			choices: [
				{ text: 'True', correct: false },
				{ text: 'False', correct: true }
			]
		});
	});
});
