/** The match rules: what a response scores, when it counts as answered, what a saved one may be. */
import { describe, expect, it } from 'vitest';
import { match } from './rules';
import { match as question, matchKey } from '../../../../tests/unit/quiz-fixtures';

describe('the match score rule', () => {
	it('right pairs / pairs; unmatched lefts earn nothing', () => {
		expect(match.score(matchKey, ['r2', 'r1', 'r4', 'r3'])).toBe(1);
		expect(match.score(matchKey, ['r2', 'r1', null, 'r5'])).toBe(0.5);
		expect(match.score(matchKey, [null, null, null, null])).toBe(0);
		expect(match.score({ ...matchKey, scoring: 'all-or-nothing' }, ['r2', 'r1', 'r4', null])).toBe(
			0
		);
	});

	it('unknown ids in responses earn nothing and do not throw', () => {
		expect(match.score(matchKey, ['zzz', 'r1', 'r4', 'r3', 'r9'])).toBe(0.75);
	});
});

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
