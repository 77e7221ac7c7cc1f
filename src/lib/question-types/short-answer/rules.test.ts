/**
 * The short-answer answering rules: when a response counts as answered, what a saved one may be.
 */
import { describe, expect, it } from 'vitest';
import { shortAnswer } from './rules';
import { short as question } from '../../../../tests/unit/quiz-fixtures';

describe('the short-answer answered rule', () => {
	it('not blank', () => {
		expect(shortAnswer.isAnswered(question, '   ')).toBe(false);
		expect(shortAnswer.isAnswered(question, 'x')).toBe(true);
	});
});

describe('the short-answer restore rule: a saved response checked against the question', () => {
	const sentences = { isSentence: (id: string) => /^\d+\.\d+$/.test(id) };

	it('keeps a response that fits the question, and drops one that does not', () => {
		expect(shortAnswer.restore(question, 'Beijing', sentences)).toBe('Beijing');
		expect(shortAnswer.restore(question, '', sentences)).toBe('');
		expect(shortAnswer.restore(question, null, sentences)).toBeUndefined();
		expect(shortAnswer.restore(question, ['Beijing'], sentences)).toBeUndefined();
	});
});
