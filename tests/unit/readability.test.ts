// @vitest-environment node
/**
 * The article's readability for the teacher view: the new Dale–Chall formula on a worked example,
 * which words count as familiar, the counts the packages are given, and the glossary candidates.
 */
import { describe, expect, it } from 'vitest';
import { daleChall } from 'dale-chall';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { parseArticle } from '$lib/checker/article';
import { articleReadability, isFamiliar, wordsOf } from '$lib/checker/readability';
import { daleChallGrades, daleChallScore } from '$lib/text/readability';

describe('daleChallScore', () => {
	it('adds 3.6365 when more than 5% of the words are difficult', () => {
		// 10 difficult words in 100 (10%), 20 words a sentence:
		// 0.1579 × 10 + 0.0496 × 20 + 3.6365 = 1.579 + 0.992 + 3.6365 = 6.2075
		expect(daleChallScore({ words: 100, sentences: 5, difficultWords: 10 })).toBeCloseTo(
			6.2075,
			10
		);
		expect(daleChallGrades(6.2075)).toBe('grades 7–8');
	});

	it('adds nothing at 5% or fewer', () => {
		// 8 in 200 (4%), 20 words a sentence: 0.1579 × 4 + 0.0496 × 20 = 0.6316 + 0.992 = 1.6236
		expect(daleChallScore({ words: 200, sentences: 10, difficultWords: 8 })).toBeCloseTo(
			1.6236,
			10
		);
		// exactly 5% is not more than 5%: 0.7895 + 0.992
		expect(daleChallScore({ words: 100, sentences: 5, difficultWords: 5 })).toBeCloseTo(1.7815, 10);
		expect(daleChallGrades(1.6236)).toBe('grade 4 and below');
	});

	it('has no score without words or sentences', () => {
		expect(daleChallScore({ words: 0, sentences: 0, difficultWords: 0 })).toBeNaN();
	});
});

describe('familiar words', () => {
	it("are the list's words and their regular forms, numbers, and hyphenated familiar words", () => {
		expect(daleChall).toContain('boat');
		for (const word of [
			'Boat',
			'boats',
			"boat's",
			'carried',
			'waited',
			'waiting',
			'boat-house',
			'1,214'
		])
			expect(isFamiliar(word), word).toBe(true);
		for (const word of ['anemone', 'anemones', 'predators', 'rapprochement', 'sea-anemone'])
			expect(isFamiliar(word), word).toBe(false);
	});

	it('splits words at spaces and punctuation, keeping apostrophes, hyphens and numbers whole', () => {
		expect(wordsOf('“It’s the fish-packing plant,” said Dr. Reyes on 1,214 votes.')).toEqual([
			'It’s',
			'the',
			'fish-packing',
			'plant',
			'said',
			'Dr',
			'Reyes',
			'on',
			'1,214',
			'votes'
		]);
	});
});

describe('articleReadability', () => {
	const text = `---
title: Pools
glossary:
  anemone: a sea animal
---

The anemone waits in the pool. Predators wait too.

## Later

Predators come back. An anemone and its anemones hide from predators and gulls.
`;
	const article = parseArticle(text, 'pools', 'pools/article.md').article!;

	it('counts words, sentences and syllables of the paragraphs, and gives them to the packages', () => {
		const reading = articleReadability(article);
		const words = wordsOf(
			'The anemone waits in the pool. Predators wait too. Predators come back. An anemone and its anemones hide from predators and gulls.'
		);
		expect(reading.words).toBe(22);
		expect(reading.words).toBe(words.length);
		expect(reading.sentences).toBe(4);
		const syllables = words.reduce((sum, word) => sum + syllable(word), 0);
		expect(reading.syllables).toBe(syllables);
		expect(reading.fleschKincaid).toBe(
			fleschKincaid({ word: 22, sentence: 4, syllable: syllables })
		);
		// anemone ×2, anemones, Predators ×2, predators, gulls: 7 of 22 difficult
		expect(reading.difficultWords).toBe(7);
		expect(reading.daleChall).toBeCloseTo(0.1579 * (700 / 22) + 0.0496 * (22 / 4) + 3.6365, 10);
		expect(reading.readingMinutes).toBe(1);
	});

	it('lists the unfamiliar words not yet defined, most frequent first, in lowercase unless a name', () => {
		expect(articleReadability(article).candidates).toEqual([
			{ word: 'predators', count: 3 },
			{ word: 'anemones', count: 1 },
			{ word: 'gulls', count: 1 }
		]);
		const named = parseArticle(
			'---\ntitle: T\n---\n\nMayor Okafor met Okafor’s rivals. Rivals met.\n',
			'n',
			'n.md'
		);
		expect(articleReadability(named.article!).candidates).toEqual([
			{ word: 'Okafor', count: 2 },
			{ word: 'rivals', count: 2 }
		]);
	});
});
