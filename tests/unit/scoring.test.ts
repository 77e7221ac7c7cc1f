/**
 * Quiz-wide scoring: a question's points, two-part answers, tries, the quiz's total, the empty
 * answer and what counts as answered. Each type's own score rule is tested in its folder.
 */
import { describe, expect, it } from 'vitest';
import { emptyAnswer, emptyResponse, isAnswered } from '$lib/quiz/questions';
import { scoreQuestion, scoreQuiz } from '$lib/quiz/scoring';
import type { Answer, QuestionKey, QuestionView } from '$lib/quiz/types';
import {
	blanks,
	blanksKey,
	highlight,
	highlightKey,
	match,
	matchKey,
	multiple,
	multipleKey,
	order,
	orderKey,
	parts,
	short,
	shortKey,
	single,
	singleKey,
	tfng,
	tfngKey,
	trueFalse,
	trueFalseKey
} from './quiz-fixtures';

describe('scoreQuestion', () => {
	it('scores out of the question’s points', () => {
		const view = { ...multiple, points: 3 };
		expect(
			scoreQuestion(view, multipleKey, { type: 'multiple', response: ['a', 'b'] })
		).toMatchObject({ earned: 2, possible: 3, verdict: 'partial' });
		expect(
			scoreQuestion(view, multipleKey, { type: 'multiple', response: ['a', 'b', 'c'] })
		).toEqual({ earned: 3, possible: 3, verdict: 'correct' });
		expect(scoreQuestion(view, multipleKey, { type: 'multiple', response: ['d'] })).toEqual({
			earned: 0,
			possible: 3,
			verdict: 'incorrect'
		});
	});

	it('an unanswered question earns 0 and is incorrect', () => {
		expect(scoreQuestion(single, singleKey, undefined)).toEqual({
			earned: 0,
			possible: 1,
			verdict: 'incorrect'
		});
		expect(scoreQuestion(order, orderKey, emptyAnswer(order))).toEqual({
			earned: 0,
			possible: 1,
			verdict: 'incorrect'
		});
	});

	it('an answer of another type than the question earns 0', () => {
		expect(scoreQuestion(trueFalse, trueFalseKey, { type: 'single', response: 'b' })).toEqual({
			earned: 0,
			possible: 1,
			verdict: 'incorrect'
		});
	});

	describe('two-part questions (3 points: Part A 1.5, Part B 1.5)', () => {
		const view: QuestionView = { ...single, points: 3, ...parts(true) };
		const key: QuestionKey = { ...singleKey, evidenceSentences: ['2.1', '2.3'] };
		const answer = (response: string | null, evidence?: string[]): Answer => ({
			type: 'single',
			response,
			evidence
		});

		it('both parts right: full points', () => {
			expect(scoreQuestion(view, key, answer('b', ['2.3', '2.1']))).toEqual({
				earned: 3,
				possible: 3,
				verdict: 'correct',
				partA: true,
				partB: true
			});
		});

		it('only Part A right: half', () => {
			expect(scoreQuestion(view, key, answer('b', ['2.1']))).toEqual({
				earned: 1.5,
				possible: 3,
				verdict: 'partial',
				partA: true,
				partB: false
			});
			expect(scoreQuestion(view, key, answer('b', ['2.1', '2.3', '2.2']))).toMatchObject({
				earned: 1.5,
				partB: false
			});
			expect(scoreQuestion(view, key, answer('b'))).toMatchObject({ earned: 1.5, partB: false });
		});

		it('Part A wrong: 0, even with the right evidence', () => {
			expect(scoreQuestion(view, key, answer('a', ['2.1', '2.3']))).toEqual({
				earned: 0,
				possible: 3,
				verdict: 'incorrect',
				partA: false,
				partB: true
			});
		});

		it('partial Part A earns its share of Part A’s half only', () => {
			const twoPartMultiple: QuestionView = { ...multiple, points: 3, ...parts(true) };
			const key2: QuestionKey = { ...multipleKey, evidenceSentences: ['2.1'] };
			const score = scoreQuestion(twoPartMultiple, key2, {
				type: 'multiple',
				response: ['a', 'b'],
				evidence: ['2.1']
			});
			expect(score.earned).toBeCloseTo(1);
			expect(score).toMatchObject({ verdict: 'partial', partA: false, partB: true });
		});

		it('all-or-nothing Part A on a two-part question', () => {
			const twoPartMultiple: QuestionView = { ...multiple, points: 2, ...parts(true) };
			const key2: QuestionKey = { ...multipleKey, scoring: 'all-or-nothing' };
			expect(
				scoreQuestion(twoPartMultiple, key2, {
					type: 'multiple',
					response: ['a', 'b', 'c'],
					evidence: ['1.1']
				})
			).toMatchObject({ earned: 2, verdict: 'correct' });
			expect(
				scoreQuestion(twoPartMultiple, key2, {
					type: 'multiple',
					response: ['a', 'b'],
					evidence: ['1.1']
				})
			).toMatchObject({ earned: 0, verdict: 'incorrect' });
		});

		it('unanswered two-part question', () => {
			expect(scoreQuestion(view, key, undefined)).toEqual({
				earned: 0,
				possible: 3,
				verdict: 'incorrect',
				partA: false,
				partB: false
			});
		});
	});
});

