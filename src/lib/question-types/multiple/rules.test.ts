/**
 * The multiple answering rules: when a response counts as answered, what a saved one may be.
 */
import { describe, expect, it } from 'vitest';
import { multiple } from './rules';
import { multiple as question } from '../../../../tests/unit/quiz-fixtures';

describe('the multiple answered rule', () => {
	it('once a choice is picked', () => {
		expect(multiple.isAnswered(question, [])).toBe(false);
		expect(multiple.isAnswered(question, ['e'])).toBe(true);
	});
});

describe('the multiple restore rule: a saved response checked against the question', () => {
	const sentences = { isSentence: (id: string) => /^\d+\.\d+$/.test(id) };

	it('keeps a response that fits the question, and drops one that does not', () => {
		expect(multiple.restore(question, ['a', 'c'], sentences)).toEqual(['a', 'c']);
		expect(multiple.restore(question, [], sentences)).toEqual([]);
		expect(multiple.restore(question, ['a', 'a'], sentences)).toBeUndefined();
		expect(multiple.restore(question, ['a', 'z'], sentences)).toBeUndefined();
		expect(multiple.restore(question, 'a', sentences)).toBeUndefined();
	});
});
