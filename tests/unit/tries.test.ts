import { describe, expect, it } from 'vitest';
import { triesNote } from '$lib/components/quiz/results-words';
import { checkAnnouncement, partsText, triesLeftText } from '$lib/components/quiz/check-words';
import { scoreText, tryHeading } from '$lib/components/quiz/words';
import { scoreQuestion, partsRight } from '$lib/quiz/scoring';
import { afterTry, creditOf, NO_TRIES, triesAllowed, tryFactor } from '$lib/quiz/tries';
import type { QuestionView, QuizData } from '$lib/quiz/types';
import { Attempt } from '$lib/state/attempt.svelte';
import { loadedGrading } from './loaded-grading';
import { readSavedAttempt } from '$lib/state/saved-attempt';
import { memoryStore, progressKey, type ProgressStore } from '$lib/state/storage';
import { keys as textKeys, views as textViews, viewOf } from './text-question-fixtures';
import { keys, practiceQuiz, views } from './ui-fixtures';

/** The ui fixture quiz with `attempts` tries per question. */
function quizWithTries(attempts: number, overrides: Partial<QuizData> = {}): QuizData {
	return practiceQuiz({
		questions: views.map((view) => ({ ...view, attempts })),
		...overrides
	});
}

function session(quiz: QuizData, store: ProgressStore = memoryStore()) {
	const attempt = new Attempt({
		grading: loadedGrading,
		quiz,
		store,
		persistent: true,
		makeSeed: () => 7
	});
	attempt.load();
	return attempt;
}

describe('the rule of tries', () => {
	it('2 tries in practice unless the teacher says; always 1 in a test', () => {
		expect(triesAllowed('practice', undefined, undefined)).toBe(2);
		expect(triesAllowed('practice', undefined, 3)).toBe(3);
		expect(triesAllowed('practice', 1, 3)).toBe(1);
		expect(triesAllowed('test', 3, 3)).toBe(1);
	});

	it('full points on the first try, half on the second, a quarter on the third', () => {
		expect([1, 2, 3, 4].map(tryFactor)).toEqual([1, 0.5, 0.25, 0.125]);
	});

	it('the best try counts: trying again never costs what an earlier try earned', () => {
		const first = afterTry(NO_TRIES, 2 / 3); // 2 of 3 parts on the first try
		expect(first).toEqual({ used: 1, best: 2 / 3 });
		const second = afterTry(first, 1); // all right on the second: worth ½ < ⅔
		expect(second.best).toBeCloseTo(2 / 3);
		expect(creditOf(second, 1)).toBeCloseTo(2 / 3);
		// a question never checked earns what its answer earns
		expect(creditOf(NO_TRIES, 0.5)).toBe(0.5);
		// after one wrong try, the answer as it stands counts as the second try
		expect(creditOf(afterTry(NO_TRIES, 0), 1)).toBe(0.5);
	});

	it('scores a question after tries, saying on which try', () => {
		const view = { ...views[0]!, attempts: 2 };
		const key = keys['main-idea']!;
		const right = { type: 'single', response: 'a' } as const;
		expect(scoreQuestion(view, key, right, { used: 1, best: 0 })).toEqual({
			earned: 0.5,
			possible: 1,
			verdict: 'correct',
			onTry: 2
		});
		expect(triesNote(scoreQuestion(view, key, right, { used: 1, best: 0 }))).toBe(
			'Right on the second try: half the points.'
		);
		expect(triesNote(scoreQuestion(view, key, right))).toBeNull();
	});

	it('says before a later try what it is worth', () => {
		expect(tryHeading(1, 2)).toBe('Second try of 2: a right answer earns half the points.');
		expect(tryHeading(2, 3)).toBe('Third try of 3: a right answer earns a quarter of the points.');
		expect(triesLeftText(1, 1)).toBe(
			'You have 1 more try; a right answer now earns half the points.'
		);
	});
});

