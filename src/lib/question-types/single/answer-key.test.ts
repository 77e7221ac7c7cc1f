// @vitest-environment node
/**
 * The single choice's answer key: the choices in the written order, the right one marked, with
 * feedback, from the question as built.
 */
import { describe, expect, it } from 'vitest';
import { answerKeyOf, plain } from '../../../../tests/unit/answer-key-fixtures';

describe('the single answer key', () => {
	it('lists the choices in the written order, the right one marked, with feedback', () => {
		const key = answerKeyOf(
			'single',
			'"deepening ties with China"',
			'    choices:\n      - { text: Wrong, feedback: "No." }\n      - { text: "*Right*", correct: true }\n'
		);
		expect(plain(key)).toEqual({
			kind: 'choices',
			choices: [
				{ text: 'Wrong', correct: false, feedback: 'No.' },
				{ text: 'Right', correct: true }
			]
		});
	});
});