describe('scoreQuiz', () => {
	const questions: QuestionView[] = [single, { ...multiple, points: 2 }, short, order, highlight];
	const keys: Record<string, QuestionKey> = {
		[single.id]: singleKey,
		[multiple.id]: multipleKey,
		[short.id]: shortKey,
		[order.id]: orderKey,
		[highlight.id]: highlightKey
	};

	it('nothing answered: 0 of the total points, not passed', () => {
		const score = scoreQuiz({ questions, passMark: 50 }, keys, {});
		expect(score).toMatchObject({ earned: 0, possible: 6, percent: 0, passed: false });
		expect(Object.keys(score.byQuestion)).toEqual(questions.map((q) => q.id));
		expect(Object.values(score.byQuestion).every((q) => q.verdict === 'incorrect')).toBe(true);
	});

	it('everything wrong', () => {
		const score = scoreQuiz({ questions }, keys, {
			[single.id]: { type: 'single', response: 'a' },
			[multiple.id]: { type: 'multiple', response: ['d', 'e'] },
			[short.id]: { type: 'short-answer', response: 'Seoul' },
			[order.id]: { type: 'order', response: ['k1', 'k2', 'k3', 'k4'] },
			[highlight.id]: { type: 'highlight', response: ['9.9'] }
		});
		expect(score).toMatchObject({ earned: 0, possible: 6, percent: 0, passed: null });
	});

	it('a mixed result: partial credit adds up, percent rounded to one decimal, pass mark applied', () => {
		const answers: Record<string, Answer> = {
			[single.id]: { type: 'single', response: 'b' }, // 1 of 1
			[multiple.id]: { type: 'multiple', response: ['a', 'b'] }, // 4/3 of 2
			[short.id]: { type: 'short-answer', response: 'beijing.' }, // 1 of 1
			[order.id]: { type: 'order', response: ['k3', 'k1', 'k2', 'k4'] }, // 0.5 of 1
			[highlight.id]: { type: 'highlight', response: [] } // 0 of 1
		};
		const score = scoreQuiz({ questions, passMark: 64 }, keys, answers);
		expect(score.earned).toBeCloseTo(1 + 4 / 3 + 1 + 0.5);
		expect(score.possible).toBe(6);
		expect(score.percent).toBe(63.9); // 3.8333 / 6 = 63.888…%
		expect(score.passed).toBe(false);
		// pass or not on the percentage shown: 63.888…% shows as 63.9%, which reaches 63.9
		expect(scoreQuiz({ questions, passMark: 63.9 }, keys, answers).passed).toBe(true);
		expect(scoreQuiz({ questions, passMark: 63.8 }, keys, answers).passed).toBe(true);
		// the shown points: 1 + 1.3 + 1 + 0.5 + 0 = 3.8, the exact 3.8333… rounded once
		expect(score.shown.earned).toBe(3.8);
		expect(Object.values(score.shown.byQuestion)).toEqual([1, 1.3, 1, 0.5, 0]);
		expect(score.byQuestion[multiple.id]).toMatchObject({ possible: 2, verdict: 'partial' });
		expect(score.byQuestion[short.id]).toMatchObject({ earned: 1, verdict: 'correct' });
	});

	it('everything right: 100%', () => {
		const score = scoreQuiz({ questions, passMark: 100 }, keys, {
			[single.id]: { type: 'single', response: 'b' },
			[multiple.id]: { type: 'multiple', response: ['a', 'b', 'c'] },
			[short.id]: { type: 'short-answer', response: 'Beijing' },
			[order.id]: { type: 'order', response: ['k3', 'k1', 'k4', 'k2'] },
			[highlight.id]: { type: 'highlight', response: ['3.1', '3.2'] }
		});
		expect(score).toMatchObject({ earned: 6, possible: 6, percent: 100, passed: true });
	});

	it('ignores answers to unknown questions and survives a missing key', () => {
		const score = scoreQuiz(
			{ questions: [single, trueFalse] },
			{ [single.id]: singleKey },
			{
				[single.id]: { type: 'single', response: 'b' },
				[trueFalse.id]: { type: 'true-false', response: false },
				'no-such-question': { type: 'single', response: 'b' }
			}
		);
		expect(score).toMatchObject({ earned: 1, possible: 2, percent: 50 });
		expect(score.byQuestion[trueFalse.id]?.verdict).toBe('incorrect');
		expect(score.byQuestion).not.toHaveProperty('no-such-question');
	});
});

