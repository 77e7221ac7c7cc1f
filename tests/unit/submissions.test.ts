/**
 * A test's submissions under its rules (state/submissions.ts): which submission is recorded, which
 * is the score of record under each `grade`, when the right answers may be shown, and a saved list
 * read back from untrusted JSON.
 */
import { describe, expect, it } from 'vitest';
import type { QuizScore } from '$lib/quiz/scoring';
import type { TestRules } from '$lib/quiz/types';
import {
	answersShown,
	isNextRecorded,
	readSubmissions,
	scoreOfRecord,
	submissionClock,
	submissionTime,
	testStanding,
	withoutSubmittedAnswers,
	type Submission
} from '$lib/state/submissions';
import { practiceQuiz } from './ui-fixtures';

const rules = (
	retakes: number,
	grade: TestRules['grade'] = 'best',
	review: TestRules['review'] = 'answers'
): TestRules => ({ retakes, grade, review });

/** A submission of `percent` out of 10 points, on the `n`th minute. */
const submission = (percent: number, n: number, recorded = true): Submission => ({
	earned: percent / 10,
	possible: 10,
	percent,
	passed: percent >= 70,
	at: new Date(Date.UTC(2026, 11, 6, 19, n)).toISOString(),
	recorded
});

const score = (percent: number): Pick<QuizScore, 'earned' | 'possible' | 'percent' | 'passed'> => ({
	earned: percent / 10,
	possible: 10,
	percent,
	passed: percent >= 70
});

describe('which submissions are recorded', () => {
	it.each([
		// retakes, submissions so far (recorded or not) → is the next one recorded?
		[0, [], true],
		[0, [true], false],
		[0, [true, false, false], false],
		[1, [true], true],
		[1, [true, true], false],
		[2, [true, true], true],
		[2, [true, true, true, false], false]
	])('retakes: %i after %j → next recorded: %s', (retakes, so, expected) => {
		const list = so.map((recorded, i) => submission(50, i, recorded));
		expect(isNextRecorded(rules(retakes), list)).toBe(expected);
	});
});

describe('the score of record', () => {
	const list = [
		submission(60, 1),
		submission(90, 2),
		submission(90, 3),
		submission(70, 4),
		submission(100, 5, false)
	];

	it.each([
		['first', 1],
		['best', 2],
		['last', 4]
	] as const)('grade: %s counts the recorded submission of minute %i', (grade, minute) => {
		expect(scoreOfRecord(grade, list)).toBe(list[minute - 1]);
	});

	it('a practice retake never counts, however good; nothing recorded, nothing counts', () => {
		for (const grade of ['first', 'best', 'last'] as const) {
			expect(scoreOfRecord(grade, list)?.percent).not.toBe(100);
			expect(scoreOfRecord(grade, [])).toBeNull();
		}
	});
});

describe('when the right answers are shown', () => {
	it.each([
		// retakes, review, recorded submissions so far → shown?
		[0, 'answers', 0, false],
		[0, 'answers', 1, true],
		[0, 'score', 1, false],
		[2, 'answers', 1, false],
		[2, 'answers', 2, false],
		[2, 'answers', 3, true],
		[2, 'score', 3, false]
	] as const)('retakes: %i, review: %s, after %i recorded → %s', (retakes, review, n, shown) => {
		const list = Array.from({ length: n }, (_, i) => submission(50, i));
		expect(answersShown(rules(retakes, 'best', review), list)).toBe(shown);
	});
});

