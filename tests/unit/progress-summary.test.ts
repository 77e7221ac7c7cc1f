/**
 * What the library shows of a quiz from the attempt this browser saved (state/progress-summary.ts):
 * not started, in progress, or submitted with its score, and never an error, whatever the saved
 * value holds. The saved attempts are written by the format's owner (`toSaved`), or by hand where
 * they are meant to be broken.
 */
import { describe, expect, it } from 'vitest';
import { freshRecord, toSaved, type AttemptRecord } from '$lib/state/saved-attempt';
import { isSavedAttempt, progressSummary } from '$lib/state/progress-summary';
import type { Answer, QuizData } from '$lib/quiz/types';
import { short, shortKey, single, singleKey, trueFalse, trueFalseKey } from './quiz-fixtures';

const keys = { [single.id]: singleKey, [trueFalse.id]: trueFalseKey, [short.id]: shortKey };

/** A practice quiz of three one-point questions, passed at 60%. */
function quiz(overrides: Partial<QuizData> = {}): QuizData {
	const questions = [single, trueFalse, short];
	return {
		slug: 'progress',
		article: 'ties',
		title: 'Progress',
		mode: 'practice',
		questionCount: 3,
		points: 3,
		shuffle: { questions: false, choices: false },
		passMark: 60,
		questions,
		version: 'progress-v1',
		keys,
		...overrides
	};
}

const right: Record<string, Answer> = {
	[single.id]: { type: 'single', response: 'b', evidence: [] },
	[trueFalse.id]: { type: 'true-false', response: false, evidence: [] },
	[short.id]: { type: 'short-answer', response: 'Beijing' }
};

/** The attempt as the quiz page saves it, with `change` made to a fresh one. */
function saved(change: Partial<AttemptRecord> = {}, on: QuizData = quiz()): string {
	const record = { ...freshRecord(on, 7), ...change };
	return JSON.stringify(
		toSaved({ ...record, answers: { ...record.answers, ...change.answers } }, on, 1_000)
	);
}

