/**
 * Question pools: a quiz with `pick` shows each student only some of its questions, drawn with the
 * attempt's seed (see `drawQuestionIds`). The seed is saved with the attempt, so a reload draws the
 * same questions; a fresh attempt ("Start over") has a new seed and so a new draw. The drawn
 * questions keep the quiz's order (`shuffle.questions` shuffles them afterwards, as it does a whole
 * quiz). Pure: no DOM.
 */
import { hash32 } from '../text/hash.ts';
import { mulberry32 } from './kit/shuffle.ts';
import type { PoolPick, QuizData } from './types.ts';

/** What the draw needs of a question. */
export interface PoolQuestion {
	id: string;
	group?: string;
}

/** The named group a question is drawn from under `pick`, or null when it is always shown. */
function poolOf(question: PoolQuestion, pick: PoolPick): string | null {
	if (typeof pick === 'number') return '';
	return question.group !== undefined && Object.hasOwn(pick, question.group)
		? question.group
		: null;
}

/** How many of pool `name` (the whole quiz: '') a student gets. */
const countOf = (pick: PoolPick, name: string): number =>
	typeof pick === 'number' ? pick : (pick[name] ?? 0);

/** The questions of each pool, in the quiz's order; the always-shown ones under null. */
function pools(questions: readonly PoolQuestion[], pick: PoolPick): Map<string | null, string[]> {
	const byPool = new Map<string | null, string[]>();
	for (const question of questions) {
		const pool = poolOf(question, pick);
		byPool.set(pool, [...(byPool.get(pool) ?? []), question.id]);
	}
	return byPool;
}

/**
 * Where a question stands in one attempt's draw: a number fixed by the seed and the question's id
 * alone, so a question keeps its place whatever else the quiz holds.
 */
const rank = (seed: number, id: string): number =>
	mulberry32((seed ^ hash32(`pick:${id}`)) >>> 0)();

/** The `count` ids of `ids` that rank first for `seed`. */
function firstRanked(ids: readonly string[], count: number, seed: number): string[] {
	const ranked = ids.map((id) => ({ id, rank: rank(seed, id) }));
	ranked.sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : 1));
	return ranked.slice(0, count).map(({ id }) => id);
}

/**
 * The ids of the questions one attempt shows, in the quiz's order: `pick` of the whole quiz, or
 * `pick[group]` of each named group plus every question of no named group; every question when
 * there is no `pick`. The same seed always draws the same questions. Each question is ranked by
 * the seed and its own id, and each pool gives its first-ranked: so a teacher who adds a question
 * to the bank changes a student's draw by at most that one question, and a larger pick keeps the
 * questions a smaller one drew. A count larger than its pool (which the checker refuses) draws
 * the whole pool.
 */
export function drawQuestionIds(
	questions: readonly PoolQuestion[],
	pick: PoolPick | undefined,
	seed: number
): string[] {
	if (pick === undefined) return questions.map((question) => question.id);
	const drawn = new Set<string>();
	for (const [pool, ids] of pools(questions, pick)) {
		const chosen = pool === null ? ids : firstRanked(ids, countOf(pick, pool), seed);
		for (const id of chosen) drawn.add(id);
	}
	return questions.filter((question) => drawn.has(question.id)).map((question) => question.id);
}

/**
 * The quiz as one attempt sees it: only the questions drawn for `seed`, with their count and
 * points, so that progress, Submit, scores, results and the learning platform's report cover them
 * alone.
 * The quiz itself when it has no `pick`.
 */
export function drawnQuiz(quiz: QuizData, seed: number): QuizData {
	if (quiz.pick === undefined) return quiz;
	const drawn = new Set(drawQuestionIds(quiz.questions, quiz.pick, seed));
	const questions = quiz.questions.filter((question) => drawn.has(question.id));
	const points = questions.reduce((sum, question) => sum + question.points, 0);
	return { ...quiz, questions, questionCount: questions.length, points };
}

/**
 * What a student gets of a quiz with `pick`, whatever the draw: how many questions, and the most
 * and fewest points they can carry (equal when every question of a pool has the same points).
 */
export function drawSize(
	questions: readonly (PoolQuestion & { points: number })[],
	pick: PoolPick
): { questions: number; points: number; fewestPoints: number } {
	const pointsOf = new Map(questions.map((question) => [question.id, question.points]));
	let count = 0;
	let most = 0;
	let fewest = 0;
	for (const [pool, ids] of pools(questions, pick)) {
		const points = ids.map((id) => pointsOf.get(id) ?? 0).sort((a, b) => a - b);
		const taken = pool === null ? points.length : Math.min(countOf(pick, pool), points.length);
		count += taken;
		most += points.slice(points.length - taken).reduce((sum, p) => sum + p, 0);
		fewest += points.slice(0, taken).reduce((sum, p) => sum + p, 0);
	}
	return { questions: count, points: most, fewestPoints: fewest };
}

/** One pool of a quiz with `pick`, as the teacher view tells it. */
export type PoolShare =
	| { type: 'whole'; drawn: number; of: number }
	| { type: 'group'; group: string; drawn: number; of: number }
	/** the questions of no named group: every student gets them all */
	| { type: 'always'; count: number };

/** What each student gets of each pool: the whole quiz's, or each group's, then the rest. */
export function poolShares(questions: readonly PoolQuestion[], pick: PoolPick): PoolShare[] {
	const shares: PoolShare[] = [];
	let always = 0;
	for (const [pool, ids] of pools(questions, pick)) {
		const drawn = Math.min(countOf(pick, pool ?? ''), ids.length);
		if (pool === null) always = ids.length;
		else if (typeof pick === 'number') shares.push({ type: 'whole', drawn, of: ids.length });
		else shares.push({ type: 'group', group: pool, drawn, of: ids.length });
	}
	return always > 0 ? [...shares, { type: 'always', count: always }] : shares;
}
