// @vitest-environment node
/**
 * The multiple choice's answer key: the choices in the written order, the right ones marked, from
 * the question as built.
 */
import { describe, expect, it } from 'vitest';
import { answerKeyOf, plain } from '../../../../tests/unit/answer-key-fixtures';

describe('the multiple answer key', () => {
	it('lists the choices in the written order, the right ones marked', () => {
		const key = answerKeyOf(
			'multiple',
			'"In 1949"',
			'    choices:\n      - { text: A, correct: true }\n      - { text: B }\n      - { text: C, correct: true }\n'
		);
		expect(plain(key)).toEqual({
			kind: 'choices',
			choices: [
				{ text: 'A', correct: true },
				{ text: 'B', correct: false },
				{ text: 'C', correct: true }
			]
		});
	});
});
