import { afterEach, describe, expect, it, vi } from 'vitest';
import { restoreAnswer as validateAnswer } from '$lib/quiz/questions';
import type { Answer, QuestionView, QuizData } from '$lib/quiz/types';
import {
	readSavedAttempt as restoreProgress,
	type SavedAttempt as SavedProgress
} from '$lib/state/saved-attempt';
import {
	browserStore,
	memoryStore,
	progressKey,
	readSafely,
	writeSafely,
	type ProgressStore
} from '$lib/state/storage';

// What the attempt does to save and load (Attempt.toSaved / Attempt.load), step by step.
const serializeProgress = (progress: SavedProgress) => JSON.stringify(progress);
const saveProgress = (store: ProgressStore, key: string, progress: SavedProgress) =>
	writeSafely(store, key, serializeProgress(progress));
const loadProgress = (
	store: ProgressStore,
	key: string,
	quiz: Pick<QuizData, 'questions' | 'version'>
) => restoreProgress(readSafely(store, key), quiz);
import { options, parts, viewBase } from './quiz-fixtures';

const questions: QuestionView[] = [
	{ ...viewBase('one'), type: 'single', choices: options('a', 'b', 'c'), ...parts(true) },
	{ ...viewBase('two'), type: 'multiple', choices: options('a', 'b', 'c'), ...parts() },
	{ ...viewBase('three'), type: 'true-false', ...parts() },
	{ ...viewBase('four'), type: 'true-false-not-given', ...parts() },
	{ ...viewBase('five'), type: 'short-answer' },
	{
		...viewBase('six'),
		type: 'fill-blanks',
		parts: [
			{ kind: 'blank', index: 0 },
			{ kind: 'blank', index: 1 }
		],
		blankCount: 2,
		wordBank: null
	},
	{ ...viewBase('seven'), type: 'order', items: options('i1', 'i2', 'i3') },
	{
		...viewBase('eight'),
		type: 'match',
		lefts: options('l1', 'l2'),
		rights: options('r1', 'r2', 'r3')
	},
	{ ...viewBase('nine'), type: 'highlight', evidenceCount: 2 }
];
const quiz = { questions, version: 'quiz-v1' };

const answers: Record<string, Answer> = {
	one: { type: 'single', response: 'b', evidence: ['2.1'] },
	two: { type: 'multiple', response: ['a', 'c'] },
	three: { type: 'true-false', response: false },
	four: { type: 'true-false-not-given', response: 'not-given' },
	five: { type: 'short-answer', response: 'Beijing' },
	six: { type: 'fill-blanks', response: ['China', ''] },
	seven: { type: 'order', response: ['i2', 'i3', 'i1'] },
	eight: { type: 'match', response: ['r3', null] },
	nine: { type: 'highlight', response: ['3.1', '12.4'] }
};

function progress(overrides: Partial<SavedProgress> = {}): SavedProgress {
	return {
		format: 1,
		quizVersion: 'quiz-v1',
		seed: 123456789,
		questions: Object.fromEntries(
			Object.entries(answers).map(([id, answer]) => [
				id,
				{ version: 'v1', answer, checked: id === 'three' }
			])
		),
		submitted: false,
		updatedAt: 1_700_000_000_000,
		...overrides
	};
}

/** The saved blob with one question's stored entry replaced by arbitrary JSON. */
function withSaved(id: string, saved: unknown): string {
	const blob = JSON.parse(serializeProgress(progress()));
	blob.questions[id] = saved;
	return JSON.stringify(blob);
}

describe('progressKey', () => {
	it('names the app, the format and the quiz', () => {
		expect(progressKey('an-article', 'its-quiz')).toBe('close-reader:v1:an-article/its-quiz');
	});
});

