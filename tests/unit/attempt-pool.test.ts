/**
 * An attempt at a quiz with `pick`: it shows, saves, counts and scores only the questions its seed
 * draws; a reload draws the same ones, "Start over" draws anew, and progress saved before the quiz
 * had `pick` still restores.
 */
import { describe, expect, it } from 'vitest';
import { drawQuestionIds } from '$lib/quiz/pool';
import type { Answer } from '$lib/quiz/types';
import { Attempt } from '$lib/state/attempt.svelte';
import { loadedGrading } from './loaded-grading';
import { memoryStore, progressKey, type ProgressStore } from '$lib/state/storage';
import { practiceQuiz, testQuiz, views } from './ui-fixtures';

const KEY = progressKey('ties', 'check');

/** Right answers to every question of the fixture. */
const RIGHT: Record<string, Answer['response']> = {
	'main-idea': 'a',
	facts: ['x', 'y'],
	tf: true,
	tfng: 'not-given',
	resource: 'Crude oil.'
};

function loaded(store: ProgressStore, quiz = practiceQuiz({ pick: 2 }), seeds = [11, 22, 33]) {
	const queue = [...seeds];
	const attempt = new Attempt({
		grading: loadedGrading,
		quiz,
		store,
		persistent: true,
		makeSeed: () => queue.shift() ?? 99
	});
	return Object.assign(attempt, { restored: attempt.load() });
}

const ids = (attempt: Attempt) => attempt.questions.map((view) => view.id);

describe('an attempt at a quiz with pick', () => {
	it('shows the questions its seed draws, in the quiz’s order, and counts only them', () => {
		const attempt = loaded(memoryStore());
		expect(ids(attempt)).toEqual(drawQuestionIds(views, 2, 11));
		expect(attempt.bank.questions).toHaveLength(5);
		expect(attempt.quiz.questionCount).toBe(2);
		expect(attempt.unansweredCount).toBe(2);
		attempt.setResponse(ids(attempt)[0]!, RIGHT[ids(attempt)[0]!]!);
		expect(attempt.answeredCount).toBe(1);
		expect(attempt.unansweredCount).toBe(1);
	});

	it('draws the same questions after a reload, with their answers; saves only them', () => {
		const store = memoryStore();
		const first = loaded(store);
		const drawn = ids(first);
		first.setResponse(drawn[1]!, RIGHT[drawn[1]!]!);
		expect(Object.keys(JSON.parse(store.read(KEY)!).questions)).toEqual(drawn);

		const again = loaded(store, practiceQuiz({ pick: 2 }), [77]);
		expect(again.restored.status).toBe('restored');
		expect(ids(again)).toEqual(drawn);
		expect(again.isAnswered(drawn[1]!)).toBe(true);
	});

	it('scores the drawn questions only: out of their points', async () => {
		const attempt = loaded(memoryStore());
		for (const id of ids(attempt)) attempt.setResponse(id, RIGHT[id]!);
		const score = await attempt.submit();
		const points = attempt.questions.reduce((sum, view) => sum + view.points, 0);
		expect(score).toMatchObject({ earned: points, possible: points, percent: 100 });
		expect(Object.keys(score!.byQuestion)).toEqual(ids(attempt));
	});

	it('a test scores the drawn questions with the keys fetched after submission', async () => {
		const all = practiceQuiz().keys!;
		const attempt = new Attempt({
			grading: loadedGrading,
			quiz: { ...testQuiz(), pick: 3 },
			store: memoryStore(),
			persistent: true,
			fetchKeys: async () => all,
			makeSeed: () => 5
		});
		attempt.load();
		expect(ids(attempt)).toEqual(drawQuestionIds(views, 3, 5));
		const score = await attempt.submit();
		expect(Object.keys(score!.byQuestion)).toEqual(ids(attempt));
		expect(score!.possible).toBe(attempt.quiz.points);
	});

	it('"Start over" draws again, from its new seed', () => {
		const attempt = loaded(memoryStore());
		attempt.startOver();
		expect(attempt.seed).toBe(22);
		expect(ids(attempt)).toEqual(drawQuestionIds(views, 2, 22));
	});

	it('progress saved before the quiz had pick restores: the drawn questions keep their answers', () => {
		const store = memoryStore();
		const before = loaded(store, practiceQuiz(), [11]);
		for (const id of ids(before)) before.setResponse(id, RIGHT[id]!);

		const after = loaded(store, practiceQuiz({ pick: 2 }), [99]);
		expect(after.restored).toEqual({ status: 'restored', changed: [], unreadable: [] });
		expect(after.seed).toBe(11);
		expect(ids(after)).toEqual(drawQuestionIds(views, 2, 11));
		expect(after.answeredCount).toBe(2);
	});
});