describe('where a test stands', () => {
	const test = (testRules?: TestRules) => ({ mode: 'test' as const, testRules, questions: [] });
	const at = Date.UTC(2026, 11, 6, 20, 0);
	/** the answers a new submission keeps: none here (see attempt-retakes.test.ts for some) */
	const unanswered = { seed: 7, answers: {}, progress: {} };

	it('a practice quiz has no standing', () => {
		const record = { ...unanswered, submitted: true, submittedAt: at, submissions: [] };
		expect(testStanding({ mode: 'practice', questions: [] }, record, score(50))).toBeNull();
	});

	it('a submission scored but not yet listed counts as it will be listed: the first is recorded', () => {
		const record = { ...unanswered, submitted: true, submittedAt: at, submissions: [] };
		const standing = testStanding(test(), record, score(55))!;
		expect(standing.unsaved).toBe(true);
		expect(standing.current).toEqual({
			...submission(55, 0),
			at: submissionTime(at),
			passed: false,
			answers: { seed: 7, questions: {} }
		});
		expect(standing.ofRecord).toBe(standing.current);
		expect(standing.recordedLeft).toBe(0);
		// no retakes given: the first counts, and the answers are shown after it
		expect(standing.answersShown).toBe(true);
	});

	it('a retake beyond retakes is practice: listed, never the score of record', () => {
		const first = { ...submission(55, 0), passed: false, at: submissionTime(at - 60_000) };
		const record = { ...unanswered, submitted: true, submittedAt: at, submissions: [first] };
		const standing = testStanding(test(rules(0, 'first')), record, score(100))!;
		expect(standing.current).toMatchObject({ percent: 100, recorded: false });
		expect(standing.submissions).toHaveLength(2);
		expect(standing.ofRecord).toBe(first);
	});

	it('once listed, the present submission is found by its time, not added again', () => {
		const listed = { ...submission(80, 0), at: submissionTime(at) };
		const record = { ...unanswered, submitted: true, submittedAt: at, submissions: [listed] };
		const standing = testStanding(test(rules(1)), record, score(80))!;
		expect(standing.unsaved).toBe(false);
		expect(standing.current).toBe(listed);
		expect(standing.recordedLeft).toBe(1);
		expect(standing.answersShown).toBe(false);
	});

	it('while answering again, no submission is current', () => {
		const record = {
			...unanswered,
			submitted: false,
			submittedAt: null,
			submissions: [submission(80, 0)]
		};
		const standing = testStanding(test(rules(1)), record, score(30))!;
		expect(standing.current).toBeNull();
		expect(standing.unsaved).toBe(false);
		expect(standing.submissions).toHaveLength(1);
	});
});

describe('a saved list read back', () => {
	it('keeps the whole entries, drops the spoilt ones, and gives nothing for none', () => {
		const good = submission(70, 1);
		expect(
			readSubmissions([good, { ...good, recorded: 'yes' }, { ...good, percent: 140 }], new Map())
		).toEqual({
			submissions: [good]
		});
		expect(readSubmissions([{ ...good, at: 'yesterday' }, null, 3], new Map())).toEqual({});
		expect(readSubmissions('[]', new Map())).toEqual({});
		expect(readSubmissions(undefined, new Map())).toEqual({});
	});

	it('keeps a submission’s answers read against the quiz; spoilt ones are left out, the submission kept', () => {
		const views = new Map(practiceQuiz().questions.map((view) => [view.id, view]));
		const good = submission(70, 1);
		const answers = {
			seed: 5,
			questions: {
				tf: { version: 'tf-v1', answer: { type: 'true-false', response: true }, checked: false },
				// an answer of another type, and a question the quiz has not got
				'main-idea': { version: 'main-idea-v1', answer: { type: 'true-false' }, checked: false },
				gone: { version: 'x', answer: { type: 'single', response: 'a' }, checked: false }
			}
		};
		const [read] = readSubmissions([{ ...good, answers }], views).submissions!;
		expect(read).toEqual({
			...good,
			answers: { seed: 5, questions: { tf: answers.questions.tf } }
		});
		for (const spoilt of [{ ...answers, seed: -1 }, { seed: 5 }, 'answers'])
			expect(readSubmissions([{ ...good, answers: spoilt }], views)).toEqual({
				submissions: [good]
			});
		// what a learning platform's suspend data keeps when the whole does not fit
		expect(withoutSubmittedAnswers({ submissions: [read!] })).toEqual({ submissions: [good] });
	});
});

describe('the time of a new submission', () => {
	it('is now, or just after the last one when the clock says otherwise', () => {
		const last = submission(50, 5);
		const lastTime = Date.parse(last.at);
		expect(submissionClock([], 1000)).toBe(1000);
		expect(submissionClock([last], lastTime + 60_000)).toBe(lastTime + 60_000);
		expect(submissionClock([last], lastTime)).toBe(lastTime + 1);
		expect(submissionClock([last], lastTime - 5000)).toBe(lastTime + 1);
	});
});