describe('restoreProgress', () => {
	it('round-trips every type of answer', () => {
		const saved = progress({ submitted: true });
		expect(restoreProgress(serializeProgress(saved), quiz)).toEqual({
			progress: saved,
			status: 'restored',
			dropped: [],
			invalid: []
		});
	});

	it('nothing saved', () => {
		expect(restoreProgress(null, quiz)).toMatchObject({ progress: null, status: 'none' });
	});

	it.each([
		['malformed JSON', '{"format":1,'],
		['an empty string', ''],
		['a number', '42'],
		['a string', '"hello"'],
		['null', 'null'],
		['an array', '[1,2,3]'],
		['another app’s object', '{"theme":"dark","fontSize":16}'],
		['a future format', serializeProgress(progress()).replace('"format":1', '"format":2')],
		['a missing seed', JSON.stringify({ ...progress(), seed: undefined })],
		['a fractional seed', JSON.stringify({ ...progress(), seed: 1.5 })],
		['a negative seed', JSON.stringify({ ...progress(), seed: -1 })],
		['questions as an array', JSON.stringify({ ...progress(), questions: [] })],
		['submitted as a string', JSON.stringify({ ...progress(), submitted: 'yes' })],
		['a missing updatedAt', JSON.stringify({ ...progress(), updatedAt: null })],
		['a numeric quizVersion', JSON.stringify({ ...progress(), quizVersion: 3 })]
	])('treats %s as corrupt', (_what, raw) => {
		expect(restoreProgress(raw, quiz)).toEqual({
			progress: null,
			status: 'corrupt',
			dropped: [],
			invalid: []
		});
	});

	it('drops only the question whose version changed', () => {
		const changed = {
			questions: questions.map((q) => (q.id === 'two' ? { ...q, version: 'v2' } : q)),
			version: 'quiz-v2'
		};
		const result = restoreProgress(serializeProgress(progress()), changed);
		expect(result.status).toBe('updated');
		expect(result.dropped).toEqual(['two']);
		expect(result.progress?.questions).not.toHaveProperty('two');
		expect(Object.keys(result.progress?.questions ?? {})).toHaveLength(8);
		expect(result.progress?.questions.one).toEqual({
			version: 'v1',
			answer: answers.one,
			checked: false
		});
		// the seed survives (same arrangement); the progress now belongs to the current quiz version
		expect(result.progress).toMatchObject({ seed: 123456789, quizVersion: 'quiz-v2' });
	});

	it('drops answers to questions that are gone, keeps the rest', () => {
		const smaller = { questions: questions.filter((q) => q.id !== 'five'), version: 'quiz-v2' };
		const result = restoreProgress(serializeProgress(progress()), smaller);
		expect(result).toMatchObject({ status: 'updated', dropped: ['five'], invalid: [] });
		expect(result.progress?.questions.six?.answer).toEqual(answers.six);
	});

	it('a new question added to the quiz is simply unanswered', () => {
		const bigger = {
			questions: [...questions, { ...viewBase('ten'), type: 'short-answer' as const }],
			version: 'quiz-v2'
		};
		const result = restoreProgress(serializeProgress(progress()), bigger);
		expect(result).toMatchObject({ status: 'restored', dropped: [] });
		expect(result.progress?.questions).not.toHaveProperty('ten');
	});

	it('a submitted attempt is reopened when an answer was dropped', () => {
		const changed = {
			questions: questions.map((q) => (q.id === 'two' ? { ...q, version: 'v2' } : q)),
			version: 'quiz-v2'
		};
		const raw = serializeProgress(progress({ submitted: true }));
		expect(restoreProgress(raw, changed).progress?.submitted).toBe(false);
		expect(restoreProgress(raw, quiz).progress?.submitted).toBe(true);
	});

	it('a question whose type changed (same id) drops its answer', () => {
		const retyped = {
			questions: questions.map((q) =>
				q.id === 'three'
					? { ...viewBase('three', 1, 'v2'), type: 'true-false-not-given' as const, ...parts() }
					: q
			),
			version: 'quiz-v2'
		};
		const result = restoreProgress(serializeProgress(progress()), retyped);
		expect(result).toMatchObject({ status: 'updated', dropped: ['three'] });
	});

	it('an answer of another type than its question (same version) is discarded as invalid', () => {
		const result = restoreProgress(
			withSaved('three', {
				version: 'v1',
				checked: false,
				answer: { type: 'single', response: 'a' }
			}),
			quiz
		);
		expect(result).toMatchObject({ status: 'restored', dropped: [], invalid: ['three'] });
		expect(result.progress?.questions).not.toHaveProperty('three');
		expect(result.progress?.questions.two?.answer).toEqual(answers.two);
	});

	it.each([
		['not an object', 'one', 7],
		['no version', 'one', { checked: false, answer: answers.one }],
		['checked not a boolean', 'one', { version: 'v1', checked: 1, answer: answers.one }],
		['no answer', 'one', { version: 'v1', checked: false }],
		[
			'an unknown choice',
			'one',
			{ version: 'v1', checked: false, answer: { type: 'single', response: 'z' } }
		],
		[
			'a repeated choice',
			'two',
			{ version: 'v1', checked: false, answer: { type: 'multiple', response: ['a', 'a'] } }
		],
		[
			'true as a string',
			'three',
			{ version: 'v1', checked: false, answer: { type: 'true-false', response: 'true' } }
		],
		[
			'a short answer that is a number',
			'five',
			{ version: 'v1', checked: false, answer: { type: 'short-answer', response: 5 } }
		],
		[
			'too few blanks',
			'six',
			{ version: 'v1', checked: false, answer: { type: 'fill-blanks', response: ['x'] } }
		],
		[
			'an order missing an item',
			'seven',
			{ version: 'v1', checked: false, answer: { type: 'order', response: ['i1', 'i2'] } }
		],
		[
			'an order with an unknown item',
			'seven',
			{ version: 'v1', checked: false, answer: { type: 'order', response: ['i1', 'i2', 'i9'] } }
		],
		[
			'an unknown match right',
			'eight',
			{ version: 'v1', checked: false, answer: { type: 'match', response: ['r9', null] } }
		],
		[
			'a match of the wrong length',
			'eight',
			{ version: 'v1', checked: false, answer: { type: 'match', response: ['r1'] } }
		],
		[
			'a sentence id that is not one',
			'nine',
			{ version: 'v1', checked: false, answer: { type: 'highlight', response: ['<img>'] } }
		],
		[
			'Part B evidence that is not a list',
			'one',
			{ version: 'v1', checked: false, answer: { type: 'single', response: 'a', evidence: '2.1' } }
		]
	])('a saved question with %s is treated as unanswered', (_what, id, saved) => {
		const result = restoreProgress(withSaved(id, saved), quiz);
		expect(result.status).toBe('restored');
		expect(result.invalid).toEqual([id]);
		expect(result.progress?.questions).not.toHaveProperty(id);
		expect(Object.keys(result.progress?.questions ?? {})).toHaveLength(8);
	});

	it('checks sentence ids against the article when given them', () => {
		const raw = serializeProgress(progress());
		const sentences = new Set(['2.1', '3.1', '12.4']);
		expect(restoreProgress(raw, quiz, sentences).invalid).toEqual([]);
		expect(restoreProgress(raw, quiz, new Set(['2.1', '3.1'])).invalid).toEqual(['nine']);
	});

	it('ignores prototype-polluting keys', () => {
		const raw = serializeProgress(progress()).replace(
			'"questions":{',
			'"questions":{"__proto__":{"version":"v1","checked":true,"answer":{"type":"single","response":"a"}},'
		);
		const result = restoreProgress(raw, quiz);
		expect(result.dropped).toEqual(['__proto__']);
		expect(Object.getPrototypeOf(result.progress?.questions)).toBe(Object.prototype);
		expect(({} as Record<string, unknown>).version).toBeUndefined();
	});
});