describe('progressSummary', () => {
	it('nothing saved, or a quiz opened and left unanswered: not started', () => {
		expect(progressSummary(null, quiz(), keys)).toEqual({ type: 'not-started' });
		expect(progressSummary(saved(), quiz(), keys)).toEqual({ type: 'not-started' });
	});

	it('a corrupt saved value: not started, never an error', () => {
		const good = JSON.parse(saved({ answers: { [single.id]: right[single.id]! } })) as object;
		for (const raw of [
			'',
			'not json',
			'{"format":1,',
			'null',
			'[]',
			'42',
			'{}',
			JSON.stringify({ ...good, format: 2 }),
			JSON.stringify({ ...good, seed: -1 }),
			JSON.stringify({ ...good, questions: 'all of them' }),
			JSON.stringify({ ...good, submitted: 'yes' })
		]) {
			expect(progressSummary(raw, quiz(), keys), raw).toEqual({ type: 'not-started' });
			expect(isSavedAttempt(raw), raw).toBe(false);
		}
		expect(isSavedAttempt(JSON.stringify(good))).toBe(true);
		// the attempt's shape holds, but none of its answers does
		const spoilt = { ...good, questions: { [single.id]: null, [short.id]: 'Beijing' } };
		expect(progressSummary(JSON.stringify(spoilt), quiz(), keys)).toEqual({ type: 'not-started' });
	});

	it('answers given: how many of the questions', () => {
		const answers = { [single.id]: right[single.id]!, [short.id]: right[short.id]! };
		expect(progressSummary(saved({ answers }), quiz(), keys)).toEqual({
			type: 'in-progress',
			answered: 2,
			checked: 0,
			total: 3,
			changed: false
		});
	});

	it('practice: how many are checked and settled (a waiting try is not)', () => {
		const progress = {
			[single.id]: { phase: 'revealed', used: 1, best: 1 },
			[trueFalse.id]: { phase: 'waiting', used: 1, best: 0 }
		} as const;
		const answers = { [single.id]: right[single.id]!, [trueFalse.id]: right[trueFalse.id]! };
		const on = quiz({ questions: [single, { ...trueFalse, attempts: 2 }, short] });
		expect(progressSummary(saved({ answers, progress }, on), on, keys)).toMatchObject({
			type: 'in-progress',
			answered: 2,
			checked: 1
		});
	});

	it('one malformed answer counts as unanswered; the others still count', () => {
		const raw = JSON.parse(saved({ answers: right })) as { questions: Record<string, object> };
		raw.questions[single.id] = {
			...raw.questions[single.id],
			answer: { type: 'single', response: 'z' }
		};
		expect(progressSummary(JSON.stringify(raw), quiz(), keys)).toMatchObject({
			type: 'in-progress',
			answered: 2
		});
	});

	it('a question changed since: its answer no longer counts, and the summary says the quiz changed', () => {
		const before = quiz({ questions: [{ ...single, version: 'v0' }, trueFalse, short] });
		const raw = saved({ answers: { [single.id]: right[single.id]! } }, before);
		expect(progressSummary(raw, quiz(), keys)).toEqual({
			type: 'in-progress',
			answered: 0,
			checked: 0,
			total: 3,
			changed: true
		});
	});

	it('submitted: the score and whether it passed, once the keys are known', () => {
		const submitted = { submitted: true, submittedAt: 900 };
		const twoRight = {
			...right,
			[short.id]: { type: 'short-answer', response: 'Paris' } as Answer
		};
		expect(progressSummary(saved({ ...submitted, answers: twoRight }), quiz(), keys)).toEqual({
			type: 'submitted',
			total: 3,
			score: { earned: 2, possible: 3, percent: 66.7, passed: true },
			retaking: false
		});
		const oneRight = { [single.id]: right[single.id]! };
		expect(progressSummary(saved({ ...submitted, answers: oneRight }), quiz(), keys)).toMatchObject(
			{ score: { earned: 1, passed: false } }
		);
		const test = quiz({ mode: 'test', keys: null, passMark: undefined });
		const raw = saved({ ...submitted, answers: right }, test);
		expect(progressSummary(raw, test, null)).toEqual({
			type: 'submitted',
			total: 3,
			score: null,
			retaking: false
		});
		expect(progressSummary(raw, test, keys)).toMatchObject({
			score: { percent: 100, passed: null }
		});
	});

	it('a test: the score of record, not what a later retake scored', () => {
		const test = quiz({
			mode: 'test',
			keys: null,
			testRules: { retakes: 0, grade: 'best', review: 'answers' }
		});
		const at = '2026-12-06T10:00:00.000Z';
		const submissions = [
			{ earned: 1, possible: 3, percent: 33.3, passed: false, at, recorded: true },
			{ earned: 3, possible: 3, percent: 100, passed: true, at, recorded: false }
		];
		const raw = saved({ submitted: true, submittedAt: 900, answers: right, submissions }, test);
		expect(progressSummary(raw, test, keys)).toEqual({
			type: 'submitted',
			total: 3,
			score: { earned: 1, possible: 3, percent: 33.3, passed: false },
			retaking: false
		});
		// "Retry incorrect": the retake is under way, the recorded score still stands
		const retaking = saved({ answers: right, submissions }, test);
		expect(progressSummary(retaking, test, keys)).toEqual({
			type: 'submitted',
			total: 3,
			score: { earned: 1, possible: 3, percent: 33.3, passed: false },
			retaking: true
		});
	});

	it('a submission with an answer to a changed question is no longer one', () => {
		const before = quiz({ questions: [single, trueFalse, { ...short, version: 'v0' }] });
		const raw = saved({ submitted: true, submittedAt: 900, answers: right }, before);
		expect(progressSummary(raw, quiz(), keys)).toMatchObject({
			type: 'in-progress',
			answered: 2,
			changed: true
		});
	});

	it('a quiz with a pool: out of the questions drawn for this student', () => {
		const pooled = quiz({ pick: 2, questionCount: 2 });
		expect(progressSummary(saved({ answers: right }, pooled), pooled, keys)).toMatchObject({
			type: 'in-progress',
			answered: 2,
			total: 2
		});
	});
});
