/**
 * A worksheet's form: the seed that shuffled it, written on the paper as a short code ("Form
 * 1K3F9Q"), so that the printed answer key can be arranged by the same seed and use the
 * worksheet's own question order and letters. Pure.
 */
import { arrange, type Arrangement } from './arrange.ts';
import { drawnQuiz } from './pool.ts';
import type { QuestionView, QuizData } from './types.ts';

/** A seed as a form code: base 36, upper case. */
export const formCode = (seed: number): string => (seed >>> 0).toString(36).toUpperCase();

/**
 * The seed of a form code as someone typed it (case, spaces and a leading "Form " ignored, as the
 * worksheet prints it); null when it is none.
 */
export function formSeed(code: string): number | null {
	const cleaned = code
		.trim()
		.replace(/^form\s+/i, '')
		.replace(/\s+/g, '')
		.toLowerCase();
	if (!/^[0-9a-z]{1,7}$/.test(cleaned)) return null;
	const seed = parseInt(cleaned, 36);
	return seed < 2 ** 32 ? seed : null;
}

/** The quiz as the worksheet of form `seed` prints it: its questions in order, and their options. */
export interface FormArrangement {
	questions: QuestionView[];
	options: Arrangement['options'];
}

/**
 * What the quiz page of `seed` shows: the questions it draws, in its order, each with its options
 * in its order. As on the page, a practice quiz's keys keep order items from starting in the right
 * order; a test's page has no keys, so neither has its arrangement.
 */
export function formArrangement(quiz: QuizData, seed: number): FormArrangement {
	const drawn = drawnQuiz(quiz, seed);
	const arrangement = arrange(drawn, seed, quiz.mode === 'practice' ? quiz.keys : null);
	const byId = new Map(drawn.questions.map((view) => [view.id, view]));
	return {
		questions: arrangement.questionOrder.flatMap((id) => byId.get(id) ?? []),
		options: arrangement.options
	};
}
