/**
 * The words for a typed answer that is almost right (components/quiz/slip-words.ts): at Check in
 * practice mode, what to look at again without the answer; in the results, what was written, the
 * answer and why it did not count.
 */
import { describe, expect, it } from 'vitest';
import { almostText, nearMissText } from '$lib/components/quiz/slip-words';
import type { NearMiss } from '$lib/quiz/kit/credit';
import { blanks, short } from './quiz-fixtures';

const miss = (part: number, slip: NearMiss['slip']): NearMiss => ({
	part,
	wrote: slip === 'unit' ? '90 km' : 'lambastd',
	answer: slip === 'unit' ? '90' : 'lambasted',
	slip
});

describe('"almost" at Check', () => {
	it('names the spelling or the unit of a short answer, never the answer', () => {
		expect(almostText(short, [miss(0, 'spelling')])).toBe('Almost — check your spelling.');
		expect(almostText(short, [miss(0, 'unit')])).toBe('Almost — check the unit.');
	});

	it('names the blanks, and what to check in each', () => {
		expect(almostText(blanks, [miss(1, 'spelling')])).toBe(
			'Almost — check the spelling in blank 2.'
		);
		expect(almostText(blanks, [miss(0, 'spelling'), miss(2, 'spelling')])).toBe(
			'Almost — check the spelling in blanks 1 and 3.'
		);
		expect(almostText(blanks, [miss(0, 'spelling'), miss(2, 'unit')])).toBe(
			'Almost — check the spelling in blank 1 and the unit in blank 3.'
		);
	});
});

describe('a near-miss in the results', () => {
	it('says what was written, the answer and the slip', () => {
		expect(nearMissText(short, miss(0, 'spelling'))).toBe(
			'You wrote ‘lambastd’; the answer is ‘lambasted’ (spelling).'
		);
		expect(nearMissText(blanks, miss(1, 'unit'))).toBe(
			'Blank 2: you wrote ‘90 km’; the answer is ‘90’ (unit).'
		);
	});
});
