/**
 * An article's readability for the teacher view, at build time: word, sentence and syllable counts
 * (syllables by the `syllable` package; sentences by the article's own split, the ones students
 * select), the Flesch–Kincaid grade (`flesch-kincaid`), the new Dale–Chall score from the
 * `dale-chall` list of familiar words, and the unfamiliar words a glossary might define.
 */
import { daleChall } from 'dale-chall';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { estimatedMinutes } from '../quiz/estimated-time.ts';
import type { Article } from '../text/article.ts';
import { normalizeText } from '../text/normalize.ts';
import {
	daleChallScore,
	type ArticleReadability,
	type GlossaryCandidate
} from '../text/readability.ts';

/** A word: letters joined by apostrophes, hyphens or dots ("it's", "fish-packing", "U.S"), or a number. */
const WORD = /\p{N}+(?:[.,]\p{N}+)*|\p{L}+(?:['’.-]\p{L}+)*/gu;
const NUMBER = /^\p{N}/u;

let familiar: Set<string> | undefined;

/** The words of a text, as readability counts them. */
export function wordsOf(text: string): string[] {
	return text.match(WORD) ?? [];
}

/**
 * Whether a word is familiar: on the Dale–Chall list, or a regular form of a word on it (a plural,
 * a possessive, a past or -ing form: the formula's own rule), or a number; a hyphenated word when
 * each of its parts is.
 */
export function isFamiliar(word: string): boolean {
	if (NUMBER.test(word)) return true;
	familiar ??= new Set(daleChall);
	const list = familiar;
	const lower = word.toLowerCase().replace(/’/g, "'");
	if (lower.includes('-')) return lower.split('-').every(isFamiliar);
	const bare = lower.replace(/'s?$/, '');
	const forms = [
		bare,
		bare.replace(/s$/, ''),
		bare.replace(/es$/, ''),
		bare.replace(/ies$/, 'y'),
		bare.replace(/ied$/, 'y'),
		bare.replace(/e?d$/, ''),
		bare.replace(/ing$/, ''),
		bare.replace(/ing$/, 'e')
	];
	return forms.some((form) => form.length > 0 && list.has(form));
}

/**
 * The unfamiliar words (possessives as their word), most frequent first, then in alphabetical
 * order, leaving out the terms `defined` already.
 */
function candidatesOf(words: readonly string[], defined: readonly string[]): GlossaryCandidate[] {
	const skip = new Set(defined.map((term) => normalizeText(term).trim()));
	const counts = new Map<string, { count: number; spellings: Map<string, number> }>();
	for (const written of words) {
		if (isFamiliar(written)) continue;
		// "Okafor’s" is "Okafor" for a glossary
		const word = written.replace(/['’]s$/u, '');
		const key = normalizeText(word);
		if (skip.has(key)) continue;
		const entry = counts.get(key) ?? { count: 0, spellings: new Map<string, number>() };
		entry.count++;
		entry.spellings.set(word, (entry.spellings.get(word) ?? 0) + 1);
		counts.set(key, entry);
	}
	return [...counts]
		.map(([key, { count, spellings }]) => {
			// a name is written with its capital everywhere; a word as it mostly is in lowercase
			const lower = [...spellings.keys()].find((spelling) => spelling === key);
			return { word: lower ?? [...spellings].sort((a, b) => b[1] - a[1])[0]![0], count };
		})
		.sort((a, b) => b.count - a.count || a.word.localeCompare(b.word, 'en'));
}

/** The article's readability and glossary candidates (see ArticleReadability). */
export function articleReadability(article: Article): ArticleReadability {
	const paragraphs = article.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block] : []));
	const words = paragraphs.flatMap((paragraph) => wordsOf(paragraph.text));
	const sentences = paragraphs.reduce((sum, paragraph) => sum + paragraph.sentences.length, 0);
	const syllables = words.reduce((sum, word) => sum + syllable(word), 0);
	const difficultWords = words.filter((word) => !isFamiliar(word)).length;
	const counts = { words: words.length, sentences, difficultWords };
	return {
		...counts,
		syllables,
		fleschKincaid: fleschKincaid({ word: words.length, sentence: sentences, syllable: syllables }),
		daleChall: daleChallScore(counts),
		readingMinutes: estimatedMinutes(words.length, []).reading,
		candidates: candidatesOf(
			words,
			(article.glossary ?? []).map((entry) => entry.term)
		)
	};
}
