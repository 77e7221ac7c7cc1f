// @vitest-environment node
/**
 * The evidence picker's logic: the line it offers for words selected in a paragraph always passes
 * the checker (pasted into a quiz, checked by the real pipeline), is pinned to the paragraph exactly
 * when the words occur more than once, and is withheld when even pinning cannot make them unique.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parseArticle } from '$lib/checker/article';
import { checkContent } from '$lib/server/content';
import { formatDiagnostic } from '$lib/checker/diagnostics';
import {
	countOccurrences,
	offerEvidence,
	quoteNeedle,
	snapToWords,
	yamlQuote
} from '$lib/text/evidence-line';
import { normalizeWithMap } from '$lib/text/normalize';
import type { Paragraph } from '$lib/text/paragraph';
import { fixtureFile } from '../fixtures/content';
import { questionsFolder, removeFolders } from './content-fixtures';

afterEach(removeFolders);

const FIXTURE = readFileSync(fixtureFile('article.md'), 'utf8');

function paragraphsOf(text: string): Paragraph[] {
	const article = parseArticle(text, 'a', 'a/article.md').article!;
	return article.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block] : []));
}

/** A seeded generator, so the ranges tried are the same every run. */
function random(seed: number) {
	let state = seed;
	return () => {
		state = (state * 1103515245 + 12345) & 0x7fffffff;
		return state / 0x7fffffff;
	};
}

/** Problems of a quiz with one true/false question per evidence value, against `article`. */
function check(article: string, evidence: string[]): string[] {
	const questions = evidence
		.map(
			(value, i) =>
				`  - id: q${i}\n    type: true-false\n    prompt: P\n    explanation: E\n    answer: true\n    ${value}\n`
		)
		.join('');
	const dir = questionsFolder({
		'a/article.md': article,
		'a/q.yaml': `title: T\nquestions:\n${questions}`
	});
	return checkContent(dir, { build: false }).diagnostics.map(formatDiagnostic);
}

describe('offerEvidence', () => {
	const paragraphs = paragraphsOf(FIXTURE);

	it('offers a plain line for words that occur once, widened to whole words', () => {
		const p1 = paragraphs[0]!;
		const at = p1.text.indexOf('reconnect its people');
		expect(offerEvidence(paragraphs, 1, at + 2, at + 'reconnect its peo'.length)).toEqual({
			ok: true,
			quote: 'reconnect its people',
			paragraph: null,
			line: 'evidence: "reconnect its people"',
			item: '- "reconnect its people"'
		});
	});

	it('pins words that occur in several paragraphs to the one they were selected in', () => {
		const p9 = paragraphs.find((p) => p.text.includes('the hospital') && p.n > 3)!;
		const at = p9.text.indexOf('the hospital');
		const offer = offerEvidence(paragraphs, p9.n, at, at + 'the hospital'.length);
		expect(offer).toMatchObject({
			ok: true,
			paragraph: p9.n,
			line: `evidence: { quote: "the hospital", paragraph: ${p9.n} }`
		});
	});

	it('withholds words that occur twice in their own paragraph: even pinned, the check rejects them', () => {
		const p = paragraphs.find((p) => countOccurrences(normalizeWithMap(p.text).text, ' the ') > 1)!;
		const at = p.text.indexOf(' the ') + 1;
		expect(offerEvidence(paragraphs, p.n, at, at + 3)).toEqual({
			ok: false,
			reason: 'repeated-in-paragraph',
			quote: 'the',
			paragraph: p.n
		});
		expect(check(FIXTURE, [`evidence: { quote: "the", paragraph: ${p.n} }`])[0]).toMatch(
			/the quote "the" occurs \d+ times/
		);
	});

	it('offers nothing for a selection of white space', () => {
		const p = paragraphs[0]!;
		const gap = p.text.indexOf(' ');
		expect(offerEvidence(paragraphs, 1, gap, gap + 1)).toMatchObject({
			ok: false,
			reason: 'empty'
		});
	});

	// checks some 600 offered lines through the whole pipeline: seconds on a busy machine
	it(
		'every line it offers, for every sentence and for 300 random selections, checks clean',
		{
			timeout: 60_000
		},
		() => {
			const lincoln = readFileSync(
				'tests/e2e/fixtures/dev/lincoln-second-inaugural/article.md',
				'utf8'
			);
			for (const [article, seed] of [
				[FIXTURE, 1],
				[lincoln, 2]
			] as const) {
				const ps = paragraphsOf(article);
				const next = random(seed);
				const offers = ps.flatMap((p) =>
					p.sentences.map((s) => offerEvidence(ps, p.n, s.start, s.end))
				);
				for (let i = 0; i < 300; i++) {
					const p = ps[Math.floor(next() * ps.length)]!;
					const start = Math.floor(next() * p.text.length);
					// half short (a word or two: often repeated), half longer
					const length = next() < 0.5 ? 3 + Math.floor(next() * 10) : 1 + Math.floor(next() * 60);
					const end = Math.min(p.text.length, start + length);
					offers.push(offerEvidence(ps, p.n, start, end));
				}
				const lines = offers.flatMap((offer) => (offer.ok ? [offer.line] : []));
				const pinned = offers.filter((offer) => offer.ok && offer.paragraph !== null);
				expect(lines.length).toBeGreaterThan(250);
				expect(pinned.length).toBeGreaterThan(5);
				expect(check(article, lines)).toEqual([]);
				// and as list items
				expect(
					check(
						article,
						offers.flatMap((offer) => (offer.ok ? [`evidence:\n      ${offer.item}`] : []))
					)
				).toEqual([]);
				// a pinned quote really does occur more than once: the plain line would not have passed
				for (const offer of pinned.slice(0, 5)) {
					if (!offer.ok) continue;
					expect(check(article, [`evidence: ${yamlQuote(offer.quote)}`])[0]).toMatch(
						/occurs \d+ times/
					);
				}
			}
		}
	);
});

describe('the picker’s helpers', () => {
	it('quotes for YAML: double quotes, or single quotes when the text has double quotes', () => {
		expect(yamlQuote('plain words: with a colon')).toBe('"plain words: with a colon"');
		expect(yamlQuote('a "rehearsal for war"')).toBe('\'a "rehearsal for war"\'');
		expect(yamlQuote('it\'s a "test"')).toBe("'it''s a \"test\"'");
	});

	it('widens a selection to whole words and trims white space', () => {
		const text = 'North Korea’s latest test-firing';
		expect(snapToWords(text, 2, 9)).toEqual({ start: 0, end: 11 });
		expect(snapToWords(text, 5, 14)).toEqual({ start: 6, end: 13 });
		expect(snapToWords(text, 14, 5)).toEqual({ start: 6, end: 13 });
	});

	it('counts as the checker does: normalised, overlapping', () => {
		expect(quoteNeedle('  Nation’s  ECONOMY ')).toBe("nation's economy");
		expect(countOccurrences('aaa', 'aa')).toBe(2);
		expect(countOccurrences('abc', '')).toBe(0);
	});
});