describe('validateAnswer', () => {
	const [twoPart, , , , , , , , highlight] = questions as [QuestionView, ...QuestionView[]];

	it('keeps Part B evidence on two-part questions only', () => {
		expect(validateAnswer(twoPart!, { type: 'single', response: 'a' })).toEqual({
			type: 'single',
			response: 'a',
			evidence: []
		});
		const single = { ...twoPart!, ...parts(false) };
		expect(validateAnswer(single, { type: 'single', response: 'a', evidence: ['1.1'] })).toEqual({
			type: 'single',
			response: 'a'
		});
	});

	it('accepts unanswered responses', () => {
		expect(validateAnswer(highlight!, { type: 'highlight', response: [] })).toEqual({
			type: 'highlight',
			response: []
		});
		expect(validateAnswer(questions[6]!, { type: 'order', response: null })).toEqual({
			type: 'order',
			response: null
		});
	});

	it('checks a word-bank blank against the bank', () => {
		const banked: QuestionView = {
			...viewBase('bank'),
			type: 'fill-blanks',
			parts: [{ kind: 'blank', index: 0 }],
			blankCount: 1,
			wordBank: ['China', 'Japan']
		};
		expect(validateAnswer(banked, { type: 'fill-blanks', response: ['Japan'] })).toBeDefined();
		expect(validateAnswer(banked, { type: 'fill-blanks', response: [''] })).toBeDefined();
		expect(validateAnswer(banked, { type: 'fill-blanks', response: ['Korea'] })).toBeUndefined();
	});
});

