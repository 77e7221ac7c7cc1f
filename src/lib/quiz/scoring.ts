/**
 * Client-side scoring: how much of each question a student's answer earns, per the rules of the
 * format (docs/writing-questions.md, "Question types"). Each type scores its own response (its
 * grading rules' `score`); here are the points, two-part questions, tries (quiz/tries.ts) and the quiz's
 * total. Pure functions over the built view, key and answer; nothing here touches the DOM or storage.
 */
import { apportionTenths, percentOf, reaches, roundTenth } from './points.ts';
import { gradingOf } from './grading.ts';
import { isTwoPart } from './questions.ts';
import type { NearMiss } from './kit/credit.ts';
import type { PartsRight } from './kit/rules.ts';
import { creditOf, NO_TRIES, tryFactor, type TryRecord } from './tries.ts';
import type { Answer, QuestionKey, QuestionView, QuizData } from './types.ts';

export interface QuestionScore {
	earned: number;
	possible: number;
	/** correct: the answer is fully right (on whichever try); partial: it earns something; else incorrect */
	verdict: 'correct' | 'partial' | 'incorrect';
	/** practice mode: the try whose credit counts, when it is not the first (see quiz/tries.ts) */
	onTry?: number;
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

/** Whether the answer is of the question's type and the key's: only then do the type's rules apply. */
function fits(view: QuestionView, key: QuestionKey, answer: Answer | undefined): answer is Answer {
	return answer !== undefined && answer.type === key.type && key.type === view.type;
}

/**
 * What an answer earns as it stands, before tries: the fraction of the points (0..1) and, for a
 * two-part question, whether each part is right. Part A and Part B carry half the points each, and
 * Part B earns its half only when Part A is fully right.
 */
function answerCredit(
	view: QuestionView,
	key: QuestionKey,
	answer: Answer | undefined
): { fraction: number; partA?: boolean; partB?: boolean } {
	const fraction = fits(view, key, answer) ? gradingOf(key.type).score(key, answer.response) : 0;
	if (!isTwoPart(view)) return { fraction };
	const partA = fraction === 1;
	const evidence = answer?.evidence ?? [];
	const partB = evidence.length > 0 && sameSet(evidence, key.evidenceSentences);
	return { fraction: fraction / 2 + (partA && partB ? 1 / 2 : 0), partA, partB };
}

/** The fraction of the points (0..1) an answer earns as it stands, before tries. */
export function answerFraction(
	view: QuestionView,
	key: QuestionKey,
	answer: Answer | undefined
): number {
	return answerCredit(view, key, answer).fraction;
}

/**
 * Scores one question out of `view.points`. No answer, or an answer or key of another type than the
 * question, earns 0. `tries`: the practice-mode tries already used (quiz/tries.ts); the answer as
 * it stands then counts as the next try, unless an earlier one earned more.
 */
export function scoreQuestion(
	view: QuestionView,
	key: QuestionKey,
	answer: Answer | undefined,
	tries: TryRecord = NO_TRIES
): QuestionScore {
	const possible = view.points;
	const { fraction, partA, partB } = answerCredit(view, key, answer);
	const credit = creditOf(tries, fraction);
	const current = fraction * tryFactor(tries.used + 1);
	// which try the credit comes from: the answer as it stands (the next try), or an earlier, better one
	const onTry = credit === 0 ? 1 : current >= tries.best ? tries.used + 1 : tries.used;
	const verdict = fraction === 1 ? 'correct' : credit > 0 ? 'partial' : 'incorrect';
	const score: QuestionScore = {
		earned: credit * possible,
		possible,
		verdict,
		...(onTry > 1 && { onTry })
	};
	return partA === undefined ? score : { ...score, partA, partB };
}

/**
 * How many parts of the answer are right and which are not, for the words and marks after a wrong
 * try: the type's own parts and, for a two-part question, Part B as one more part (and which of
 * Part A and Part B is right). null for a one-part answer.
 */
export function partsRight(
	view: QuestionView,
	key: QuestionKey,
	answer: Answer | undefined
): PartsRight | null {
	if (!fits(view, key, answer)) return null;
	const own = gradingOf(key.type).partsRight(key, answer.response);
	if (!isTwoPart(view)) return own;
	const { partA, partB } = answerCredit(view, key, answer);
	const a = own ?? { right: partA ? 1 : 0, of: 1 };
	return {
		...a,
		right: a.right + (partB ? 1 : 0),
		of: a.of + 1,
		twoPart: { partA: partA === true, partB: partB === true }
	};
}

/** The typed parts of the answer that are almost right, and why (see the types' `nearMisses`). */
export function nearMisses(
	view: QuestionView,
	key: QuestionKey,
	answer: Answer | undefined
): NearMiss[] {
	return fits(view, key, answer) ? gradingOf(key.type).nearMisses(key, answer.response) : [];
}

export interface QuizScore {
	/** the exact points earned */
	earned: number;
	possible: number;
	/** 0..100: the exact points earned of those possible, rounded once to one decimal */
	percent: number;
	/** null when the quiz has no pass mark; else decided on the percent shown (quiz/points.ts `reaches`) */
	passed: boolean | null;
	byQuestion: Record<string, QuestionScore>;
	/**
	 * The points to show, one decimal each: the total (`earned` rounded once) and each question's,
	 * apportioned so that they add up to the total (quiz/points.ts).
	 */
	shown: { earned: number; byQuestion: Record<string, number> };
}

/**
 * Scores a whole quiz. Questions without an answer earn 0; a question without a key (which the
 * build never produces) earns 0 rather than failing the whole result; answers to ids the quiz does
 * not have are ignored.
 */
export function scoreQuiz(
	quiz: Pick<QuizData, 'questions' | 'passMark'>,
	keys: Record<string, QuestionKey>,
	answers: Record<string, Answer>,
	tries: Record<string, TryRecord> = {}
): QuizScore {
	const byQuestion: Record<string, QuestionScore> = {};
	let earned = 0;
	let possible = 0;
	for (const view of quiz.questions) {
		const key = Object.hasOwn(keys, view.id) ? keys[view.id] : undefined;
		const answer = Object.hasOwn(answers, view.id) ? answers[view.id] : undefined;
		const record = Object.hasOwn(tries, view.id) ? tries[view.id] : undefined;
		const score: QuestionScore = key
			? scoreQuestion(view, key, answer, record)
			: { earned: 0, possible: view.points, verdict: 'incorrect' };
		byQuestion[view.id] = score;
		earned += score.earned;
		possible += score.possible;
	}
	const ids = quiz.questions.map((view) => view.id);
	const shown = apportionTenths(ids.map((id) => byQuestion[id]?.earned ?? 0));
	return {
		// sums of fractions such as 1/3 pick up floating-point noise; keep what a person would write
		earned: Math.round(earned * 1e6) / 1e6,
		possible: Math.round(possible * 1e6) / 1e6,
		percent: percentOf(earned, possible),
		passed: quiz.passMark === undefined ? null : reaches(earned, possible, quiz.passMark),
		byQuestion,
		shown: {
			// the exact total rounded once, as the apportioned points add up to it
			earned: roundTenth(shown.reduce((sum, points) => sum + points, 0)),
			byQuestion: Object.fromEntries(ids.map((id, index) => [id, shown[index] ?? 0]))
		}
	};
}
