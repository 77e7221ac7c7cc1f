/**
 * The highlight answering rules: when a response counts as answered, what a saved one may be.
 */
import { describe, expect, it } from 'vitest';
import { highlight } from './rules';
import { highlight as question } from '../../../../tests/unit/quiz-fixtures';

describe('the highlight answered rule', () => {
	it('at least one sentence', () => {
		expect(highlight.isAnswered(question, [])).toBe(false);
		expect(highlight.isAnswered(question, ['3.1'])).toBe(true);
	});
});

describe('the highlight restore rule: a saved response checked against the question', () => {
	const sentences = { isSentence: (id: string) => /^\d+\.\d+$/.test(id) };

	it('keeps a response that fits the question, and drops one that does not', () => {
		expect(highlight.restore(question, ['3.1', '4.2'], sentences)).toEqual(['3.1', '4.2']);
		expect(highlight.restore(question, [], sentences)).toEqual([]);
		// only the article's sentences, each once
		expect(highlight.restore(question, ['3.1', 'x'], sentences)).toBeUndefined();
		expect(highlight.restore(question, ['3.1', '3.1'], sentences)).toBeUndefined();
	});
});
