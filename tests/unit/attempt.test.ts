import { describe, expect, it } from 'vitest';
import { checkedAnnouncement } from '$lib/components/quiz/check-words';
import {
	NOT_SAVED_NOTICE,
	restoreNotices,
	retryAnnouncement,
	scoreText
} from '$lib/components/quiz/words';
import { selectedFor, toggleSentence } from '$lib/components/selection/selection';
import type { QuestionKey } from '$lib/quiz/types';
import { Attempt } from '$lib/state/attempt.svelte';
import { loadedGrading } from './loaded-grading';
import type { RestoreOutcome } from '$lib/state/outcomes';
import { memoryStore, progressKey, type ProgressStore } from '$lib/state/storage';
import { keys, practiceQuiz, testQuiz } from './ui-fixtures';

const KEY = progressKey('ties', 'check');

/** A loaded attempt, with what loading found (`restored`) kept beside it. */
function session(
	store: ProgressStore = memoryStore(),
	quiz = practiceQuiz(),
	seeds = [11, 22, 33]
) {
	const queue = [...seeds];
	const made = new Attempt({
		grading: loadedGrading,
		quiz,
		store,
		persistent: true,
		makeSeed: () => queue.shift() ?? 99
	});
	return Object.assign(made, { restored: made.load() });
}

/** The notices the quiz page shows for an attempt (see Notices.svelte). */
const notices = (attempt: Attempt, restored: RestoreOutcome | null) => [
	...(attempt.loaded && !attempt.saving ? [NOT_SAVED_NOTICE] : []),
	...(restored ? restoreNotices(restored) : [])
];

/** Answers every question of the fixture: `right` ones right, the rest wrong. */
function answerAll(s: Attempt, right: string[]) {
	const pick = <T>(id: string, good: T, bad: T) => (right.includes(id) ? good : bad);
	s.setResponse('main-idea', pick('main-idea', 'a', 'b'));
	s.setResponse('facts', pick('facts', ['x', 'y'], ['z']));
	s.setResponse('tf', pick('tf', true, false));
	s.setResponse('tfng', pick('tfng', 'not-given', 'true'));
	s.setResponse('resource', pick('resource', 'Crude oil.', 'coal'));
}

