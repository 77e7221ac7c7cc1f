// @vitest-environment node
/** The published date under an article, written out: the words en-GB's long date gives. */
import { describe, expect, it } from 'vitest';
import { dateInWords } from '$lib/checker/article';

describe('dateInWords', () => {
	it('gives the words Intl.DateTimeFormat gives, for every day of the years tried', () => {
		const intl = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
		for (const year of [1000, 1845, 1900, 2000, 2021, 2024, 2100]) {
			for (let day = new Date(Date.UTC(year, 0, 1)); day.getUTCFullYear() === year;) {
				const iso = day.toISOString().slice(0, 10);
				expect(dateInWords(iso), iso).toBe(intl.format(day));
				day = new Date(day.getTime() + 86_400_000);
			}
		}
	});

	it('leaves a year alone as written', () => {
		expect(dateInWords('1845')).toBe('1845');
	});
});
