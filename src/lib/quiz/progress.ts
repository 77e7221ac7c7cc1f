/**
 * Saved progress: a student's attempt kept in the browser (localStorage) so a reload or a return
 * visit carries on where they left off. What comes back from storage is untrusted: it may be from an
 * older build, another app, a half-written value or a hand-edited one, so it is checked field by
 * field against the quiz as it is now.
 *
 * Rules of `restoreProgress`:
 * - nothing saved → 'none';
 * - not JSON, not our object (format 1 with a string quizVersion, a 32-bit integer seed, an object of
 *   questions, a boolean submitted, a finite updatedAt) → 'corrupt': start afresh;
 * - a saved question whose version differs from the question's, or whose question is gone → its
 *   answer is dropped and its id listed in `dropped` → 'updated' (the page tells the student);
 * - a saved question that is malformed (wrong shape, an answer of another type, a choice, item,
 *   right or sentence id the question does not have) → that question alone is treated as unanswered
 *   and listed in `invalid`; one bad entry does not cost the student the other answers;
 * - a submitted attempt stays submitted only when every saved answer survived: otherwise the student
 *   must answer the changed questions and submit again.
 */
import type { QuestionType } from './schema';
import { isTwoPart, type AnswerOf } from './scoring';
import {
	TRUE_FALSE_NOT_GIVEN,
	type Answer,
	type QuestionView,
	type QuestionViewOf,
	type QuizData,
	type Responses,
	type TrueFalseNotGiven
} from './types';

export interface SavedQuestion {
	/** the question's `version` when this answer was given */
	version: string;
	answer: Answer;
	/** practice mode: the student pressed "Check" (feedback shown, answer locked) */
	checked: boolean;
}

export interface SavedProgress {
	format: 1;
	quizVersion: string;
	seed: number;
	questions: Record<string, SavedQuestion>;
	submitted: boolean;
	/** ms since the epoch */
	updatedAt: number;
}

/** Where progress is kept: localStorage's shape. `write` may throw (quota); `saveProgress` catches it. */
export interface ProgressStore {
	read(key: string): string | null;
	write(key: string, value: string): void;
	remove(key: string): void;
}

/** A store that lives as long as the page: for tests, and when the browser will not keep anything. */
export function memoryStore(): ProgressStore {
	const values = new Map<string, string>();
	return {
		read: (key) => values.get(key) ?? null,
		write: (key, value) => void values.set(key, value),
		remove: (key) => void values.delete(key)
	};
}

const PROBE_KEY = 'close-reader:probe';

/**
 * localStorage when it works, else a memory store with `persistent: false` (private modes, blocked
 * cookies and sandboxed frames throw on access or on write). Never throws.
 */
export function browserStore(): { store: ProgressStore; persistent: boolean } {
	try {
		const storage = globalThis.localStorage;
		if (!storage) return { store: memoryStore(), persistent: false };
		storage.setItem(PROBE_KEY, '1');
		storage.removeItem(PROBE_KEY);
		return {
			store: {
				read: (key) => {
					try {
						return storage.getItem(key);
					} catch {
						return null;
					}
				},
				write: (key, value) => storage.setItem(key, value),
				remove: (key) => {
					try {
						storage.removeItem(key);
					} catch {
						// nothing to do: the value is merely left behind
					}
				}
			},
			persistent: true
		};
	} catch {
		return { store: memoryStore(), persistent: false };
	}
}

export function progressKey(article: string, quiz: string): string {
	return `close-reader:v1:${article}/${quiz}`;
}

export function serializeProgress(progress: SavedProgress): string {
	return JSON.stringify(progress);
}

/** Writes progress; false when the store refused (quota exceeded, storage revoked). Never throws. */
export function saveProgress(store: ProgressStore, key: string, progress: SavedProgress): boolean {
	try {
		store.write(key, serializeProgress(progress));
		return true;
	} catch {
		return false;
	}
}

/** Reads and restores progress in one step; a store that throws on read counts as nothing saved. */
export function loadProgress(
	store: ProgressStore,
	key: string,
	quiz: Pick<QuizData, 'questions' | 'version'>,
	sentenceIds?: ReadonlySet<string>
): RestoredProgress {
	let raw: string | null;
	try {
		raw = store.read(key);
	} catch {
		raw = null;
	}
	return restoreProgress(raw, quiz, sentenceIds);
}

