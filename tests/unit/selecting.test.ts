// Selecting sentences as an answer: how many are selected against how many the question asks for.
import { describe, expect, it } from 'vitest';
import { countMismatch } from '$lib/state/selecting';
import type { Answer } from '$lib/quiz/types';
import { highlight, parts, single } from './quiz-fixtures';

const twoPart = { ...single, ...parts(true, 2) };
const sentences = (...ids: string[]): Answer => ({ type: 'highlight', response: ids });

describe('countMismatch', () => {
	it('is null when nothing is selected (unanswered) or exactly as many as asked for', () => {
		expect(countMismatch(highlight, undefined)).toBeNull();
		expect(countMismatch(highlight, sentences())).toBeNull();
		expect(countMismatch(highlight, sentences('3.1', '1.2'))).toBeNull();
	});

	it('says how many are selected and asked for, fewer or more', () => {
		expect(countMismatch(highlight, sentences('3.1'))).toEqual({
			part: 'response',
			selected: 1,
			needed: 2
		});
		expect(countMismatch(highlight, sentences('3.1', '3.2', '3.3'))).toEqual({
			part: 'response',
			selected: 3,
			needed: 2
		});
	});

	it('counts a two-part question’s Part B, not its Part A', () => {
		const answer: Answer = { type: 'single', response: 'a', evidence: ['2.1'] };
		expect(countMismatch(twoPart, answer)).toEqual({ part: 'evidence', selected: 1, needed: 2 });
		expect(countMismatch(twoPart, { ...answer, evidence: ['2.1', '2.2'] })).toBeNull();
		expect(countMismatch(single, { type: 'single', response: 'a' })).toBeNull();
	});
});