describe('how many parts are right, per type, and which to check', () => {
	const byId = (id: string) => textViews.find((view) => view.id === id)!;

	it('blanks, items, pairs, sentences and Part B', () => {
		const fill = byId('fill-typed');
		const blanks = partsRight(fill, textKeys['fill-typed']!, {
			type: 'fill-blanks',
			response: ['economy', 'Japan']
		});
		expect(blanks).toEqual({ right: 1, of: 2, wrong: [1] });
		expect(partsText(blanks!, fill)).toBe('1 of 2 blanks is right: check blank 2.');

		const order = byId('events');
		const items = partsRight(order, textKeys['events']!, {
			type: 'order',
			response: ['i2', 'i3', 'i1']
		});
		// i2 is in place; i3 and i1 (2nd and 3rd in the student's order) are not
		expect(items).toEqual({ right: 1, of: 3, wrong: [1, 2] });
		expect(partsText(items!, order)).toBe('1 of 3 items is in place.');

		const match = byId('who');
		const pairs = partsRight(match, textKeys['who']!, { type: 'match', response: ['r1', 'r1'] });
		expect(pairs).toEqual({ right: 1, of: 2, wrong: [1] });
		expect(partsText(pairs!, match)).toBe('1 of 2 pairs is right: check the pair for ‘Kim’.');

		const highlight = byId('criticism');
		const sentences = partsRight(highlight, textKeys['criticism']!, {
			type: 'highlight',
			response: ['2.1', '1.1']
		});
		expect(partsText(sentences!, highlight)).toBe(
			'You selected the sentence needed, and 1 sentence that is not the evidence.'
		);

		const twoPart = byId('aim');
		const parts = partsRight(twoPart, textKeys['aim']!, {
			type: 'single',
			response: 'a',
			evidence: ['2.2']
		});
		expect(parts?.twoPart).toEqual({ partA: true, partB: false });
		expect(partsText(parts!, twoPart)).toBe('Part A is right; the supporting sentence is not.');
		const onlyB = partsRight(twoPart, textKeys['aim']!, {
			type: 'single',
			response: 'b',
			evidence: ['1.2']
		});
		expect(partsText(onlyB!, twoPart)).toBe('The supporting sentence is right; Part A is not.');
		const neither = partsRight(twoPart, textKeys['aim']!, {
			type: 'single',
			response: 'b',
			evidence: ['2.2']
		});
		expect(partsText(neither!, twoPart)).toBe(
			'Neither Part A nor the supporting sentence is right.'
		);
	});

	it('several to check: listed; none right: nothing singled out', () => {
		const match = viewOf('who', 'match');
		const three: QuestionView = {
			...match,
			lefts: [...match.lefts, { id: '2', text: [{ text: 'Putin' }] }]
		};
		expect(partsText({ right: 1, of: 3, wrong: [1, 2] }, three)).toBe(
			'1 of 3 pairs is right: check the pairs for ‘Kim’ and ‘Putin’.'
		);
		const fill = byId('fill-typed');
		expect(partsText({ right: 2, of: 5, wrong: [0, 2, 4] }, fill)).toBe(
			'2 of 5 blanks are right: check blanks 1, 3 and 5.'
		);
		expect(partsText({ right: 0, of: 2, wrong: [0, 1] }, fill)).toBe('0 of 2 blanks are right.');
		expect(partsText({ right: 5, of: 7, wrong: [2, 6] }, byId('events'))).toBe(
			'5 of 7 items are in place.'
		);
	});

	it('a multiple choice: the right choices picked, and the wrong picks', () => {
		const view = views[1]!;
		const parts = partsRight(view, keys['facts']!, { type: 'multiple', response: ['x', 'z'] });
		expect(partsText(parts!, view)).toBe(
			'You chose 1 of the 2 right choices, and 1 choice that is not right.'
		);
	});

	it('a one-part answer has no parts to count', () => {
		expect(partsRight(views[0]!, keys['main-idea']!, { type: 'single', response: 'b' })).toBeNull();
	});
});