export interface RestoredProgress {
	progress: SavedProgress | null;
	status: 'none' | 'restored' | 'updated' | 'corrupt';
	/** questions whose saved answer was discarded because the question changed or is gone */
	dropped: string[];
	/** questions whose saved answer was discarded because it was malformed */
	invalid: string[];
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property only: parsed JSON may carry "__proto__" or "constructor" as plain keys. */
function field(object: JsonObject, name: string): unknown {
	return Object.hasOwn(object, name) ? object[name] : undefined;
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** A list of distinct strings, each passing `known`; undefined when `value` is anything else. */
function distinctIds(value: unknown, known: (id: string) => boolean): string[] | undefined {
	if (!Array.isArray(value) || !value.every(isString)) return undefined;
	if (new Set(value).size !== value.length || !value.every(known)) return undefined;
	return [...value];
}

const idsOf = (options: readonly { id: string }[]): Set<string> =>
	new Set(options.map((option) => option.id));

/** "¶.n" sentence ids, when the article's own list is not at hand. */
const SENTENCE_ID = /^[1-9]\d*\.[1-9]\d*$/;

type ResponseValidators = {
	[T in QuestionType]: (
		view: QuestionViewOf<T>,
		value: unknown,
		isSentence: (id: string) => boolean
	) => Responses[T] | undefined;
};

/**
 * A saved response checked against the question as it is now, one row per type: the response as it
 * may be used, or undefined when its shape or ids do not fit.
 */
const isTrueFalseNotGiven = (value: unknown): value is TrueFalseNotGiven =>
	TRUE_FALSE_NOT_GIVEN.some((answer) => answer === value);

export const responseValidators: ResponseValidators = {
	single: (view, value) =>
		value === null || (isString(value) && idsOf(view.choices).has(value)) ? value : undefined,
	multiple: (view, value) => {
		const choices = idsOf(view.choices);
		return distinctIds(value, (id) => choices.has(id));
	},
	'true-false': (_view, value) =>
		value === null || typeof value === 'boolean' ? value : undefined,
	'true-false-not-given': (_view, value) =>
		value === null || isTrueFalseNotGiven(value) ? value : undefined,
	'short-answer': (_view, value) => (isString(value) ? value : undefined),
	'fill-blanks': (view, value) => {
		if (!Array.isArray(value) || value.length !== view.blankCount || !value.every(isString)) {
			return undefined;
		}
		const bank = view.wordBank;
		// with a word bank a blank holds a word from it (or nothing yet)
		if (bank !== null && !value.every((word) => word === '' || bank.includes(word)))
			return undefined;
		return [...value];
	},
	order: (view, value) => {
		if (value === null) return null;
		const items = idsOf(view.items);
		const order = distinctIds(value, (id) => items.has(id));
		return order && order.length === items.size ? order : undefined;
	},
	match: (view, value) => {
		if (!Array.isArray(value) || value.length !== view.lefts.length) return undefined;
		const rights = idsOf(view.rights);
		const chosen: (string | null)[] = [];
		for (const right of value) {
			if (right !== null && !(isString(right) && rights.has(right))) return undefined;
			chosen.push(right);
		}
		return chosen;
	},
	highlight: (_view, value, isSentence) => distinctIds(value, isSentence)
};

/** The validators' row for the view's own type (see the dispatch note in scoring.ts). */
function validAnswer<T extends QuestionType>(
	view: QuestionViewOf<T>,
	saved: JsonObject,
	isSentence: (id: string) => boolean
): AnswerOf<T> | undefined {
	const response = responseValidators[view.type](view, field(saved, 'response'), isSentence);
	if (response === undefined) return undefined;
	if (!isTwoPart(view)) return { type: view.type, response };
	const savedEvidence = field(saved, 'evidence');
	const evidence = savedEvidence === undefined ? [] : distinctIds(savedEvidence, isSentence);
	return evidence && { type: view.type, response, evidence };
}

/**
 * A saved answer checked against `view`: undefined unless it is an answer of the question's type
 * whose response and evidence fit the question. Evidence is kept only for two-part questions.
 */
export function validateAnswer(
	view: QuestionView,
	value: unknown,
	sentenceIds?: ReadonlySet<string>
): Answer | undefined {
	if (!isObject(value) || field(value, 'type') !== view.type) return undefined;
	const isSentence = sentenceIds
		? (id: string) => sentenceIds.has(id)
		: (id: string) => SENTENCE_ID.test(id);
	return validAnswer(view, value, isSentence);
}

const corrupt: RestoredProgress = { progress: null, status: 'corrupt', dropped: [], invalid: [] };

/**
 * Restores progress saved for `quiz` (see the rules at the top of this file). Pass the article's
 * sentence ids to check highlight and Part B answers against them; without them any "¶.n" is accepted.
 */
export function restoreProgress(
	raw: string | null,
	quiz: Pick<QuizData, 'questions' | 'version'>,
	sentenceIds?: ReadonlySet<string>
): RestoredProgress {
	if (raw === null) return { progress: null, status: 'none', dropped: [], invalid: [] };
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		return corrupt;
	}
	if (!isObject(parsed) || field(parsed, 'format') !== 1) return corrupt;
	const seed = field(parsed, 'seed');
	const savedQuestions = field(parsed, 'questions');
	const submitted = field(parsed, 'submitted');
	const updatedAt = field(parsed, 'updatedAt');
	if (
		!isString(field(parsed, 'quizVersion')) ||
		!(typeof seed === 'number' && Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32) ||
		!isObject(savedQuestions) ||
		typeof submitted !== 'boolean' ||
		!(typeof updatedAt === 'number' && Number.isFinite(updatedAt))
	) {
		return corrupt;
	}

	const views = new Map(quiz.questions.map((view) => [view.id, view]));
	const questions: Record<string, SavedQuestion> = {};
	const dropped: string[] = [];
	const invalid: string[] = [];
	for (const [id, saved] of Object.entries(savedQuestions)) {
		const view = views.get(id);
		if (!view) {
			dropped.push(id);
			continue;
		}
		const version = isObject(saved) ? field(saved, 'version') : undefined;
		const checked = isObject(saved) ? field(saved, 'checked') : undefined;
		if (!isObject(saved) || !isString(version) || typeof checked !== 'boolean') {
			invalid.push(id);
			continue;
		}
		if (version !== view.version) {
			dropped.push(id);
			continue;
		}
		const answer = validateAnswer(view, field(saved, 'answer'), sentenceIds);
		if (!answer) {
			invalid.push(id);
			continue;
		}
		questions[id] = { version, answer, checked };
	}

	return {
		progress: {
			format: 1,
			quizVersion: quiz.version,
			seed,
			questions,
			submitted: submitted && dropped.length === 0 && invalid.length === 0,
			updatedAt
		},
		status: dropped.length > 0 ? 'updated' : 'restored',
		dropped,
		invalid
	};
}