describe('emptyResponse and emptyAnswer', () => {
	it('gives each type its unanswered response', () => {
		expect(emptyResponse(single)).toBeNull();
		expect(emptyResponse(multiple)).toEqual([]);
		expect(emptyResponse(trueFalse)).toBeNull();
		expect(emptyResponse(tfng)).toBeNull();
		expect(emptyResponse(short)).toBe('');
		expect(emptyResponse(blanks)).toEqual(['', '', '', '']);
		expect(emptyResponse(order)).toBeNull();
		expect(emptyResponse(match)).toEqual([null, null, null, null]);
		expect(emptyResponse(highlight)).toEqual([]);
	});

	it('an empty answer carries the type, and Part B only when two-part', () => {
		expect(emptyAnswer(match)).toEqual({ type: 'match', response: [null, null, null, null] });
		expect(emptyAnswer({ ...trueFalse, ...parts(true) })).toEqual({
			type: 'true-false',
			response: null,
			evidence: []
		});
	});

	it('each empty answer is unanswered and scores 0', () => {
		const all: [QuestionView, QuestionKey][] = [
			[single, singleKey],
			[multiple, multipleKey],
			[trueFalse, trueFalseKey],
			[tfng, tfngKey],
			[short, shortKey],
			[blanks, blanksKey],
			[order, orderKey],
			[match, matchKey],
			[highlight, highlightKey]
		];
		for (const [view, key] of all) {
			expect(isAnswered(view, emptyAnswer(view)), view.type).toBe(false);
			expect(scoreQuestion(view, key, emptyAnswer(view)).earned, view.type).toBe(0);
		}
	});
});

describe('isAnswered', () => {
	it('nothing saved is unanswered', () => {
		expect(isAnswered(single, undefined)).toBe(false);
	});

	it('two-part: Part A and at least one sentence for Part B', () => {
		const view: QuestionView = { ...single, ...parts(true) };
		expect(isAnswered(view, { type: 'single', response: 'a' })).toBe(false);
		expect(isAnswered(view, { type: 'single', response: 'a', evidence: [] })).toBe(false);
		expect(isAnswered(view, { type: 'single', response: null, evidence: ['1.1'] })).toBe(false);
		expect(isAnswered(view, { type: 'single', response: 'a', evidence: ['1.1'] })).toBe(true);
	});

	it('an answer of another type does not count', () => {
		expect(isAnswered(single, { type: 'true-false', response: true })).toBe(false);
	});
});
