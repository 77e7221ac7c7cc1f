/**
 * Client-side scoring: how much of each question a student's answer earns, per the rules of the
 * format (docs/writing-questions.md, "Question types"). Each type scores its own response (its
 * rules' `score`); here are the points, two-part questions and the quiz's total. Pure functions over
 * the built view, key and answer; nothing here touches the DOM or storage.
 */
import { isTwoPart, rulesOf } from './questions.ts';
import type { Answer, QuestionKey, QuestionView, QuizData } from './types.ts';

export interface QuestionScore {
	earned: number;
	possible: number;
	verdict: 'correct' | 'partial' | 'incorrect';
	/** two-part questions only: Part A fully right */
	partA?: boolean;
	/** two-part questions only: the evidence selected is exactly right (it earns only when Part A is right) */
	partB?: boolean;
}

/** The same sentence ids, ignoring order and repeats. */
function sameSet(picked: readonly string[], expected: readonly string[]): boolean {
	const want = new Set(expected);
	const got = new Set(picked);
	return want.size === got.size && [...got].every((id) => want.has(id));
}

/**
 * Scores one question out of `view.points`. A two-part question gives Part A and Part B half the
 * points each, and Part B earns its half only when Part A is fully right. No answer, or an answer or
 * key of another type than the question, earns 0.
 */
export function scoreQuestion(
	view: QuestionView,
	key: QuestionKey,
	answer: Answer | undefined
): QuestionScore {
	const possible = view.points;
	const twoPart = isTwoPart(view);
	const fraction =
		answer !== undefined && answer.type === key.type && key.type === view.type
			? rulesOf(key.type).score(key, answer.response)
			: 0;

	if (!twoPart) {
		return { earned: fraction * possible, possible, verdict: verdictOf(fraction) };
	}
	const partA = fraction === 1;
	const evidence = answer?.evidence ?? [];
	const partB = evidence.length > 0 && sameSet(evidence, key.evidenceSentences);
	const half = possible / 2;
	const earned = fraction * half + (partA && partB ? half : 0);
	const verdict = partA && partB ? 'correct' : earned > 0 ? 'partial' : 'incorrect';
	return { earned, possible, verdict, partA, partB };
}

function verdictOf(fraction: number): QuestionScore['verdict'] {
	return fraction === 1 ? 'correct' : fraction > 0 ? 'partial' : 'incorrect';
}

export interface QuizScore {
	earned: number;
	possible: number;
	/** 0..100, rounded to one decimal */
	percent: number;
	/** null when the quiz has no pass mark */
	passed: boolean | null;
	byQuestion: Record<string, QuestionScore>;
}

/**
 * Scores a whole quiz. Questions without an answer earn 0; a question without a key (which the
 * build never produces) earns 0 rather than failing the whole result; answers to ids the quiz does
 * not have are ignored.
 */
export function scoreQuiz(
	quiz: Pick<QuizData, 'questions' | 'passMark'>,
	keys: Record<string, QuestionKey>,
	answers: Record<string, Answer>
): QuizScore {
	const byQuestion: Record<string, QuestionScore> = {};
	let earned = 0;
	let possible = 0;
	for (const view of quiz.questions) {
		const key = Object.hasOwn(keys, view.id) ? keys[view.id] : undefined;
		const answer = Object.hasOwn(answers, view.id) ? answers[view.id] : undefined;
		const score: QuestionScore = key
			? scoreQuestion(view, key, answer)
			: { earned: 0, possible: view.points, verdict: 'incorrect' };
		byQuestion[view.id] = score;
		earned += score.earned;
		possible += score.possible;
	}
	const percent = possible > 0 ? Math.round((earned / possible) * 1000) / 10 : 0;
	return {
		// sums of fractions such as 1/3 pick up floating-point noise; keep what a person would write
		earned: Math.round(earned * 1e6) / 1e6,
		possible: Math.round(possible * 1e6) / 1e6,
		percent,
		passed: quiz.passMark === undefined ? null : percent >= quiz.passMark,
		byQuestion
	};
}
