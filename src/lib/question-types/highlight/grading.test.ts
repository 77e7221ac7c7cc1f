/**
 * The highlight grading rules: what a response scores.
 */
import { describe, expect, it } from 'vitest';
import { highlightGrading } from './grading';
import { highlightKey } from '../../../../tests/unit/quiz-fixtures';

describe('the highlight score rule', () => {
	it('(right − wrong) / needed, floored at 0', () => {
		expect(highlightGrading.score(highlightKey, ['3.2', '3.1'])).toBe(1);
		expect(highlightGrading.score(highlightKey, ['3.1'])).toBe(0.5);
		expect(highlightGrading.score(highlightKey, ['3.1', '3.2', '4.1'])).toBe(0.5);
		expect(highlightGrading.score(highlightKey, ['3.1', '4.1'])).toBe(0);
		expect(highlightGrading.score(highlightKey, ['4.1', '4.2', '3.1'])).toBe(0);
		expect(highlightGrading.score(highlightKey, [])).toBe(0);
		expect(highlightGrading.score({ ...highlightKey, scoring: 'all-or-nothing' }, ['3.1'])).toBe(0);
	});

	it('unknown ids in responses earn nothing and do not throw', () => {
		expect(highlightGrading.score(highlightKey, ['3.1', '3.2', 'not-a-sentence'])).toBe(0.5);
	});
});
