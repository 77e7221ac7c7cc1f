// @vitest-environment node
/**
 * The true/false/not given question's answer key: True, False and Not given, the right one marked,
 * from the question as built.
 */
import { describe, expect, it } from 'vitest';
import { answerKeyOf, plain } from '../../../../tests/unit/answer-key-fixtures';

describe('the true-false-not-given answer key', () => {
	it('gives True, False and Not given, the right one marked', () => {
		const key = answerKeyOf('true-false-not-given', '"blood brothers"', '    answer: not-given\n');
		expect(plain(key)).toEqual({
			kind: 'choices',
			choices: [
				{ text: 'True', correct: false },
				{ text: 'False', correct: false },
				{ text: 'Not given', correct: true }
			]
		});
	});
});
