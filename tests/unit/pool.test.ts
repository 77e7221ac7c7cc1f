/**
 * Question pools: which questions one attempt draws (any pick, any groups, any seed), and the quiz
 * as that attempt sees it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	drawnQuiz,
	drawQuestionIds,
	drawSize,
	poolShares,
	type PoolQuestion
} from '$lib/quiz/pool';
import type { QuestionView, QuizData } from '$lib/quiz/types';
import { parts, viewBase } from './quiz-fixtures';

const GROUPS = ['words', 'evidence', 'people'];

/** A bank of 1 to 12 questions q0…, each in one of GROUPS or in none. */
const bank = fc
	.array(fc.option(fc.constantFrom(...GROUPS), { nil: undefined }), {
		minLength: 1,
		maxLength: 12
	})
	.map((groups): PoolQuestion[] =>
		groups.map((group, i) => ({ id: `q${i}`, ...(group !== undefined && { group }) }))
	);
const seed = fc.integer({ min: 0, max: 2 ** 32 - 1 });

/** A pick the checker accepts for `questions`: a number up to its size, or a count per group it has. */
const pickFor = (questions: PoolQuestion[]) => {
	const sizes = new Map<string, number>();
	for (const { group } of questions) if (group) sizes.set(group, (sizes.get(group) ?? 0) + 1);
	const whole = fc.integer({ min: 1, max: questions.length });
	if (sizes.size === 0) return whole;
	const perGroup = fc
		.subarray([...sizes.keys()], { minLength: 1 })
		.chain((names) =>
			fc
				.tuple(...names.map((name) => fc.integer({ min: 1, max: sizes.get(name)! })))
				.map((counts) => Object.fromEntries(names.map((name, i) => [name, counts[i]!])))
		);
	return fc.oneof(whole, perGroup);
};
const pooled = bank.chain((questions) =>
	fc.record({ questions: fc.constant(questions), pick: pickFor(questions), seed })
);

const ids = (questions: readonly PoolQuestion[]) => questions.map((q) => q.id);

describe('drawQuestionIds', () => {
	it('draws pick questions of the whole quiz, or pick[group] of each named group and every other question', () => {
		fc.assert(
			fc.property(pooled, ({ questions, pick, seed }) => {
				const drawn = new Set(drawQuestionIds(questions, pick, seed));
				if (typeof pick === 'number') {
					expect(drawn.size).toBe(pick);
					return;
				}
				for (const question of questions) {
					const named = question.group !== undefined && Object.hasOwn(pick, question.group);
					if (!named) expect(drawn.has(question.id)).toBe(true);
				}
				for (const [group, count] of Object.entries(pick)) {
					const members = questions.filter((q) => q.group === group);
					expect(members.filter((q) => drawn.has(q.id))).toHaveLength(count);
				}
			})
		);
	});

	it('keeps the quiz’s order, draws nothing twice, and draws the same for the same seed', () => {
		fc.assert(
			fc.property(pooled, ({ questions, pick, seed }) => {
				const drawn = drawQuestionIds(questions, pick, seed);
				expect(drawn).toEqual(ids(questions).filter((id) => drawn.includes(id)));
				expect(drawQuestionIds(questions, pick, seed)).toEqual(drawn);
			})
		);
	});

	it('a question added to the bank changes a draw by at most that question; a larger pick keeps the smaller one’s', () => {
		fc.assert(
			fc.property(pooled, ({ questions, pick, seed }) => {
				const before = drawQuestionIds(questions, pick, seed);
				const added = { id: 'new', group: questions[0]!.group };
				const after = drawQuestionIds([...questions, added], pick, seed);
				expect(before.filter((id) => !after.includes(id)).length).toBeLessThanOrEqual(1);
				if (typeof pick === 'number' && pick < questions.length) {
					const more = drawQuestionIds(questions, pick + 1, seed);
					for (const id of before) expect(more).toContain(id);
				}
			})
		);
	});

	it('draws every question without pick', () => {
		fc.assert(
			fc.property(bank, seed, (questions, seed) => {
				expect(drawQuestionIds(questions, undefined, seed)).toEqual(ids(questions));
			})
		);
	});

	it('different seeds draw different questions: every question of a pool is drawn for some seed', () => {
		const questions = Array.from({ length: 6 }, (_, i) => ({ id: `q${i}` }));
		const seen = new Set<string>();
		for (let s = 0; s < 200; s++) for (const id of drawQuestionIds(questions, 2, s)) seen.add(id);
		expect([...seen].sort()).toEqual(ids(questions));
	});

	it('a group’s draw does not change when another group gains a question', () => {
		const words = ['w1', 'w2', 'w3', 'w4'].map((id) => ({ id, group: 'words' }));
		const people = (n: number) =>
			Array.from({ length: n }, (_, i) => ({ id: `p${i}`, group: 'people' }));
		const pick = { words: 2, people: 1 };
		for (let s = 0; s < 20; s++) {
			const before = drawQuestionIds([...words, ...people(2)], pick, s);
			const after = drawQuestionIds([...words, ...people(3)], pick, s);
			expect(after.filter((id) => id.startsWith('w'))).toEqual(
				before.filter((id) => id.startsWith('w'))
			);
		}
	});
});

