// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseArticle } from '$lib/checker/article';
import { normalizeAnswer, normalizeText, normalizeWithMap } from '$lib/text/normalize';
import type { Article } from '$lib/text/article';
import { parseBlocks } from '$lib/text/paragraph';
import { indexArticle, resolveQuote } from '$lib/checker/evidence';
import { fixtureFile } from '../fixtures/content';

const article: Article = {
	slug: 'test',
	title: 'Test',
	blocks: parseBlocks(
		[
			'For China’s part, President Xi Jinping could use North Korea as a “bargaining chip” in negotiations with the United States.',
			'',
			'China and the United States held two-day ministerial talks from March 18 in Alaska — the first in-person contact.',
			'',
			'## A heading',
			'',
			'“For China, North Korea may become a bargaining chip to move forward negotiations with the United States. Beijing and Pyongyang are expected to promote win-win cooperation,” the source said.'
		].join('\n')
	)
};
const index = indexArticle(article);

describe('normalisation', () => {
	it('folds curly quotes, dashes, white space and case', () => {
		expect(normalizeText('“Bargaining  Chip” — it’s\nhere')).toBe('"bargaining chip" - it\'s here');
	});

	it('maps each normalised character back to its offset in the original', () => {
		const { text, map } = normalizeWithMap('A  “b”');
		expect(text).toBe('a "b"');
		expect(map).toEqual([0, 1, 3, 4, 5, 6]);
	});

	it('trims end punctuation from typed answers', () => {
		expect(normalizeAnswer('  Beijing. ')).toBe('beijing');
	});
});

describe('resolveQuote', () => {
	it('matches a straight-quoted quote against curly quotes and returns the article’s own words', () => {
		const result = resolveQuote(index, 'use North Korea as a "bargaining chip"');
		const paragraph = article.blocks[0]!;
		const text = paragraph.kind === 'paragraph' ? paragraph.text : '';
		const start = text.indexOf('use North Korea');
		expect(start).toBeGreaterThan(0);
		expect(result).toEqual({
			ok: true,
			citation: {
				quote: 'use North Korea as a “bargaining chip”',
				paragraph: 1,
				start,
				end: start + 'use North Korea as a “bargaining chip”'.length
			}
		});
	});

	it('matches a hyphen typed for an em dash, and ignores case', () => {
		const result = resolveQuote(index, 'in alaska - the first in-person contact');
		expect(result.ok && result.citation).toMatchObject({
			paragraph: 2,
			quote: 'in Alaska — the first in-person contact'
		});
	});

	it('finds quotes shorter than the lookup table’s grams, and overlapping repeats', () => {
		expect(resolveQuote(index, 'Alaska')).toMatchObject({ ok: true, citation: { paragraph: 2 } });
		const repeated = resolveQuote(index, 'the United States');
		expect(!repeated.ok && repeated.message).toContain('occurs 3 times (¶1, ¶2, ¶3)');
	});

	it('accepts a quote that spans two sentences of one paragraph', () => {
		const result = resolveQuote(index, 'with the United States. Beijing and Pyongyang');
		expect(result.ok && result.citation.paragraph).toBe(3);
	});

	it('reports a quote that is not found with the closest passage and its ¶ number', () => {
		const result = resolveQuote(index, 'held two-day ministeral talks from March 18');
		expect(result).toEqual({
			ok: false,
			at: 'quote',
			message:
				'evidence: quote not found in the article: "held two-day ministeral talks from March 18". Closest passage, ¶2: "held two-day [ministeral → ministerial] talks from March 18"'
		});
	});

	it('asks for a longer quote or a pinned paragraph when a quote occurs more than once', () => {
		const result = resolveQuote(index, 'bargaining chip');
		expect(result.ok).toBe(false);
		expect(!result.ok && result.message).toBe(
			'evidence: the quote "bargaining chip" occurs 2 times (¶1, ¶3); quote more words so it occurs once or pin it: { quote: "…", paragraph: N }'
		);
	});

	it('resolves a repeated quote pinned to a paragraph', () => {
		const result = resolveQuote(index, { quote: 'bargaining chip', paragraph: 3 });
		expect(result.ok && result.citation).toMatchObject({ paragraph: 3, quote: 'bargaining chip' });
	});

	it('says where a pinned quote really is, and rejects a ¶ number the article does not have', () => {
		const elsewhere = resolveQuote(index, { quote: 'in Alaska', paragraph: 1 });
		expect(!elsewhere.ok && elsewhere.message).toBe(
			'evidence: the quote is not in ¶1; it is in ¶2'
		);
		const missing = resolveQuote(index, { quote: 'in Alaska', paragraph: 9 });
		expect(!missing.ok && missing.message).toBe(
			'paragraph: the article has no ¶9; it has ¶1 to ¶3'
		);
		// where the problem is comes as data: the ¶ number, not the quote
		expect(!missing.ok && missing.at).toBe('paragraph');
		expect(!elsewhere.ok && elsewhere.at).toBe('quote');
	});

	it('rejects a quote that runs across two paragraphs', () => {
		const result = resolveQuote(index, 'with the United States. China and the United States held');
		expect(!result.ok && result.message).toBe(
			'evidence: a quote may not span paragraphs; this one runs from ¶1 into ¶2: split it into one quote per paragraph'
		);
	});
});

describe('a quote too long to be in the article', () => {
	it('says it is longer than any paragraph, at once', { timeout: 30_000 }, () => {
		const started = performance.now();
		const result = resolveQuote(index, 'x '.repeat(50_000));
		expect(!result.ok && result.message).toMatch(
			/is longer than any paragraph \(99,999 characters; the longest paragraph has [\d,]+\): quote words from one paragraph$/
		);
		// the close-passage search would take a minute on this quote (it is not run); the bound leaves
		// room for a busy machine
		expect(performance.now() - started).toBeLessThan(10_000);
	});
});

describe('normalizeText fast paths agree with the full rules', () => {
	it('gives the same result as normalizeWithMap for typographic, accented and compatibility text', () => {
		for (const text of [
			'Plain ASCII,\ttabs\n and  spaces ',
			'“Curly” ‘quotes’ – en — em ‑ hyphen',
			'Cafe\u0301 vs café, ﬁne, ＡＢＣ, ″double prime″',
			'A\u0301 capital with a mark; ’\u0301'
		]) {
			expect(normalizeText(text)).toBe(normalizeWithMap(text).text);
		}
		expect(normalizeText('Cafe\u0301')).toBe(normalizeText('café'));
	});
});

describe('looking quotes up', () => {
	it('finds every quote where a plain scan of the article finds it, wherever it starts and ends', () => {
		const markdown = readFileSync(fixtureFile('article.md'), 'utf8');
		const fixture = indexArticle(parseArticle(markdown, 'kb', 'article.md').article!);
		let seed = 3;
		const random = (below: number) => {
			seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
			return Math.floor((seed / 2 ** 32) * below);
		};
		for (let i = 0; i < 400; i++) {
			const paragraph = fixture.paragraphs[random(fixture.paragraphs.length)]!;
			// starting anywhere: mid-word, at a space, one word or many
			const start = random(paragraph.normal.length);
			const needle = paragraph.normal.slice(start, start + 1 + random(60)).trim();
			if (!needle) continue;
			let count = 0;
			for (
				let at = fixture.joined.indexOf(needle);
				at >= 0;
				at = fixture.joined.indexOf(needle, at + 1)
			)
				count++;
			const result = resolveQuote(fixture, needle);
			if (count === 1) expect(result.ok, needle).toBe(true);
			else expect(!result.ok && result.message, needle).toContain(`occurs ${count} times`);
		}
	});
});
