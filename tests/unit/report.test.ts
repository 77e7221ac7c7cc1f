import { describe, expect, it } from 'vitest';
import { answerContext } from '$lib/components/quiz/answer-words';
import { attemptReport, markOf, reportRows, resultsText } from '$lib/components/quiz/report';
import { submittedText } from '$lib/components/quiz/report';
import { sentenceIndex } from '$lib/question-types/shared/sentence-picking';
import { answerText as answerWords } from '$lib/quiz/grading';
import type { Answer, QuestionView } from '$lib/quiz/types';
import { Attempt } from '$lib/state/attempt.svelte';
import { loadedGrading } from './loaded-grading';
import { nextUnanswered, unansweredIds } from '$lib/state/navigation';
import { memoryStore } from '$lib/state/storage';
import { article as textArticle } from './text-question-fixtures';
import { keys as textKeys, views as textViews } from './text-question-fixtures';
import { article, keys, practiceQuiz, testQuiz } from './ui-fixtures';

function session() {
	const attempt = new Attempt({
		grading: loadedGrading,
		quiz: practiceQuiz(),
		store: memoryStore(),
		persistent: true,
		makeSeed: () => 3
	});
	attempt.load();
	return attempt;
}

describe('answers in words, for the report', () => {
	const byId = (id: string) => textViews.find((view) => view.id === id)!;
	const context = answerContext(['r2', 'r1'], sentenceIndex(textArticle));
	const answerText = (view: QuestionView, answer: Answer) => answerWords(view, answer, context);

	it('each type says what was answered', () => {
		expect(answerText(byId('fill-typed'), { type: 'fill-blanks', response: ['economy', ''] })).toBe(
			'economy; —'
		);
		expect(answerText(byId('events'), { type: 'order', response: ['i2', 'i1', 'i3'] })).toMatch(
			/^1\. .+; 2\. .+; 3\. .+$/
		);
		// the options by the letter they were shown with (here r2, then r1)
		expect(answerText(byId('who'), { type: 'match', response: ['r1', null] })).toMatch(
			/^Biden → B\. .+; .+ → \(none\)$/
		);
		// sentences quoted from the article, in article order
		expect(answerText(byId('criticism'), { type: 'highlight', response: ['2.1', '1.2'] })).toBe(
			'¶1 “It will deepen ties with China instead of the U.S.” ¶2 “In contrast to Trump, Biden swiftly criticized North Korea for violating U.N. Security Council resolutions.”'
		);
		expect(answerText(byId('aim'), { type: 'single', response: 'a', evidence: ['1.2'] })).toBe(
			'Part A: A. Closer ties with China · Part B: ¶1 “It will deepen ties with China instead of the U.S.”'
		);
		expect(answerText(byId('aim'), { type: 'single', response: null, evidence: [] })).toBe('');
		expect(Object.keys(textKeys)).toContain('aim');
	});
});

describe('the report and the copied summary', () => {
	it('marks: right, partly, wrong, not answered', () => {
		expect(markOf({ earned: 1, possible: 1, verdict: 'correct' }, true)).toBe('right');
		expect(markOf({ earned: 0.5, possible: 1, verdict: 'partial' }, true)).toBe('partly');
		expect(markOf({ earned: 0, possible: 1, verdict: 'incorrect' }, true)).toBe('wrong');
		expect(markOf({ earned: 0, possible: 1, verdict: 'incorrect' }, false)).toBe('unanswered');
	});

	it('the plain-text summary: who, what, when, the score, each question with the answer given, the right answer and why', async () => {
		const s = session();
		s.setResponse('main-idea', 'a');
		s.setResponse('facts', ['x']);
		s.setResponse('resource', 'coal');
		s.setName('  Ana Pérez ');
		await s.submit();
		const rows = reportRows(attemptReport(s, s.score!, sentenceIndex(article)));
		const at = Date.UTC(2026, 10, 29, 14, 5);
		const text = resultsText(
			{
				quiz: 'Reading check',
				article: 'Pyongyang looks to Beijing',
				name: s.name,
				submittedAt: at,
				passMark: 70
			},
			s.score!,
			rows,
			'en-GB'
		);
		expect(text.split('\n')).toEqual([
			'Reading check — Pyongyang looks to Beijing',
			'Name: Ana Pérez',
			submittedText(at, 'en-GB'),
			'Score: 2 / 6 points (33.3%)',
			'Not yet (pass mark 70%)',
			'',
			'1. What does Kim want?',
			'   ✓ Right · 1 / 1 point · Your answer: A. Closer ties with China',
			'   Right answer: A. Closer ties with China',
			'   Explanation: Because ¶1 says so.',
			'   Evidence: ¶1 “deepen ties with China”',
			'2. Which are stated?',
			'   ◐ Partly right · 1 / 2 points · Your answer: A. Oil is short',
			'   Right answer: A. Oil is short; B. Trade has fallen',
			'   Explanation: Because ¶2 says so.',
			'   Evidence: ¶2 “crude oil. Trade has fallen”',
			'3. Kim wants to rebuild the economy.',
			'   – Not answered · 0 / 1 point',
			'   Right answer: True',
			'   Explanation: Because ¶1 says so.',
			'   Evidence: ¶1 “rebuild the economy”',
			'4. China pays for everything.',
			'   – Not answered · 0 / 1 point',
			'   Right answer: Not given',
			'   Explanation: Because ¶1 says so.',
			'   Evidence: ¶1 “ties with China”',
			'5. Name the resource that is short.',
			'   ✗ Not right · 0 / 1 point · Your answer: coal',
			'   Right answer: crude oil / oil',
			'   Explanation: Because ¶2 says so.',
			'   Evidence: ¶2 “crude oil”'
		]);
		expect(submittedText(at, 'en-GB')).toMatch(/^Submitted 29 November 2026 at \d\d:05$/);
	});
});

