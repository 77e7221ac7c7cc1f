// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { splitSentences } from '$lib/text/sentences';

const sentences = (text: string) =>
	splitSentences(text).map(({ start, end }) => text.slice(start, end));

describe('splitSentences', () => {
	it('keeps the U.N. sentence of the seed article whole', () => {
		const text =
			'In contrast to Trump, Biden swiftly criticized North Korea for violating U.N. Security Council resolutions banning it from using ballistic technology, saying Washington will “respond accordingly” if Pyongyang chooses to heighten tensions further.';
		expect(sentences(text)).toEqual([text]);
	});

	it('does not end a sentence at U.S. President, N. Korea, Mr. Kim, Jan. 5 or a.m.', () => {
		for (const text of [
			'As the new administration of U.S. President Joe Biden has struggled, talks stalled.',
			'FOCUS: N. Korea keen to cozy up to China.',
			'Mr. Kim met officials on Jan. 5 at 10 a.m. Beijing time.',
			'They fought against the U.S.-led United Nations forces.',
			'Prices rose 3.5 percent.'
		]) {
			expect(sentences(text)).toEqual([text]);
		}
	});

	it('splits two sentences inside one quotation, keeping the closing quote with the second', () => {
		const text =
			'A diplomatic source in Beijing said, “Biden, unlike Trump, showed his determination to keep North Korea from firing even short-range ballistic missiles. Kim may have been aware that it would be difficult to proceed with talks on sanctions relief with Biden.”';
		expect(sentences(text)).toEqual([
			'A diplomatic source in Beijing said, “Biden, unlike Trump, showed his determination to keep North Korea from firing even short-range ballistic missiles.',
			'Kim may have been aware that it would be difficult to proceed with talks on sanctions relief with Biden.”'
		]);
	});

	it('gives a closing quote after the full stop to the sentence it ends', () => {
		const text =
			'They have long been described as “blood brothers.” North Korea also relies on China.';
		expect(sentences(text)).toEqual([
			'They have long been described as “blood brothers.”',
			'North Korea also relies on China.'
		]);
	});

	it('splits ordinary sentences and leaves the white space between them out of both', () => {
		const text =
			'In 1949, China and North Korea established diplomatic ties.  They fought together? Yes!';
		const ranges = splitSentences(text);
		expect(ranges.map(({ start, end }) => text.slice(start, end))).toEqual([
			'In 1949, China and North Korea established diplomatic ties.',
			'They fought together?',
			'Yes!'
		]);
		expect(ranges[1]!.start).toBe(ranges[0]!.end + 2);
	});

	it('does not split before a lowercase word ("U.S. administration")', () => {
		const text =
			'Pressure came from the new U.S. administration, as ties have shown few signs of improvement.';
		expect(sentences(text)).toEqual([text]);
	});

	it('returns one sentence for text without a final full stop, and none for empty text', () => {
		expect(sentences('A heading-like line without a stop')).toEqual([
			'A heading-like line without a stop'
		]);
		expect(splitSentences('   ')).toEqual([]);
	});
});
