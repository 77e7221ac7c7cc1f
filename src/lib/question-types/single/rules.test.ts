/** The single rules: what a response scores, when it counts as answered. */
import { describe, expect, it } from 'vitest';
import { single } from './rules';
import { single as question, singleKey } from '../../../../tests/unit/quiz-fixtures';

describe('the single score rule', () => {
	it('the correct choice or nothing', () => {
		expect(single.score(singleKey, 'b')).toBe(1);
		expect(single.score(singleKey, 'a')).toBe(0);
		expect(single.score(singleKey, null)).toBe(0);
	});

	it('unknown ids in responses earn nothing and do not throw', () => {
		expect(single.score(singleKey, 'zzz')).toBe(0);
	});
});

describe('the single answered rule', () => {
	it('once a choice is picked', () => {
		expect(single.isAnswered(question, null)).toBe(false);
		expect(single.isAnswered(question, 'a')).toBe(true);
	});
});
