// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseInline } from '$lib/text/inline';
import { typographic } from '$lib/text/typography';

const smart = (source: string) => typographic(parseInline(source));
const text = (source: string) =>
	smart(source)
		.map((run) => run.text)
		.join('');

describe('typographic quotes and dashes', () => {
	it('turns straight double quotes into opening and closing curly ones', () => {
		expect(text('¶1 says Kim would rebuild "not by gaining concessions".')).toBe(
			'¶1 says Kim would rebuild “not by gaining concessions”.'
		);
		expect(text('"Quoted" first, then ("in brackets").')).toBe(
			'“Quoted” first, then (“in brackets”).'
		);
	});

	it('turns apostrophes and single quotes the right way round', () => {
		expect(text("North Korea's economy and the students' answers")).toBe(
			'North Korea’s economy and the students’ answers'
		);
		expect(text("He called it 'a rehearsal' in the '90s.")).toBe(
			'He called it ‘a rehearsal’ in the ’90s.'
		);
	});

	it('turns a spaced hyphen (or two) into a spaced em dash, and leaves hyphenated words', () => {
		expect(text('The headline says the opposite - North Korea is giving up.')).toBe(
			'The headline says the opposite — North Korea is giving up.'
		);
		expect(text('short-range missiles -- not long-range')).toBe(
			'short-range missiles — not long-range'
		);
		expect(text('¶28–¶29 and 2020-2021')).toBe('¶28–¶29 and 2020-2021');
	});

	it('follows the quote marks across formatting, and leaves code alone', () => {
		expect(smart('a *"word"* and `"code"`')).toEqual([
			{ text: 'a ' },
			{ text: '“word”', em: true },
			{ text: ' and ' },
			{ text: '"code"', code: true }
		]);
	});

	it('keeps text that is already typographic', () => {
		expect(text('“Curly” — and ’90s')).toBe('“Curly” — and ’90s');
	});
});
