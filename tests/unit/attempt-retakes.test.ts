/**
 * A test's retakes in the attempt: the first submission is the score of record, "Retry incorrect"
 * then Submit is a practice retake that never changes it, a quiz with `retakes: 1` records one more
 * (counted by `grade`), Start over keeps the list, the list is saved and restored, and the right
 * answers stay hidden while a recorded retake remains or when `review: score`.
 */
import { describe, expect, it } from 'vitest';
import type { TestRules } from '$lib/quiz/types';
import { Attempt } from '$lib/state/attempt.svelte';
import { loadedGrading } from './loaded-grading';
import { readSavedAttempt } from '$lib/state/saved-attempt';
import { memoryStore, progressKey, type ProgressStore } from '$lib/state/storage';
import { keys, practiceQuiz } from './ui-fixtures';

const KEY = progressKey('ties', 'test');

function testAttempt(testRules?: TestRules, store: ProgressStore = memoryStore()) {
	const quiz = practiceQuiz({
		slug: 'test',
		mode: 'test',
		keys: null,
		...(testRules && { testRules })
	});
	const attempt = new Attempt({
		grading: loadedGrading,
		quiz,
		store,
		persistent: true,
		fetchKeys: async () => keys
	});
	attempt.load();
	return attempt;
}

/** Answers every question; those in `right` right, the others wrong (6 points in all). */
function answer(attempt: Attempt, right: string[]) {
	const pick = <T>(id: string, good: T, bad: T) => (right.includes(id) ? good : bad);
	attempt.setResponse('main-idea', pick('main-idea', 'a', 'b'));
	attempt.setResponse('facts', pick('facts', ['x', 'y'], ['z']));
	attempt.setResponse('tf', pick('tf', true, false));
	attempt.setResponse('tfng', pick('tfng', 'not-given', 'true'));
	attempt.setResponse('resource', pick('resource', 'Crude oil.', 'coal'));
}

const ALL = ['main-idea', 'facts', 'tf', 'tfng', 'resource'];

/** Retry incorrect, the cleared questions answered right, Submit. */
async function retakeAllRight(attempt: Attempt) {
	attempt.retryIncorrect();
	answer(attempt, ALL);
	await attempt.submit();
}

describe('a test without retakes', () => {
	it('the first submission is the score of record; a retake at 100% is practice and changes nothing', async () => {
		const attempt = testAttempt();
		answer(attempt, ['main-idea', 'tf']);
		await attempt.submit();
		expect(attempt.test?.ofRecord).toMatchObject({ earned: 2, possible: 6, recorded: true });
		expect(attempt.test?.current).toBe(attempt.test?.ofRecord);
		// the only recorded submission is in: the right answers are shown
		expect(attempt.key('facts')).not.toBeNull();

		await retakeAllRight(attempt);
		expect(attempt.score?.percent).toBe(100);
		expect(attempt.test?.current).toMatchObject({ percent: 100, recorded: false });
		expect(attempt.test?.ofRecord).toMatchObject({ earned: 2, recorded: true });
		expect(attempt.test?.submissions.map((s) => s.recorded)).toEqual([true, false]);
	});

	it('each submission has its time; Start over keeps them all', async () => {
		const attempt = testAttempt();
		answer(attempt, []);
		await attempt.submit();
		const at = new Date(attempt.submittedAt!).toISOString();
		expect(attempt.test?.submissions.map((s) => s.at)).toEqual([at]);
		attempt.startOver();
		expect(attempt.test?.submissions).toHaveLength(1);
		answer(attempt, ALL);
		await attempt.submit();
		expect(attempt.test?.current?.recorded).toBe(false);
		expect(attempt.test?.ofRecord?.percent).toBe(0);
	});
});

