/**
 * Generated content for the benchmark (and the closest-passage test's article): seeded, so every
 * run writes the same files. Articles are made of random sentences over the shipped article's
 * vocabulary, so each sentence occurs once and makes a real evidence quote; quizzes have every
 * question type, each citing whole sentences of its article.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../../src/lib/quiz/kit/shuffle.ts';

/** A seeded generator (the app's shuffles' mulberry32): the same numbers on every machine. */
export const seeded: (seed: number) => () => number = mulberry32;

export type Random = () => number;

export const between = (random: Random, low: number, high: number) =>
	low + Math.floor(random() * (high - low + 1));
export const pick = <T>(random: Random, list: readonly T[]): T =>
	list[Math.floor(random() * list.length)]!;

export const SHIPPED_ARTICLE = 'questions/north-korea-china/article.md';

let vocabulary: string[] | undefined;
/** The shipped article's words (lowercase, letters only, deduplicated). */
export function vocabularyWords(): string[] {
	if (!vocabulary) {
		const body = readFileSync(SHIPPED_ARTICLE, 'utf8').split(/^---$/m)[2] ?? '';
		vocabulary = [...new Set(body.toLowerCase().match(/[a-z]{2,}/g) ?? [])].sort();
	}
	return vocabulary;
}

export interface ArticleShape {
	paragraphs: number;
	/** sentences per paragraph, at least and at most */
	sentences: [number, number];
	/** words per sentence, at least and at most */
	words: [number, number];
}

/** The shipped article's size: about 30 paragraphs of two or three sentences. */
export const SHIPPED_SIZE: ArticleShape = { paragraphs: 30, sentences: [1, 3], words: [18, 32] };
/** A long read: 30 paragraphs of about ten long sentences (some 50 kB). */
export const LONG_READ: ArticleShape = { paragraphs: 30, sentences: [8, 12], words: [18, 32] };

export interface GeneratedArticle {
	/** article.md, front matter included */
	markdown: string;
	/** every sentence, in order: each occurs once in the article */
	sentences: string[];
}

function sentence(random: Random, shape: ArticleShape): string {
	const vocabulary = vocabularyWords();
	const count = between(random, shape.words[0], shape.words[1]);
	const parts: string[] = [];
	for (let i = 0; i < count; i++) {
		let word = pick(random, vocabulary);
		if (i === 0) word = word[0]!.toUpperCase() + word.slice(1);
		if (i > 2 && i < count - 2 && random() < 0.08) word += ',';
		parts.push(word);
	}
	return `${parts.join(' ')}.`;
}

export function generateArticle(
	random: Random,
	title: string,
	shape: ArticleShape
): GeneratedArticle {
	const sentences: string[] = [];
	const paragraphs: string[] = [];
	for (let p = 0; p < shape.paragraphs; p++) {
		const count = between(random, shape.sentences[0], shape.sentences[1]);
		const own: string[] = [];
		for (let s = 0; s < count; s++) own.push(sentence(random, shape));
		sentences.push(...own);
		paragraphs.push(own.join(' '));
	}
	return { markdown: articleMarkdown(title, paragraphs), sentences };
}

/** An article.md of the bench's: its front matter, then the paragraphs. */
export function articleMarkdown(title: string, paragraphs: readonly string[]): string {
	return [
		'---',
		`title: ${JSON.stringify(title)}`,
		'source: Close Reader benchmark',
		'published: 2021-03-27',
		'---',
		'',
		paragraphs.join('\n\n'),
		''
	].join('\n');
}

const yamlString = (text: string) => JSON.stringify(text);

/** Question `n` of a quiz, of the n-th type in turn (all nine), citing `quote`. */
export function question(n: number, quote: string): string {
	const head = (type: string) =>
		`  - id: q${n}\n    type: ${type}\n    prompt: Question ${n} about *the article*?\n` +
		`    hint: Reread the paragraph it quotes.\n` +
		`    explanation: Because the article says so, in these very words.\n    evidence: ${yamlString(quote)}\n`;
	switch (n % 9) {
		case 0:
			return (
				head('single') +
				'    choices:\n      - { text: Yes, correct: true }\n      - { text: No, feedback: Reread it. }\n      - { text: Maybe }\n'
			);
		case 1:
			return (
				head('multiple') +
				'    choices:\n      - { text: A, correct: true }\n      - { text: B, correct: true }\n      - { text: C }\n'
			);
		case 2:
			return head('true-false') + '    answer: true\n    requireEvidence: true\n';
		case 3:
			return head('true-false-not-given') + '    answer: not-given\n';
		case 4:
			return head('short-answer') + '    answers: [Beijing, "the Chinese capital"]\n';
		case 5:
			return (
				head('fill-blanks') +
				'    text: "Kim looks to [[China|Beijing]] for [[aid]]."\n    wordBank: [Russia, talks]\n'
			);
		case 6:
			return head('order') + '    items: [First event, Second event, Third event, Fourth event]\n';
		case 7:
			return (
				head('match') +
				'    pairs:\n      - { left: Xi, right: China }\n      - { left: Biden, right: United States }\n    distractors: [Japan]\n'
			);
		default:
			return head('highlight');
	}
}

/** A quiz file of `count` questions citing `quotes` in turn from `offset`. */
export function generateQuiz(
	title: string,
	quotes: string[],
	offset: number,
	count: number,
	mode: 'practice' | 'test' = 'practice'
): string {
	let yaml = `title: ${yamlString(title)}\nmode: ${mode}\nquestions:\n`;
	for (let q = 0; q < count; q++) yaml += question(q, quotes[(offset + q) % quotes.length]!);
	return yaml;
}

export interface LibraryShape {
	articles: number;
	quizzesPerArticle: number;
	questionsPerQuiz: number;
	article: ArticleShape;
	seed: number;
}

/** The build and disk sections' library: `quizzes` quizzes of 20 questions, 10 an article the size of the shipped one. */
export const QUIZZES_PER_ARTICLE = 10;
export const quizLibrary = (quizzes: number): LibraryShape => ({
	articles: Math.ceil(quizzes / QUIZZES_PER_ARTICLE),
	quizzesPerArticle: QUIZZES_PER_ARTICLE,
	questionsPerQuiz: 20,
	article: SHIPPED_SIZE,
	seed: quizzes
});

/** Writes `articles` folders under `dir`, each with article.md and its quizzes. */
export function writeLibrary(dir: string, shape: LibraryShape): void {
	const random = seeded(shape.seed);
	for (let a = 0; a < shape.articles; a++) {
		const folder = join(dir, `article-${a + 1}`);
		mkdirSync(folder, { recursive: true });
		const article = generateArticle(random, `Generated article ${a + 1}`, shape.article);
		writeFileSync(join(folder, 'article.md'), article.markdown);
		for (let q = 0; q < shape.quizzesPerArticle; q++) {
			const quiz = generateQuiz(
				`Quiz ${q + 1} on article ${a + 1}`,
				article.sentences,
				q * shape.questionsPerQuiz,
				shape.questionsPerQuiz,
				// half of a library's quizzes are tests (their keys are a file of their own)
				q % 2 === 0 ? 'practice' : 'test'
			);
			writeFileSync(join(folder, `quiz-${q + 1}.yaml`), quiz);
		}
	}
}
