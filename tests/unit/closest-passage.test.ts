// @vitest-environment node
/**
 * The "Closest passage" suggested for a quote that is not in the article stays as good as it was:
 * the same passage, ¶ and distance as the suggestions captured before the search was made fast
 * (fixtures/closest-passage/cases.json, written by its capture.ts), and the same as a plain
 * dynamic-programming search (Sellers' algorithm, the one closestPassage used to run) on random text.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '$lib/checker/article';
import { closestPassage, indexArticle, type ArticleIndex } from '$lib/checker/evidence';
import { normalizeText } from '$lib/text/normalize';
import { parseBlocks } from '$lib/text/paragraph';
import fixture from './fixtures/closest-passage/cases.json';

interface Case {
	quote: string;
	paragraph?: number;
	expected: { paragraph: number; text: string; distance: number } | null;
}

function indexOf(name: string, markdown: string): ArticleIndex {
	const { article } = parseArticle(markdown, name, `${name}.md`);
	if (!article) throw new Error(`${name} does not parse`);
	return indexArticle(article);
}

// each test searches for hundreds of quotes, some with a plain dynamic-programming search beside:
// seconds on a busy machine
describe('closest passage to a quote that is not in the article', { timeout: 60_000 }, () => {
	for (const name of ['shipped', 'long'] as const) {
		it(`suggests the passages captured before the search was made fast (${name} article)`, () => {
			const index = indexOf(name, fixture[name].markdown);
			const cases = fixture[name].cases as Case[];
			expect(cases.length).toBeGreaterThan(30);
			const found = cases.map(
				({ quote, paragraph }) =>
					closestPassage(index, normalizeText(quote).trim(), paragraph) ?? null
			);
			expect(found).toEqual(cases.map((c) => c.expected));
		});
	}

	it('finds what a plain dynamic-programming search finds, on random text and quotes', () => {
		let seed = 7;
		const random = () => {
			seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
			return seed / 2 ** 32;
		};
		// a small alphabet makes many near-ties, where the two searches could part ways
		const letters = 'ab c';
		const text = (length: number) =>
			Array.from({ length }, () => letters[Math.floor(random() * letters.length)]).join('');
		/** a piece of `from` with a few edits, or (now and then) random letters */
		const quoteOf = (from: string) => {
			if (random() < 0.2) return text(1 + Math.floor(random() * 90));
			const start = Math.floor(random() * from.length);
			let quote = from.slice(start, start + 1 + Math.floor(random() * 90));
			for (let edits = Math.floor(random() * 6); edits > 0; edits--) {
				const at = Math.floor(random() * (quote.length + 1));
				const edit = random();
				if (edit < 0.4)
					quote = quote.slice(0, at) + text(1 + Math.floor(random() * 3)) + quote.slice(at);
				else if (edit < 0.7) quote = quote.slice(0, at) + quote.slice(at + 1);
				else quote = quote.slice(0, at) + text(1) + quote.slice(at + 1);
			}
			return quote;
		};
		for (let round = 0; round < 200; round++) {
			const paragraphs = Array.from({ length: 1 + Math.floor(random() * 4) }, () =>
				`x${text(1 + Math.floor(random() * 150))}y`.replace(/ +/g, ' ')
			);
			const index = indexArticle({
				slug: 'r',
				title: 'R',
				blocks: parseBlocks(paragraphs.join('\n\n'))
			});
			// needles on both sides of 32 characters (one machine word of the bit-parallel search)
			const needle =
				quoteOf(index.paragraphs[Math.floor(random() * index.paragraphs.length)]!.normal)
					.replace(/ +/g, ' ')
					.trim() || 'a';
			const pinned = random() < 0.2 ? 1 : undefined;
			expect(closestPassage(index, needle, pinned), `round ${round}: ${needle}`).toEqual(
				sellers(index, needle, pinned)
			);
		}
	});
});

/** closestPassage as it was: Sellers' dynamic programming, one column per character of text. */
function sellers(index: ArticleIndex, needle: string, pinned?: number) {
	let best:
		| { entry: ArticleIndex['paragraphs'][number]; start: number; end: number; distance: number }
		| undefined;
	const m = needle.length;
	for (const entry of index.paragraphs) {
		if (pinned !== undefined && entry.paragraph.n !== pinned) continue;
		const text = entry.normal;
		let cost = Array.from({ length: m + 1 }, (_, i) => i);
		let from = new Array<number>(m + 1).fill(0);
		for (let j = 1; j <= text.length; j++) {
			const nextCost = [0];
			const nextFrom = [j];
			for (let i = 1; i <= m; i++) {
				const substitute = cost[i - 1]! + (needle[i - 1] === text[j - 1] ? 0 : 1);
				const skipText = cost[i]! + 1;
				const skipNeedle = nextCost[i - 1]! + 1;
				if (substitute <= skipText && substitute <= skipNeedle) {
					nextCost[i] = substitute;
					nextFrom[i] = from[i - 1]!;
				} else if (skipText <= skipNeedle) {
					nextCost[i] = skipText;
					nextFrom[i] = from[i]!;
				} else {
					nextCost[i] = skipNeedle;
					nextFrom[i] = nextFrom[i - 1]!;
				}
			}
			cost = nextCost;
			from = nextFrom;
			if (!best || cost[m]! < best.distance)
				best = { entry, start: from[m]!, end: j, distance: cost[m]! };
		}
	}
	if (!best) return undefined;
	const { map, paragraph } = best.entry;
	// no map: each normalised character is at its own offset
	const offset = (k: number) => (map ? map[k]! : k);
	const length = Math.max(1, best.end - best.start);
	let start = offset(best.start);
	let next = best.start + length;
	while (map && next < map.length - 1 && map[next] === map[best.start + length - 1]) next++;
	let end = offset(next);
	while (end > start && /\s/u.test(paragraph.text[end - 1]!)) end--;
	while (start > 0 && /[\p{L}\p{N}]/u.test(paragraph.text[start - 1]!)) start--;
	while (end < paragraph.text.length && /[\p{L}\p{N}]/u.test(paragraph.text[end]!)) end++;
	return {
		paragraph: paragraph.n,
		text: paragraph.text.slice(start, end),
		distance: best.distance
	};
}