describe('the copied results of a test', () => {
	it('give the recorded score, mark a practice retake, and list every attempt with its time', async () => {
		const attempt = new Attempt({
			grading: loadedGrading,
			quiz: testQuiz(),
			store: memoryStore(),
			persistent: true,
			fetchKeys: async () => keys
		});
		attempt.load();
		attempt.setResponse('main-idea', 'a');
		await attempt.submit();
		attempt.retryIncorrect();
		attempt.setResponse('facts', ['x', 'y']);
		attempt.setResponse('tf', true);
		attempt.setResponse('tfng', 'not-given');
		attempt.setResponse('resource', 'oil');
		await attempt.submit();
		const score = attempt.score!;
		const rows = reportRows(attemptReport(attempt, score, sentenceIndex(article)));
		const head = { quiz: 'Test', article: 'Ties', name: '', submittedAt: null, passMark: 70 };
		const lines = resultsText({ ...head, test: attempt.test }, score, rows, 'en-GB').split('\n');
		const [first, second] = attempt.test!.submissions.map((s) =>
			new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(
				Date.parse(s.at)
			)
		);
		expect(lines.slice(0, 6)).toEqual([
			'Test — Ties',
			'Your recorded score (your first submission): 1 / 6 points (16.7%)',
			'Not yet (pass mark 70%)',
			'Practice retake — does not change your recorded score. This retake: 6 / 6 points (100%)',
			'Attempts:',
			`   Attempt 1: 1 / 6 points (16.7%), ${first} — recorded score`
		]);
		expect(lines[6]).toBe(
			`   Attempt 2: 6 / 6 points (100%), ${second} — Practice retake — does not change your recorded score`
		);
	});
});

describe('Attempt: the place and the next unanswered question', () => {
	it('goes round from the question last worked on to the next unanswered one', () => {
		const s = session();
		const order = s.questions.map((view) => view.id);
		const answered = (id: string) => s.isAnswered(id);
		const next = (after?: string) => nextUnanswered(order, answered, after);
		expect(next()).toBe('main-idea');
		s.setResponse('facts', ['x']);
		s.setResponse('tf', true);
		expect(next('facts')).toBe('tfng');
		s.setResponse('tfng', 'true');
		s.setResponse('resource', 'oil');
		expect(next('resource')).toBe('main-idea');
		s.setResponse('main-idea', 'a');
		expect(next('resource')).toBeNull();
		expect(unansweredIds(order, answered)).toEqual([]);
	});

	it('keeps the place with the attempt, and a reload finds it', () => {
		const store = memoryStore();
		const s = new Attempt({
			grading: loadedGrading,
			quiz: practiceQuiz(),
			store,
			persistent: true
		});
		s.load();
		s.setPlace({ question: 'tf' });
		s.setPlace({ paragraph: 2, inArticle: true });
		expect(s.place).toEqual({ question: 'tf', paragraph: 2, inArticle: true });
		s.setPlace({ paragraph: 1 });
		expect(s.place).toEqual({ question: 'tf', paragraph: 1 });
		const again = new Attempt({
			grading: loadedGrading,
			quiz: practiceQuiz(),
			store,
			persistent: true
		});
		again.load();
		expect(again.place).toEqual({ question: 'tf', paragraph: 1 });
	});

	it('the name and the submission time stay with a submitted attempt, not a retried one', async () => {
		const store = memoryStore();
		const s = new Attempt({
			grading: loadedGrading,
			quiz: practiceQuiz(),
			store,
			persistent: true
		});
		s.load();
		s.setName('Ana');
		await s.submit();
		const when = s.submittedAt;
		expect(when).toBeGreaterThan(0);
		const again = new Attempt({
			grading: loadedGrading,
			quiz: practiceQuiz(),
			store,
			persistent: true
		});
		again.load();
		expect(again.name).toBe('Ana');
		expect(again.submittedAt).toBe(when);
		again.retryIncorrect();
		expect(again.submittedAt).toBeNull();
		expect(again.name).toBe('Ana');
	});
});