describe('Attempt: tries in practice mode', () => {
	it('a wrong first try waits (locked, key hidden) with the chosen choice’s feedback', async () => {
		const s = session(quizWithTries(2));
		s.setResponse('main-idea', 'b');
		const outcome = await s.check('main-idea');
		expect(outcome).toMatchObject({ kind: 'not-yet', triesLeft: 1, parts: null });
		expect(s.isLocked('main-idea')).toBe(true);
		expect(s.key('main-idea')).toBeNull();
		expect(s.pendingTry('main-idea')?.feedback).toEqual([{ text: 'Nothing points to a war.' }]);
		expect(checkAnnouncement(outcome!, views[0]!, 1)).toBe(
			'Not right yet. You have 1 more try; a right answer now earns half the points.'
		);
		// Try again: answering once more, the try used
		s.tryAgain('main-idea');
		expect(s.isLocked('main-idea')).toBe(false);
		expect(s.progress('main-idea').used).toBe(1);
		s.setResponse('main-idea', 'a');
		const second = await s.check('main-idea');
		expect(second?.kind).toBe('revealed');
		expect(s.key('main-idea')).not.toBeNull();
		expect(s.score?.byQuestion['main-idea']).toMatchObject({ earned: 0.5, verdict: 'correct' });
	});

	it('the last try reveals the answer, right or not', async () => {
		const s = session(quizWithTries(2));
		s.setResponse('tf', false);
		expect((await s.check('tf'))?.kind).toBe('not-yet');
		s.tryAgain('tf');
		expect((await s.check('tf'))?.kind).toBe('revealed');
		expect(s.score?.byQuestion['tf']).toMatchObject({ earned: 0, verdict: 'incorrect' });
	});

	it('Show answer reveals at once, keeping the best try', async () => {
		const s = session(quizWithTries(3));
		s.setResponse('facts', ['x', 'z']); // ½ − ½ = 0
		expect(await s.check('facts')).toMatchObject({
			kind: 'not-yet',
			triesLeft: 2,
			parts: { right: 1, of: 2, extra: 1 }
		});
		s.tryAgain('facts');
		s.setResponse('facts', ['x']); // ½ of the points, on the second try: ¼
		expect((await s.check('facts'))?.kind).toBe('not-yet');
		const shown = s.showAnswer('facts');
		expect(shown).toMatchObject({ earned: 0.5, possible: 2, verdict: 'partial', onTry: 2 });
		expect(s.isRevealed('facts')).toBe(true);
		// nothing more to check or try
		expect(await s.check('facts')).toBeNull();
	});

	it('a right first try earns full points and reveals at once', async () => {
		const s = session(quizWithTries(2));
		s.setResponse('resource', 'crude oil');
		expect(await s.check('resource')).toMatchObject({ kind: 'revealed', score: { earned: 1 } });
	});

	it('a near-miss is "almost": no try used, still answering; then fixed, full points', async () => {
		const s = session(quizWithTries(2));
		s.setResponse('resource', 'crude oli'); // "oil" is short: not a slip
		expect((await s.check('resource'))?.kind).toBe('not-yet');
		s.tryAgain('resource');

		const t = session(quizWithTries(2), memoryStore());
		t.setResponse('resource', 'Crude oil');
		expect((await t.check('resource'))?.kind).toBe('revealed');
	});

	it('"Alaksa" is almost "Alaska" in practice, uses no try, and scores nothing if submitted as is', async () => {
		const quiz = quizWithTries(2);
		const alaska = {
			...keys['resource']!,
			type: 'short-answer' as const,
			answers: ['alaska'],
			display: ['Alaska'],
			spelling: 'forgiving' as const
		};
		const s = session({ ...quiz, keys: { ...keys, resource: alaska } });
		s.setResponse('resource', 'Alaksa');
		expect(await s.check('resource')).toEqual({
			kind: 'almost',
			misses: [{ part: 0, wrote: 'Alaksa', answer: 'Alaska', slip: 'spelling' }]
		});
		expect(s.progress('resource').used).toBe(0);
		expect(s.isLocked('resource')).toBe(false);
		await s.submit();
		expect(s.score?.byQuestion['resource']).toMatchObject({ earned: 0, verdict: 'incorrect' });
	});

	it('tries, a waiting try and the best credit survive a reload', async () => {
		const store = memoryStore();
		const s = session(quizWithTries(3), store);
		s.setResponse('facts', ['x']);
		await s.check('facts');
		const again = session(quizWithTries(3), store);
		expect(again.progress('facts').used).toBe(1);
		expect(again.isLocked('facts')).toBe(true);
		expect(again.pendingTry('facts')).toMatchObject({ used: 1, triesLeft: 2 });
		again.tryAgain('facts');
		again.setResponse('facts', []);
		expect(again.score?.byQuestion['facts']?.earned).toBe(1);
	});

	it('Submit settles waiting tries; the results count each question’s best', async () => {
		const s = session(quizWithTries(2));
		s.setResponse('main-idea', 'b');
		await s.check('main-idea');
		s.setResponse('resource', 'oil');
		await s.submit();
		expect(s.pendingTry('main-idea')).toBeNull();
		expect(s.score && scoreText(s.score)).toBe('1 / 6 points (16.7%)');
	});
});

