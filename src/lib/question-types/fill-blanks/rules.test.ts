/**
 * The fill-blanks answering rules: when a response counts as answered, what a saved one may be.
 */
import { describe, expect, it } from 'vitest';
import { fillBlanks } from './rules';
import { blanks as question } from '../../../../tests/unit/quiz-fixtures';

describe('the fill-blanks answered rule', () => {
	it('every blank filled', () => {
		expect(fillBlanks.isAnswered(question, ['a', 'b', 'c', ' '])).toBe(false);
		expect(fillBlanks.isAnswered(question, ['a', 'b', 'c'])).toBe(false);
		expect(fillBlanks.isAnswered(question, ['a', 'b', 'c', 'd'])).toBe(true);
	});
});

describe('the fill-blanks restore rule: a saved response checked against the question', () => {
	const sentences = { isSentence: (id: string) => /^\d+\.\d+$/.test(id) };

	it('keeps a response that fits the question, and drops one that does not', () => {
		expect(fillBlanks.restore(question, ['a', '', 'c', 'd'], sentences)).toEqual([
			'a',
			'',
			'c',
			'd'
		]);
		// one text per blank, no more and no fewer
		expect(fillBlanks.restore(question, ['a', 'b', 'c'], sentences)).toBeUndefined();
		expect(fillBlanks.restore(question, ['a', 'b', 'c', 4], sentences)).toBeUndefined();
		// with a word bank, only its words (or nothing yet)
		const banked = { ...question, wordBank: ['China', 'talks'] };
		expect(fillBlanks.restore(banked, ['China', '', '', 'talks'], sentences)).toEqual([
			'China',
			'',
			'',
			'talks'
		]);
		expect(fillBlanks.restore(banked, ['Japan', '', '', ''], sentences)).toBeUndefined();
	});
});
