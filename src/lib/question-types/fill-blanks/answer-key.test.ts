// @vitest-environment node
/**
 * The fill-in-the-blanks question's answer key: the text with each blank’s answers, and the word
 * bank’s extra words, from the question as built.
 */
import { describe, expect, it } from 'vitest';
import { answerKeyOf, plain } from '../../../../tests/unit/answer-key-fixtures';

describe('the fill-blanks answer key', () => {
	it('gives the text with each blank’s answers, and the word bank’s extra words', () => {
		const key = answerKeyOf(
			'fill-blanks',
			'"established diplomatic ties"',
			'    text: "China and [[North Korea|N. Korea]] established [[ties]]."\n    wordBank: [trade, Ties]\n'
		);
		expect(plain(key)).toEqual({
			kind: 'blanks',
			parts: [
				{ kind: 'text', text: 'China and ' },
				{ kind: 'blank', answers: ['North Korea', 'N. Korea'] },
				{ kind: 'text', text: ' established ' },
				{ kind: 'blank', answers: ['ties'] },
				{ kind: 'text', text: '.' }
			],
			distractors: ['trade']
		});
	});
});