describe('a test with retakes: 1', () => {
	it('grade: best (the default) — the second submission is recorded and counts when better', async () => {
		const attempt = testAttempt({ retakes: 1, grade: 'best', review: 'answers' });
		answer(attempt, ['main-idea']);
		await attempt.submit();
		expect(attempt.test?.recordedLeft).toBe(1);
		// a recorded retake remains: no right answers, no explanations, on any question
		for (const id of ALL) expect(attempt.key(id)).toBeNull();
		// but the score is known, question by question
		expect(attempt.score?.byQuestion['facts']?.verdict).toBe('incorrect');

		await retakeAllRight(attempt);
		expect(attempt.test?.current).toMatchObject({ percent: 100, recorded: true });
		expect(attempt.test?.ofRecord?.percent).toBe(100);
		expect(attempt.test?.recordedLeft).toBe(0);
		expect(attempt.key('facts')).not.toBeNull();

		// a third is practice
		attempt.startOver();
		answer(attempt, []);
		await attempt.submit();
		expect(attempt.test?.current?.recorded).toBe(false);
		expect(attempt.test?.ofRecord?.percent).toBe(100);
	});

	it('grade: first — the recorded retake is listed but the first still counts', async () => {
		const attempt = testAttempt({ retakes: 1, grade: 'first', review: 'answers' });
		answer(attempt, ['main-idea']);
		await attempt.submit();
		await retakeAllRight(attempt);
		expect(attempt.test?.current?.recorded).toBe(true);
		expect(attempt.test?.ofRecord?.earned).toBe(1);
	});

	it('grade: last — the recorded retake counts, even when worse', async () => {
		const attempt = testAttempt({ retakes: 1, grade: 'last', review: 'answers' });
		answer(attempt, ALL);
		await attempt.submit();
		attempt.startOver();
		answer(attempt, []);
		await attempt.submit();
		expect(attempt.test?.ofRecord?.percent).toBe(0);
	});
});

describe('review: score', () => {
	it('after the last recorded submission the score is shown, the right answers are not', async () => {
		const attempt = testAttempt({ retakes: 0, grade: 'first', review: 'score' });
		answer(attempt, ['tf']);
		await attempt.submit();
		expect(attempt.test?.recordedLeft).toBe(0);
		expect(attempt.score?.earned).toBe(1);
		for (const id of ALL) expect(attempt.key(id)).toBeNull();
		// and a question kept by "Retry incorrect" shows no explanation either
		attempt.retryIncorrect();
		expect(attempt.isLocked('tf')).toBe(true);
		expect(attempt.key('tf')).toBeNull();
	});
});

describe('the submissions saved', () => {
	it('are saved with the attempt and restored with it, the score of record too', async () => {
		const store = memoryStore();
		const attempt = testAttempt(undefined, store);
		answer(attempt, ['main-idea', 'tf']);
		await attempt.submit();
		await retakeAllRight(attempt);
		const saved = JSON.parse(store.read(KEY)!);
		expect(saved.submissions).toHaveLength(2);

		const again = testAttempt(undefined, store);
		await again.loadKeys();
		expect(again.test?.submissions).toEqual(attempt.test?.submissions);
		expect(again.test?.ofRecord?.earned).toBe(2);
		expect(again.test?.current?.recorded).toBe(false);
	});
});

describe('each submission keeps the answers it was given', () => {
	it('saved with the submission, read back, and an answer to a question changed since left out', async () => {
		const store = memoryStore();
		const attempt = testAttempt({ retakes: 1, grade: 'best', review: 'answers' }, store);
		answer(attempt, ['main-idea']);
		await attempt.submit();
		const firstSeed = attempt.seed;
		// a new seed: each submission keeps the seed of the draw it answered
		attempt.startOver();
		answer(attempt, ALL);
		await attempt.submit();
		const saved = JSON.parse(store.read(KEY)!);
		const responses = (n: number) =>
			Object.fromEntries(
				Object.entries(saved.submissions[n].answers.questions).map(([id, question]) => [
					id,
					(question as { answer: { response: unknown } }).answer.response
				])
			);
		expect(saved.submissions[0].answers.seed).toBe(firstSeed);
		expect(saved.submissions[1].answers.seed).toBe(attempt.seed);
		expect(responses(0)).toMatchObject({ 'main-idea': 'a', facts: ['z'], tf: false });
		expect(responses(1)).toMatchObject({ 'main-idea': 'a', facts: ['x', 'y'], tf: true });

		const again = testAttempt(undefined, store);
		expect(again.test?.submissions.map((s) => s.answers)).toEqual(
			attempt.test?.submissions.map((s) => s.answers)
		);
		// the same saved list read against a quiz whose "facts" changed: that answer is left out
		const changed = practiceQuiz({ slug: 'test', mode: 'test', keys: null });
		const views = changed.questions.map((view) =>
			view.id === 'facts' ? { ...view, version: 'facts-v2' } : view
		);
		const restored = readSavedAttempt(store.read(KEY), { ...changed, questions: views });
		const [first] = restored.progress!.submissions!;
		expect(Object.keys(first!.answers!.questions)).not.toContain('facts');
		expect(first!.answers!.questions['main-idea']?.answer.response).toBe('a');
		expect(first!.earned).toBe(1);
	});
});
