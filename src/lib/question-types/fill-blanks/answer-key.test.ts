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

	it('keeps italics written around a blank: the words and the blank inside are italic', () => {
		const key = answerKeyOf(
			'fill-blanks',
			'"established diplomatic ties"',
			'    text: "He read *The [[Columbian]] Orator* and **[[nothing]] else**, 2 * [[3]] * 4."\n'
		);
		expect(key.kind === 'blanks' && key.parts).toEqual([
			{ kind: 'text', text: [{ text: 'He read ' }, { text: 'The ', em: true }] },
			{ kind: 'blank', answers: ['Columbian'], em: true },
			{ kind: 'text', text: [{ text: ' Orator', em: true }, { text: ' and ' }] },
			{ kind: 'blank', answers: ['nothing'], strong: true },
			{ kind: 'text', text: [{ text: ' else', strong: true }, { text: ', 2 * ' }] },
			{ kind: 'blank', answers: ['3'] },
			{ kind: 'text', text: [{ text: ' * 4.' }] }
		]);
	});
});