const view = (id: string, points: number, group?: string): QuestionView => ({
	...viewBase(id, points),
	...(group !== undefined && { group }),
	type: 'true-false',
	...parts()
});
const quizOf = (questions: QuestionView[], pick?: QuizData['pick']): QuizData => ({
	slug: 'pool',
	title: 'Pool',
	mode: 'practice',
	questionCount: questions.length,
	points: questions.reduce((sum, q) => sum + q.points, 0),
	article: 'a',
	shuffle: { questions: false, choices: true },
	...(pick !== undefined && { pick }),
	questions,
	version: 'v',
	keys: null
});

describe('drawnQuiz', () => {
	const questions = [view('a', 1), view('b', 2), view('c', 3), view('d', 4)];

	it('has only the drawn questions, with their count and points', () => {
		for (let s = 0; s < 20; s++) {
			const drawn = drawnQuiz(quizOf(questions, 2), s);
			expect(drawn.questions.map((q) => q.id)).toEqual(drawQuestionIds(questions, 2, s));
			expect(drawn.questionCount).toBe(2);
			expect(drawn.points).toBe(drawn.questions.reduce((sum, q) => sum + q.points, 0));
		}
	});

	it('is the quiz itself without pick', () => {
		const quiz = quizOf(questions);
		expect(drawnQuiz(quiz, 7)).toBe(quiz);
	});
});

describe('drawSize', () => {
	it('counts what every draw gives, and the most and fewest points it can carry', () => {
		const grouped = [
			view('a', 1, 'words'),
			view('b', 3, 'words'),
			view('c', 2, 'people'),
			view('d', 2)
		];
		expect(drawSize(grouped, { words: 1 })).toEqual({ questions: 3, points: 7, fewestPoints: 5 });
		expect(drawSize(grouped, 2)).toEqual({ questions: 2, points: 5, fewestPoints: 3 });
	});
});

describe('poolShares', () => {
	it('tells what each student gets of the whole quiz, of each group, and always', () => {
		const grouped = [
			view('a', 1, 'words'),
			view('b', 1, 'people'),
			view('c', 1, 'words'),
			view('d', 1),
			view('e', 1, 'other')
		];
		expect(poolShares(grouped, 3)).toEqual([{ type: 'whole', drawn: 3, of: 5 }]);
		expect(poolShares(grouped, { people: 1, words: 1 })).toEqual([
			{ type: 'group', group: 'words', drawn: 1, of: 2 },
			{ type: 'group', group: 'people', drawn: 1, of: 1 },
			{ type: 'always', count: 2 }
		]);
	});
});
