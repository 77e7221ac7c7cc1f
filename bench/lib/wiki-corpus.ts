/**
 * A Wikipedia-shaped library for the content checker's bench (#25): what teachers paste from
 * encyclopaedia articles, unlike the synthetic long reads of generate.ts. Many paragraphs of one to
 * twelve sentences, with the punctuation of reference prose (footnote markers after a sentence,
 * parentheses, numbers with separators and units, abbreviations with full stops, quotations), and
 * few large quiz files: one per article, of short-answer questions that each quote the whole sentence
 * holding the answer. Seeded, so every run writes the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	articleMarkdown,
	between,
	pick,
	seeded,
	vocabularyWords,
	type Random
} from './generate.ts';

export interface WikiShape {
	articles: number;
	/** paragraphs per article, at least and at most */
	paragraphs: [number, number];
	/** questions per quiz, at most (an article with fewer sentences gets one per sentence) */
	questions: number;
	seed: number;
}

/** About 2,000 paragraphs in 48 articles, one quiz of about 220 questions each. */
export const WIKI: WikiShape = { articles: 48, paragraphs: [30, 54], questions: 220, seed: 48 };

const ABBREVIATIONS = ['U.S.', 'Dr.', 'St.', 'e.g.', 'c.', 'approx.', 'No.', 'Mt.', 'Jr.', 'i.e.'];
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];

/** A number as reference prose writes it: a year, a count with separators, a share, money, a measure. */
function number(random: Random): string {
	switch (between(random, 0, 5)) {
		case 0:
			return String(between(random, 1800, 2024));
		case 1:
			return `${between(random, 1, 999)},${String(between(random, 0, 999)).padStart(3, '0')}`;
		case 2:
			return `${between(random, 1, 99)}.${between(random, 0, 9)}%`;
		case 3:
			return `$${between(random, 1, 9)}.${between(random, 1, 9)} billion`;
		case 4:
			return `${between(random, 2, 9_000)} km²`;
		default:
			return `${between(random, 1, 28)} ${pick(random, MONTHS)} ${between(random, 1900, 2020)}`;
	}
}

/** What may sit inside a sentence besides words. */
function aside(random: Random, words: readonly string[]): string {
	switch (between(random, 0, 4)) {
		case 0:
			return `(born ${number(random)})`;
		case 1:
			return `(${pick(random, words)} ${pick(random, words)}, ${number(random)})`;
		case 2:
			return pick(random, ABBREVIATIONS);
		case 3:
			return `“${pick(random, words)} ${pick(random, words)} ${pick(random, words)}”`;
		default:
			return number(random);
	}
}

/** One sentence of 8–40 words, about a third of them with something of reference prose in them. */
function sentence(random: Random, words: readonly string[]): { text: string; answer: string } {
	const count = between(random, 8, 40);
	const parts: string[] = [];
	for (let i = 0; i < count; i++) {
		let word = pick(random, words);
		if (i === 0) word = word[0]!.toUpperCase() + word.slice(1);
		if (i > 1 && i < count - 1 && random() < 0.05) parts.push(aside(random, words));
		if (i > 2 && i < count - 2 && random() < 0.06) word += pick(random, [',', ';', ':', ' –']);
		parts.push(word);
	}
	const answer = parts.find((part, i) => i > 0 && /^[a-z]{5,}$/.test(part)) ?? parts[1]!;
	return { text: `${parts.join(' ')}.`, answer };
}

/** An article: its Markdown and every sentence with a word of it to ask for, in order. */
function article(random: Random, n: number, shape: WikiShape) {
	const words = vocabularyWords();
	const sentences: { text: string; answer: string }[] = [];
	const paragraphs: string[] = [];
	const count = between(random, shape.paragraphs[0], shape.paragraphs[1]);
	for (let p = 0; p < count; p++) {
		const own = Array.from({ length: between(random, 1, 12) }, () => sentence(random, words));
		sentences.push(...own);
		// a footnote marker after a third of the sentences, as copied from an encyclopaedia
		paragraphs.push(
			own.map((s) => (random() < 0.33 ? `${s.text}[${between(random, 1, 120)}]` : s.text)).join(' ')
		);
	}
	return { markdown: articleMarkdown(`Encyclopaedia article ${n}`, paragraphs), sentences };
}

/** Writes the library under `dir`: `wiki-N/article.md` and `wiki-N/questions.yaml`; returns its question count. */
export function writeWikiLibrary(dir: string, shape: WikiShape = WIKI): number {
	const random = seeded(shape.seed);
	let questions = 0;
	for (let a = 1; a <= shape.articles; a++) {
		const folder = join(dir, `wiki-${a}`);
		mkdirSync(folder, { recursive: true });
		const { markdown, sentences } = article(random, a, shape);
		writeFileSync(join(folder, 'article.md'), markdown);
		// spread over the article, so that quotes come from its whole length
		const step = Math.max(1, sentences.length / shape.questions);
		let yaml = `title: "Questions on article ${a}"\nquestions:\n`;
		for (let q = 0; q < Math.min(shape.questions, sentences.length); q++) {
			const { text, answer } = sentences[Math.floor(q * step)]!;
			yaml +=
				`  - id: q${q + 1}\n    type: short-answer\n` +
				`    prompt: Which word does the article use here?\n` +
				`    explanation: The article says so in this sentence.\n` +
				`    evidence: ${JSON.stringify(text)}\n    answers: [${JSON.stringify(answer)}]\n`;
			questions++;
		}
		writeFileSync(join(folder, 'questions.yaml'), yaml);
	}
	return questions;
}
