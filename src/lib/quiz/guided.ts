/**
 * Guided reading's places: which questions the guided layout shows after each paragraph, in the
 * order the attempt has them, which it shows after the article (those with no paragraph), and the
 * parts the article is cut into around them (the order the cards are drawn in: reading-order.ts).
 * Pure: the quiz page asks it once per quiz (not once per paragraph); the places come from the
 * build (QuizLayout). A quiz page loads it with its guided parts (components/quiz/parts.ts).
 */
import type { Block } from '../text/paragraph.ts';
import type { QuizLayout } from './types.ts';

/** A question and its place (from 0) in the attempt's order, so its number. */
export interface Placed<Q> {
	question: Q;
	index: number;
}

/** The questions shown right after each ¶ number, in the attempt's order. */
export function questionsByParagraph<Q extends { id: string }>(
	questions: readonly Q[],
	layout: QuizLayout
): Map<number, Placed<Q>[]> {
	const byParagraph = new Map<number, Placed<Q>[]>();
	questions.forEach((question, index) => {
		const paragraph = layout.after[question.id];
		if (paragraph === undefined) return;
		const placed = byParagraph.get(paragraph);
		if (placed) placed.push({ question, index });
		else byParagraph.set(paragraph, [{ question, index }]);
	});
	return byParagraph;
}

/** The questions with no paragraph to follow: the guided layout shows them after the article. */
export function questionsAtEnd<Q extends { id: string }>(
	questions: readonly Q[],
	layout: QuizLayout
): Q[] {
	return questions.filter((question) => layout.after[question.id] === undefined);
}

/** A run of an article's blocks, `from` to `to` (not included), and the ¶ whose questions follow it. */
export interface ArticlePiece {
	from: number;
	/** null: to the article's end, with what follows its blocks (its credit and glossary) */
	to: number | null;
	/** the ¶ number the piece ends with, when questions follow it; null for the article's end */
	after: number | null;
	/** the ¶ numbers of its first and last paragraphs (none: null) */
	paragraphs: { first: number; last: number } | null;
}

/**
 * The article cut after each paragraph that a question of the quiz (any of a pool's) follows, so
 * that each piece can stay the page's static HTML while the questions between them are the page's
 * own. The last piece runs to the article's end (it may have no blocks, after a last paragraph
 * with questions, but it has the article's credit and glossary).
 */
export function articlePieces(blocks: readonly Block[], layout: QuizLayout): ArticlePiece[] {
	const followed = new Set(Object.values(layout.after));
	const pieces: ArticlePiece[] = [];
	let from = 0;
	let paragraphs: ArticlePiece['paragraphs'] = null;
	blocks.forEach((block, i) => {
		if (block.kind !== 'paragraph') return;
		paragraphs = { first: paragraphs?.first ?? block.n, last: block.n };
		if (followed.has(block.n)) {
			pieces.push({ from, to: i + 1, after: block.n, paragraphs });
			from = i + 1;
			paragraphs = null;
		}
	});
	pieces.push({ from, to: null, after: null, paragraphs });
	return pieces;
}
