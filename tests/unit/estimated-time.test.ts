// @vitest-environment node
/** The quiz's estimated time, as the teacher view shows it. */
import { describe, expect, it } from 'vitest';
import { estimatedMinutes } from '$lib/quiz/estimated-time';

describe('estimatedMinutes', () => {
	it('reads at 200 words a minute and gives a minute a question, a minute and a half if two-part', () => {
		expect(
			estimatedMinutes(1000, [{ twoPart: false }, { twoPart: true }, { twoPart: true }])
		).toEqual({ reading: 5, answering: 4, total: 9 });
		expect(estimatedMinutes(50, [])).toEqual({ reading: 1, answering: 0, total: 1 });
	});
});