describe('Attempt', () => {
	it('starts fresh with a new seed, nothing answered, and saves that attempt', () => {
		const store = memoryStore();
		const s = session(store);
		expect(s.seed).toBe(11);
		expect(s.answeredCount).toBe(0);
		expect(s.questions.map((q) => q.id)).toEqual(['main-idea', 'facts', 'tf', 'tfng', 'resource']);
		expect(JSON.parse(store.read(KEY)!)).toMatchObject({ seed: 11, submitted: false });
		expect(notices(s, s.restored)).toEqual([]);
	});

	it('is not loaded (the page keeps its questions inert) until load() has restored the attempt', () => {
		const fresh = new Attempt({
			grading: loadedGrading,
			quiz: practiceQuiz(),
			store: memoryStore(),
			persistent: true
		});
		expect(fresh.loaded).toBe(false);
		fresh.load();
		expect(fresh.loaded).toBe(true);
	});

	it('saves every answer at once, and a reload restores answers and checks', async () => {
		const store = memoryStore();
		const first = session(store);
		first.setResponse('main-idea', 'b');
		await first.check('main-idea');
		first.setResponse('resource', 'oil');
		expect(first.answeredCount).toBe(2);

		const again = session(store);
		expect(again.seed).toBe(11);
		expect(again.answers['resource']?.response).toBe('oil');
		expect(again.answers['main-idea']?.response).toBe('b');
		expect(again.isLocked('main-idea')).toBe(true);
		expect(again.isRevealed('main-idea')).toBe(true);
		expect(again.isLocked('resource')).toBe(false);
		expect(again.answeredCount).toBe(2);
	});

	it('checks a question: reveals its key, scores it and announces the verdict', async () => {
		const s = session();
		expect(s.key('main-idea')).toBeNull();
		s.setResponse('main-idea', 'b');
		const checked = await s.check('main-idea');
		expect(s.key('main-idea')).toEqual(keys['main-idea']);
		expect(s.score?.byQuestion['main-idea']?.verdict).toBe('incorrect');
		expect(checked?.kind === 'revealed' && checkedAnnouncement(checked.score)).toBe(
			'Not quite. 0 / 1 point.'
		);
		// locked: a later change is ignored
		s.setResponse('main-idea', 'a');
		expect(s.answers['main-idea']?.response).toBe('b');
	});

	it('submits, scores the whole quiz and restores the results after a reload', async () => {
		const store = memoryStore();
		const s = session(store);
		answerAll(s, ['main-idea', 'facts', 'resource']);
		await s.submit();
		expect(s.score && scoreText(s.score)).toBe('4 / 6 points (66.7%)');
		expect(s.score?.passed).toBe(false);

		const again = session(store);
		expect(again.submitted).toBe(true);
		expect(again.score && scoreText(again.score)).toBe('4 / 6 points (66.7%)');
	});

	it('retry incorrect keeps the right answers (checked) and clears the rest', async () => {
		const s = session();
		answerAll(s, ['main-idea', 'resource']);
		s.setResponse('facts', ['x']); // half right: not kept
		await s.submit();
		const retried = s.retryIncorrect();
		expect(s.submitted).toBe(false);
		expect(s.answers['main-idea']?.response).toBe('a');
		expect(s.answers['resource']?.response).toBe('Crude oil.');
		expect(s.isLocked('main-idea')).toBe(true);
		expect(s.answers['facts']?.response).toEqual([]);
		expect(s.answers['tf']?.response).toBeNull();
		expect(s.isLocked('tf')).toBe(false);
		expect(s.answeredCount).toBe(2);
		expect(s.seed).toBe(11);
		expect(retryAnnouncement(retried)).toBe('Kept 2 right answers; 3 questions to answer again.');
	});

	it('start over clears everything with a new seed, also after a reload', async () => {
		const store = memoryStore();
		const s = session(store);
		answerAll(s, ['main-idea']);
		await s.submit();
		s.startOver();
		expect(s.seed).toBe(22);
		expect(s.answeredCount).toBe(0);
		expect(s.submitted).toBe(false);
		const again = session(store);
		expect(again.seed).toBe(22);
		expect(again.answeredCount).toBe(0);
	});

	it('test mode: no keys until Submit, then fetched; a failed fetch keeps the answers and retries', async () => {
		const store = memoryStore();
		let fail = true;
		const fetches: number[] = [];
		const fetchKeys = async (): Promise<Record<string, QuestionKey>> => {
			fetches.push(fetches.length);
			if (fail) throw new Error('offline');
			return keys;
		};
		const s = new Attempt({
			grading: loadedGrading,
			quiz: testQuiz(),
			store,
			persistent: true,
			fetchKeys
		});
		s.load();
		s.setResponse('main-idea', 'a');
		expect(s.keys).toBeNull();
		expect(s.key('main-idea')).toBeNull();

		await s.submit();
		expect(s.submitted).toBe(true);
		expect(s.keysStatus).toBe('failed');
		expect(s.score).toBeNull();
		expect(s.answers['main-idea']?.response).toBe('a');

		fail = false;
		await s.loadKeys();
		expect(s.keysStatus).toBe('ready');
		expect(s.score && scoreText(s.score)).toBe('1 / 6 points (16.7%)');
		expect(fetches).toHaveLength(2);
	});

	it('says when saved answers were dropped because questions changed', () => {
		const store = memoryStore();
		const s = session(store);
		s.setResponse('tf', true);
		s.setResponse('facts', ['x']);
		const changed = practiceQuiz({
			questions: practiceQuiz().questions.map((q) =>
				q.id === 'tf' ? { ...q, version: 'tf-v2' } : q
			)
		});
		const again = session(store, changed);
		expect(notices(again, again.restored)).toEqual([
			'This quiz has changed since your last visit: your answers to 1 question were cleared.'
		]);
		// in the Studio's preview the teacher changed it, and the answers were the preview's
		expect(restoreNotices(again.restored!, true)).toEqual([
			"You changed the quiz: the preview's answers to 1 question were cleared."
		]);
		expect(again.answers['tf']?.response).toBeNull();
		expect(again.answers['facts']?.response).toEqual(['x']);
	});

	it('starts fresh with a notice when the saved value is unreadable', () => {
		const store = memoryStore();
		store.write(KEY, '{not json');
		const s = session(store);
		expect(notices(s, s.restored)).toEqual([
			'Your saved answers could not be read, so the quiz starts fresh.'
		]);
		expect(s.answeredCount).toBe(0);
	});

	it('warns when answers cannot be saved: a memory-only store, or a store that refuses', () => {
		const memoryOnly = new Attempt({
			grading: loadedGrading,
			quiz: practiceQuiz(),
			store: memoryStore(),
			persistent: false
		});
		const restored = memoryOnly.load();
		expect(notices(memoryOnly, restored)).toEqual([NOT_SAVED_NOTICE]);

		const refusing: ProgressStore = {
			read: () => null,
			write: () => {
				throw new Error('QuotaExceededError');
			},
			remove: () => {}
		};
		const s = session(refusing);
		s.setResponse('tf', true);
		expect(s.answers['tf']?.response).toBe(true);
		expect(notices(s, s.restored)).toEqual([NOT_SAVED_NOTICE]);
	});

	it('toggles sentences for the question being selected for (Part B evidence)', () => {
		const quiz = practiceQuiz({
			questions: practiceQuiz().questions.map((q) =>
				q.id === 'tf' && q.type === 'true-false' ? { ...q, requireEvidence: true } : q
			)
		});
		const s = session(memoryStore(), quiz);
		const partB = { questionId: 'tf', part: 'evidence' } as const;
		toggleSentence(s, partB, '1.1');
		toggleSentence(s, partB, '2.2');
		toggleSentence(s, partB, '1.1');
		expect(s.answers['tf']?.evidence).toEqual(['2.2']);
		expect(selectedFor(s, partB)).toEqual(['2.2']);
		// a response that is not made of sentences takes none
		toggleSentence(s, { questionId: 'tf', part: 'response' }, '1.1');
		expect(s.answers['tf']?.response).toBeNull();
	});
});