describe('saved progress from before tries existed still restores', () => {
	// exactly what the previous version wrote (format 1, no tries, name or place)
	const savedByPreviousVersion = JSON.stringify({
		format: 1,
		quizVersion: 'quiz-v1',
		seed: 12345,
		questions: {
			'main-idea': {
				version: 'main-idea-v1',
				answer: { type: 'single', response: 'b' },
				checked: true
			},
			facts: {
				version: 'facts-v1',
				answer: { type: 'multiple', response: ['x', 'y'] },
				checked: false
			},
			resource: {
				version: 'resource-v1',
				answer: { type: 'short-answer', response: 'oil' },
				checked: false
			}
		},
		submitted: false,
		updatedAt: 1764000000000
	});

	it('restores its answers and checks into a practice quiz with 2 tries', () => {
		const store = memoryStore();
		store.write(progressKey('ties', 'check'), savedByPreviousVersion);
		const s = new Attempt({
			grading: loadedGrading,
			quiz: quizWithTries(2),
			store,
			persistent: true
		});
		expect(s.load().status).toBe('restored');
		expect(s.seed).toBe(12345);
		expect(s.answers['facts']?.response).toEqual(['x', 'y']);
		expect(s.answers['resource']?.response).toBe('oil');
		// a question checked then stays revealed, scored as it was (no tries were counted then)
		expect(s.isRevealed('main-idea')).toBe(true);
		expect(s.score?.byQuestion['main-idea']).toMatchObject({ earned: 0, verdict: 'incorrect' });
		expect(s.progress('facts').used).toBe(0);
		expect(s.isLocked('facts')).toBe(false);
		expect(s.name).toBe('');
	});

	it('a spoilt new field costs nothing but itself', () => {
		const spoilt = JSON.parse(savedByPreviousVersion) as Record<string, unknown>;
		spoilt['name'] = 42;
		spoilt['place'] = { question: 'no-such-question', paragraph: -3 };
		const questions = spoilt['questions'] as Record<string, Record<string, unknown>>;
		questions['facts']!['tries'] = 'two';
		questions['resource']!['tries'] = 9; // more than the question allows: revealed
		const restored = readSavedAttempt(JSON.stringify(spoilt), quizWithTries(2));
		expect(restored.status).toBe('restored');
		expect(restored.progress?.name).toBeUndefined();
		expect(restored.progress?.place).toBeUndefined();
		expect(restored.progress?.questions['facts']).toMatchObject({ checked: false });
		expect(restored.progress?.questions['facts']?.tries).toBeUndefined();
		expect(restored.progress?.questions['resource']).toMatchObject({ checked: true, tries: 2 });
	});
});
