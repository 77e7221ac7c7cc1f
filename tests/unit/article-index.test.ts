// @vitest-environment node
/**
 * The article index's quote lookups: every occurrence of a normalised quote, found among the places
 * its second word can start, is every occurrence a search of the whole text finds; and a paragraph
 * whose normalised text needs no map still gives citations in the article's own words.
 */
import { describe, expect, it } from 'vitest';
import { indexArticle, occurrencesInArticle, toCitation } from '$lib/checker/article-index';
import { parseBlocks } from '$lib/text/paragraph';

/** A seeded generator (mulberry32), so that a failure can be replayed. */
function seeded(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Every offset where `needle` starts, by a search of the whole text. */
function everyOffset(text: string, needle: string): number[] {
	const found: number[] = [];
	for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) found.push(at);
	return found;
}

describe('occurrencesInArticle', () => {
	it('finds what a search of the whole text finds: repeats, overlaps, quotes from mid-word', () => {
		const random = seeded(25);
		// few and short words, so that quotes repeat and overlap ("ab ab ab" in "ab ab ab ab")
		const words = ['ab', 'ab', 'abab', 'a', 'cab', 'bca', 'abcabcab', 'b', 'c.', 'ca,'];
		const word = () => words[Math.floor(random() * words.length)]!;
		for (let round = 0; round < 60; round++) {
			const paragraphs = Array.from({ length: 1 + Math.floor(random() * 5) }, () =>
				Array.from({ length: 1 + Math.floor(random() * 60) }, word).join(' ')
			);
			const index = indexArticle({
				slug: 'r',
				title: 'R',
				blocks: parseBlocks(paragraphs.join('\n\n'))
			});
			for (let quote = 0; quote < 40; quote++) {
				const from = Math.floor(random() * index.joined.length);
				const needle = index.joined.slice(from, from + 1 + Math.floor(random() * 30));
				expect(occurrencesInArticle(index, needle), `round ${round}: "${needle}"`).toEqual(
					everyOffset(index.joined, needle)
				);
			}
			expect(occurrencesInArticle(index, 'ab ab ab ab ab ab ab ab ab ab ab ab ab')).toEqual(
				everyOffset(index.joined, 'ab ab ab ab ab ab ab ab ab ab ab ab ab')
			);
			expect(occurrencesInArticle(index, 'abab xyz abab abab')).toEqual([]);
		}
	});

	it('cites the article’s own words, with and without a map back to them', () => {
		const index = indexArticle({
			slug: 'r',
			title: 'R',
			blocks: parseBlocks('The “Bargaining Chip” of talks.\n\nThe  bargaining  chip, ﬁnally.')
		});
		const [plain, mapped] = index.paragraphs;
		expect(plain!.map).toBeUndefined();
		expect(mapped!.map).toBeDefined();
		const cite = (needle: string) =>
			occurrencesInArticle(index, needle).map((at) => {
				const i = index.starts.findLastIndex((start) => start <= at);
				return toCitation(index.paragraphs[i]!, at - index.starts[i]!, needle.length).quote;
			});
		expect(cite('"bargaining chip" of')).toEqual(['“Bargaining Chip” of']);
		expect(cite('bargaining chip, fi')).toEqual(['bargaining  chip, ﬁ']);
	});
});
