/**
 * The highlight rules: what a response scores, when it counts as answered, what a saved one may
 * be.
 */
import { describe, expect, it } from 'vitest';
import { highlight } from './rules';
import { highlight as question, highlightKey } from '../../../../tests/unit/quiz-fixtures';

describe('the highlight score rule', () => {
	it('(right − wrong) / needed, floored at 0', () => {
		expect(highlight.score(highlightKey, ['3.2', '3.1'])).toBe(1);
		expect(highlight.score(highlightKey, ['3.1'])).toBe(0.5);
		expect(highlight.score(highlightKey, ['3.1', '3.2', '4.1'])).toBe(0.5);
		expect(highlight.score(highlightKey, ['3.1', '4.1'])).toBe(0);
		expect(highlight.score(highlightKey, ['4.1', '4.2', '3.1'])).toBe(0);
		expect(highlight.score(highlightKey, [])).toBe(0);
		expect(highlight.score({ ...highlightKey, scoring: 'all-or-nothing' }, ['3.1'])).toBe(0);
	});

	it('unknown ids in responses earn nothing and do not throw', () => {
		expect(highlight.score(highlightKey, ['3.1', '3.2', 'not-a-sentence'])).toBe(0.5);
	});
});

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
