/**
 * Client-side scoring: how much of each question a student's answer earns, per the rules of the
 * format (docs/writing-questions.md, "Question types"). Pure functions over the built view, key and
 * answer; nothing here touches the DOM or storage.
 */
import { normalizeAnswer } from './normalize.ts';
import type { QuestionType, Scoring } from './schema';
import type {
	Answer,
	QuestionKey,
	QuestionKeyOf,
	QuestionView,
	QuestionViewOf,
	QuizData,
	Responses
} from './types';

/**
 * The answer to a question of type T; for a concrete T the same as `Extract<Answer, { type: T }>`,
 * written as a mapped type so that generic code can build one from `T` and `Responses[T]`.
 */
export type AnswerOf<T extends QuestionType> = {
	[K in T]: { type: K; response: Responses[K]; evidence?: string[] };
}[T];

type Scorers = { [T in QuestionType]: (key: QuestionKeyOf<T>, response: Responses[T]) => number };

/** The fraction of a question earned (0..1) by a response, one rule per type: adding a type is adding a row. */
export const scorers: Scorers = {
	single: (key, response) => (response !== null && response === key.correct ? 1 : 0),
	multiple: (key, response) => withScoring(key.scoring, rightMinusWrong(key.correct, response)),
	'true-false': (key, response) => (response === key.answer ? 1 : 0),
	'true-false-not-given': (key, response) => (response === key.answer ? 1 : 0),
	'short-answer': (key, response) => (typedMatches(response, key.answers) ? 1 : 0),
	'fill-blanks': (key, response) => {
		if (key.blanks.length === 0) return 0;
		const right = key.blanks.filter((alternatives, index) =>
			typedMatches(response[index] ?? '', alternatives.map(normalizeAnswer))
		).length;
		return withScoring(key.scoring, right / key.blanks.length);
	},
	order: (key, response) => {
		if (response === null || key.order.length === 0) return 0;
		const inPlace = key.order.filter((id, index) => response[index] === id).length;
		return withScoring(key.scoring, inPlace / key.order.length);
	},
	match: (key, response) => {
		if (key.pairs.length === 0) return 0;
		const right = key.pairs.filter((rightId, index) => response[index] === rightId).length;
		return withScoring(key.scoring, right / key.pairs.length);
	},
	highlight: (key, response) =>
		withScoring(key.scoring, rightMinusWrong(key.evidenceSentences, response))
};

/** A typed answer is right when, normalised, it equals one of the (normalised) accepted answers. */
function typedMatches(typed: string, accepted: readonly string[]): boolean {
	const normal = normalizeAnswer(typed);
	return normal !== '' && accepted.includes(normal);
}

/**
 * Picks against a set of right ids: (right picks − wrong picks) / right count, floored at 0.
 * A repeated pick counts once; a pick the key does not know (stale or tampered data) is a wrong pick,
 * so it can never earn credit.
 */
function rightMinusWrong(correct: readonly string[], picks: readonly string[]): number {
	const needed = new Set(correct);
	if (needed.size === 0) return 0;
	let right = 0;
	let wrong = 0;
	for (const pick of new Set(picks)) {
		if (needed.has(pick)) right++;
		else wrong++;
	}
	return Math.max(0, (right - wrong) / needed.size);
}

function withScoring(scoring: Scoring, fraction: number): number {
	return scoring === 'all-or-nothing' ? (fraction === 1 ? 1 : 0) : fraction;
}

/**
 * Dispatches a (key, response) pair of one type to that type's scorer. TypeScript cannot tie the
 * types of two separate union values together, so this generic helper states the pairing and
 * `scoreQuestion` makes it true by checking `answer.type === key.type` before calling it.
 */
function scoreResponse<T extends QuestionType>(
	type: T,
	key: QuestionKeyOf<T>,
	response: Responses[T]
): number {
	return scorers[type](key, response);
}

export interface QuestionScore {
	earned: number;
	possible: number;
	verdict: 'correct' | 'partial' | 'incorrect';
	/** two-part questions only: Part A fully right */
	partA?: boolean;
	/** two-part questions only: the evidence selected is exactly right (it earns only when Part A is right) */
	partB?: boolean;
}

/** True when the question is two-part: Part A, then the supporting sentence(s) as Part B. */
export function isTwoPart(view: QuestionView): boolean {
	return 'requireEvidence' in view && view.requireEvidence;
}

/** How many sentences a highlight question or Part B asks the student to select (1 unless it says). */
export function evidenceCount(view: QuestionView): number {
	return 'evidenceCount' in view ? view.evidenceCount : 1;
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
			? scoreResponse(key.type, key, answer.response)
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

type EmptyResponses = { [T in QuestionType]: (view: QuestionViewOf<T>) => Responses[T] };

/** What each type's response is before the student does anything. */
const emptyResponses: EmptyResponses = {
	single: () => null,
	multiple: () => [],
	'true-false': () => null,
	'true-false-not-given': () => null,
	'short-answer': () => '',
	'fill-blanks': (view) => Array.from({ length: view.blankCount }, () => ''),
	order: () => null,
	match: (view) => view.lefts.map(() => null),
	highlight: () => []
};

export function emptyResponse<T extends QuestionType>(view: QuestionViewOf<T>): Responses[T] {
	return emptyResponses[view.type](view);
}

/** A blank answer to `view`: an empty response and, for a two-part question, no evidence yet. */
export function emptyAnswer(view: QuestionView): Answer {
	const answer = blankAnswer(view);
	return isTwoPart(view) ? { ...answer, evidence: [] } : answer;
}

function blankAnswer<T extends QuestionType>(view: QuestionViewOf<T>): AnswerOf<T> {
	return { type: view.type, response: emptyResponse(view) };
}

type AnsweredChecks = {
	[T in QuestionType]: (view: QuestionViewOf<T>, response: Responses[T]) => boolean;
};

const filled = (text: string | null | undefined): boolean => (text ?? '').trim() !== '';

/** When each type's Part A counts as answered (to enable "Check", count progress, warn before submitting). */
const answeredChecks: AnsweredChecks = {
	single: (_view, response) => response !== null,
	multiple: (_view, response) => response.length > 0,
	'true-false': (_view, response) => response !== null,
	'true-false-not-given': (_view, response) => response !== null,
	'short-answer': (_view, response) => filled(response),
	'fill-blanks': (view, response) =>
		Array.from({ length: view.blankCount }, (_, index) => response[index]).every(filled),
	order: (_view, response) => response !== null,
	match: (view, response) => view.lefts.every((_, index) => typeof response[index] === 'string'),
	highlight: (_view, response) => response.length > 0
};

/** Same pairing as `scoreResponse`: `isAnswered` checks `answer.type === view.type` first. */
function responseAnswered<T extends QuestionType>(
	view: QuestionViewOf<T>,
	response: Responses[T]
): boolean {
	return answeredChecks[view.type](view, response);
}

/**
 * True when the student has answered the whole question: Part A (every blank filled, every left
 * matched, …) and, for a two-part question, at least one sentence for Part B.
 */
/** Part A (the question itself) is answered; for a two-part question Part B may still be open. */
export function isPartAAnswered(view: QuestionView, answer: Answer | undefined): boolean {
	return (
		answer !== undefined && answer.type === view.type && responseAnswered(view, answer.response)
	);
}

export function isAnswered(view: QuestionView, answer: Answer | undefined): boolean {
	if (!isPartAAnswered(view, answer)) return false;
	return !isTwoPart(view) || (answer?.evidence?.length ?? 0) > 0;
}
