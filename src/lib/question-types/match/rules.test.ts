/**
 * The match answering rules: when a response counts as answered, what a saved one may be.
 */
import { describe, expect, it } from 'vitest';
import { match } from './rules';
import { match as question } from '../../../../tests/unit/quiz-fixtures';

describe('the match answered rule', () => {
	it('every left chosen', () => {
		expect(match.isAnswered(question, ['r1', 'r2', 'r3', null])).toBe(false);
		expect(match.isAnswered(question, ['r1', 'r2', 'r3'])).toBe(false);
		expect(match.isAnswered(question, ['r1', 'r2', 'r3', 'r5'])).toBe(true);
	});
});

describe('the match restore rule: a saved response checked against the question', () => {
	const sentences = { isSentence: (id: string) => /^\d+\.\d+$/.test(id) };

	it('keeps a response that fits the question, and drops one that does not', () => {
		expect(match.restore(question, ['r2', null, 'r5', 'r1'], sentences)).toEqual([
			'r2',
			null,
			'r5',
			'r1'
		]);
		// one choice (or none) per left, each one of the question's rights
		expect(match.restore(question, ['r2', null, 'r5'], sentences)).toBeUndefined();
		expect(match.restore(question, ['r2', null, 'r5', 'r9'], sentences)).toBeUndefined();
	});
});