describe('stores', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.restoreAllMocks();
		localStorage.clear();
	});

	it('memoryStore reads what it wrote and forgets what it removed', () => {
		const store = memoryStore();
		expect(store.read('k')).toBeNull();
		store.write('k', 'v');
		expect(store.read('k')).toBe('v');
		store.remove('k');
		expect(store.read('k')).toBeNull();
	});

	it('saveProgress and loadProgress round-trip through a store', () => {
		const store = memoryStore();
		expect(saveProgress(store, 'key', progress())).toBe(true);
		expect(loadProgress(store, 'key', quiz)).toMatchObject({
			status: 'restored',
			progress: progress()
		});
		expect(loadProgress(store, 'other', quiz).status).toBe('none');
	});

	it('browserStore uses localStorage when it works', () => {
		const { store, persistent } = browserStore();
		expect(persistent).toBe(true);
		store.write('close-reader:v1:a/b', 'saved');
		expect(localStorage.getItem('close-reader:v1:a/b')).toBe('saved');
		expect(store.read('close-reader:v1:a/b')).toBe('saved');
		store.remove('close-reader:v1:a/b');
		expect(localStorage.getItem('close-reader:v1:a/b')).toBeNull();
		expect(localStorage.length).toBe(0); // the probe is cleaned up
	});

	it('browserStore falls back to memory when localStorage access throws', () => {
		vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
			throw new DOMException('The operation is insecure.', 'SecurityError');
		});
		const { store, persistent } = browserStore();
		expect(persistent).toBe(false);
		store.write('k', 'v');
		expect(store.read('k')).toBe('v');
	});

	it('browserStore falls back to memory when localStorage refuses writes', () => {
		vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
			throw new DOMException('Quota exceeded', 'QuotaExceededError');
		});
		const { store, persistent } = browserStore();
		expect(persistent).toBe(false);
		store.write('k', 'v');
		expect(store.read('k')).toBe('v');
	});

	it('browserStore falls back when there is no localStorage at all', () => {
		vi.stubGlobal('localStorage', undefined);
		expect(browserStore().persistent).toBe(false);
	});

	it('saveProgress reports a write that fails later (quota) instead of throwing', () => {
		const { store } = browserStore();
		vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
			throw new DOMException('Quota exceeded', 'QuotaExceededError');
		});
		expect(saveProgress(store, 'key', progress())).toBe(false);
	});

	it('loadProgress treats a store that throws on read as nothing saved', () => {
		const throwing: ProgressStore = {
			read: () => {
				throw new Error('gone');
			},
			write: () => {},
			remove: () => {}
		};
		expect(loadProgress(throwing, 'key', quiz).status).toBe('none');
	});
});
