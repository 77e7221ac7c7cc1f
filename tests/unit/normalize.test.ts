// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldCase, normalizeAnswer, normalizeText, normalizeWithMap } from '$lib/text/normalize';
import { parseBlocks } from '$lib/text/paragraph';
import { indexArticle, resolveQuote } from '$lib/checker/evidence';
import {
	CASE_FOLDING_FILE,
	ENTITY_FILE,
	caseFoldingSource,
	entitySource
} from '../../scripts/text-tables';

describe('case folding', () => {
	it('folds by Unicode full case folding, not toLowerCase', () => {
		expect(foldCase('STRASSE')).toBe(foldCase('Straße'));
		expect(foldCase('ẞ')).toBe('ss');
		expect(foldCase('ΟΔΥΣΣΕΥΣ')).toBe(foldCase('οδυσσευς')); // final sigma
		expect(foldCase('ﬁ')).toBe('fi');
		expect(foldCase('\u212A')).toBe('k'); // Kelvin sign
		expect(foldCase('ᏸ')).toBe(foldCase('Ᏸ')); // Cherokee folds to capitals
		expect(foldCase('İ')).toBe('i\u0307');
	});

	it('matches quotes and answers across case, final sigma and decomposed capitals', () => {
		expect(normalizeText('STRASSE')).toBe(normalizeText('Straße'));
		expect(normalizeText('ΠΟΛΙΣ')).toBe(normalizeText('πολις'));
		expect(normalizeText('πόλις')).toBe(normalizeText('ΠΌΛΙΣ'));
		expect(normalizeText('A\u030Angstr\u00F6m')).toBe(normalizeText('ångström'));
		expect(normalizeText('\u212Bngstr\u00D6m')).toBe(normalizeText('ångström'));
		expect(normalizeAnswer('MÜNCHEN.')).toBe(normalizeAnswer('münchen'));
	});

	it('keeps the offset map right when a character folds to two (ß → ss)', () => {
		const text = 'Die Straße, LANG';
		const { text: normal, map } = normalizeWithMap(text);
		expect(normal).toBe('die strasse, lang');
		const at = normal.indexOf('ss');
		// both s's come from the ß, and the e after them from the e
		expect([map[at], map[at + 1], map[at + 2]]).toEqual([8, 8, 9]);
		expect(text[map[at]!]).toBe('ß');
		expect(map[normal.indexOf(',')]).toBe(text.indexOf(','));
		expect(map[normal.length]).toBe(text.length);
	});

	it('resolves an upper-case quote to the right words of the article', () => {
		const [paragraph] = parseBlocks('Sie wohnt in der Großen Straße von München.');
		const index = indexArticle({ slug: 'a', title: 'A', blocks: [paragraph!] });
		const result = resolveQuote(index, 'GROSSEN STRASSE');
		expect(result.ok).toBe(true);
		if (result.ok && paragraph?.kind === 'paragraph') {
			const { start, end } = result.citation;
			expect(paragraph.text.slice(start, end)).toBe('Großen Straße');
		}
	});

	it('the fast path and the full rules agree on ASCII and non-ASCII text', () => {
		for (const text of ['Plain ASCII TEXT', 'STRASSE Straße', 'ΟΔΥΣΣΕΥΣ', '“Curly” ‘QUOTES’']) {
			expect(normalizeText(text)).toBe(normalizeWithMap(text).text);
		}
	});
});

describe('generated text tables', () => {
	it('are what `npm run tables` generates from the Unicode and HTML data packages', () => {
		expect(readFileSync(CASE_FOLDING_FILE, 'utf8')).toBe(caseFoldingSource());
		expect(readFileSync(ENTITY_FILE, 'utf8')).toBe(entitySource());
	});
});
