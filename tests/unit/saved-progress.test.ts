/**
 * Progress saved by earlier builds still restores: each string in
 * tests/unit/fixtures/saved-progress/ was written by the build of commit 400db09 or 47ae5bf (see
 * saved-progress-fixtures.ts), and restoring it must show the student what they left: their
 * answers, the tries left, which question waits for "Try again", the name and the place.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeSuspendData } from '$lib/lms/suspend-data';
import { Attempt } from '$lib/state/attempt.svelte';
import { loadedGrading } from './loaded-grading';
import { memoryStore, progressKey } from '$lib/state/storage';
import { savedProgressQuiz, savedProgressTest } from './saved-progress-fixtures';

const fixture = (name: string) =>
	readFileSync(`tests/unit/fixtures/saved-progress/${name}`, 'utf8').trim();

function restored(saved: string, quiz = savedProgressQuiz()) {
	const store = memoryStore();
	store.write(progressKey(quiz.article, quiz.slug), saved);
	const attempt = new Attempt({
		grading: loadedGrading,
		quiz,
		store,
		persistent: true,
		makeSeed: () => 1
	});
	return { attempt, outcome: attempt.load() };
}

/** What the student sees of the practice attempt saved mid-way. */
function expectPracticeMidway(attempt: Attempt) {
	expect(attempt.seed).toBe(123456789);
	const response = (id: string) => attempt.answers[id]?.response;
	expect(response('main-idea')).toBe('c');
	expect(response('facts')).toEqual(['x']);
	expect(response('tf')).toBe(false);
	expect(response('resource')).toBe('crude oil');
	expect(response('criticism')).toEqual(['2.1', '2.2']);
	expect(attempt.answers['aim']).toEqual({ type: 'single', response: 'a', evidence: ['1.2'] });
	expect(attempt.answeredCount).toBe(6);

	// main-idea: one of three tries used, answering again
	expect(attempt.progress('main-idea').used).toBe(1);
	expect(attempt.isLocked('main-idea')).toBe(false);
	// facts: half right on its first of two tries, waiting for "Try again" or "Show answer"
	expect(attempt.isLocked('facts')).toBe(true);
	expect(attempt.isRevealed('facts')).toBe(false);
	expect(attempt.pendingTry('facts')).toMatchObject({
		used: 1,
		triesLeft: 1,
		parts: { right: 1, of: 2 },
		score: { earned: 1, possible: 2, verdict: 'partial' }
	});
	// tf: wrong on its only try, so revealed with its key
	expect(attempt.isRevealed('tf')).toBe(true);
	expect(attempt.key('tf')).not.toBeNull();
	expect(attempt.score?.byQuestion['tf']?.verdict).toBe('incorrect');
	// the rest: answered, never checked
	for (const id of ['resource', 'criticism', 'aim']) {
		expect(attempt.isLocked(id)).toBe(false);
		expect(attempt.progress(id).used).toBe(0);
	}
	expect(attempt.submitted).toBe(false);
	expect(attempt.name).toBe('Ana Lima');
	expect(attempt.place).toEqual({ question: 'facts', paragraph: 2 });
}

describe('progress saved before the refactor', () => {
	it('a practice quiz mid-way (tries, a waiting try, a revealed question, highlight, Part B, name, place)', () => {
		const { attempt, outcome } = restored(fixture('practice.json'));
		expect(outcome).toEqual({ status: 'restored', changed: [], unreadable: [] });
		expectPracticeMidway(attempt);
		// and the waiting try goes on where it was: "Show answer" counts the best try, half the points
		expect(attempt.showAnswer('facts')).toMatchObject({ earned: 1, possible: 2 });
		expect(attempt.isRevealed('facts')).toBe(true);
	});

	it('the same attempt from a learning platform’s suspend data', () => {
		const quiz = savedProgressQuiz();
		const json = decodeSuspendData(fixture('practice.suspend-data.txt'), quiz);
		const { attempt, outcome } = restored(json!, quiz);
		expect(outcome.status).toBe('restored');
		expectPracticeMidway(attempt);
	});

	it('a submitted test: its answers, the name, and the results once its keys arrive', async () => {
		const quiz = savedProgressTest();
		const store = memoryStore();
		store.write(progressKey(quiz.article, quiz.slug), fixture('test-submitted.json'));
		const attempt = new Attempt({
			grading: loadedGrading,
			quiz,
			store,
			persistent: true,
			fetchKeys: async () => savedProgressQuiz().keys!
		});
		expect(attempt.load().status).toBe('restored');
		expect(attempt.submitted).toBe(true);
		expect(attempt.submittedAt).toBe(Date.parse('2026-12-01T11:20:00Z'));
		expect(attempt.name).toBe('Ana Lima');
		expect(attempt.answers['aim']).toEqual({ type: 'single', response: 'b', evidence: ['1.1'] });
		expect(attempt.isLocked('main-idea')).toBe(true);
		expect(attempt.keysStatus).toBe('loading');
		await attempt.loadKeys();
		expect(attempt.score).toMatchObject({ earned: 5, possible: 7 });
		expect(attempt.score?.byQuestion['resource']?.verdict).toBe('incorrect');
		// saved before tests had retakes: its submission becomes the recorded one, at its own time
		expect(attempt.test?.submissions).toEqual([
			{
				earned: 5,
				possible: 7,
				percent: attempt.score?.percent,
				passed: attempt.score?.passed,
				at: '2026-12-01T11:20:00.000Z',
				recorded: true,
				// with the answers it was given, for a handed-in file
				answers: { seed: 987654321, questions: attempt.toSaved().questions }
			}
		]);
		// so a retake after it is practice, and the score of record stays
		attempt.retryIncorrect();
		await attempt.submit();
		expect(attempt.test?.current?.recorded).toBe(false);
		expect(attempt.test?.ofRecord?.earned).toBe(5);
	});

	it('a test retaken, saved before each submission kept its answers (the build of commit 47ae5bf)', async () => {
		const quiz = savedProgressQuiz({
			slug: 'saved-retakes',
			mode: 'test',
			keys: null,
			testRules: { retakes: 1, grade: 'best', review: 'answers' }
		});
		const store = memoryStore();
		store.write(progressKey(quiz.article, quiz.slug), fixture('test-retaken.json'));
		const fetchKeys = async () => savedProgressQuiz().keys!;
		const attempt = new Attempt({
			grading: loadedGrading,
			quiz,
			store,
			persistent: true,
			fetchKeys
		});
		expect(attempt.load().status).toBe('restored');
		expect(attempt.name).toBe('Ana Lima');
		expect(attempt.answers['main-idea']?.response).toBe('b');
		await attempt.loadKeys();
		// both submissions, without answers; the better first one is the score of record
		expect(attempt.test?.submissions.map((s) => [s.earned, s.recorded, s.answers])).toEqual([
			[2, true, undefined],
			[0, true, undefined]
		]);
		expect(attempt.test?.ofRecord?.earned).toBe(2);
		expect(attempt.test?.current?.earned).toBe(0);
		// a retake after them is practice, and keeps its answers
		attempt.startOver();
		attempt.setResponse('main-idea', 'a');
		await attempt.submit();
		expect(attempt.test?.current).toMatchObject({ recorded: false, earned: 1 });
		expect(attempt.test?.current?.answers?.questions['main-idea']?.answer.response).toBe('a');
	});
});
