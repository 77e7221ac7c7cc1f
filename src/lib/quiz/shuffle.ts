/**
 * Seeded shuffling. An attempt draws one seed and keeps it with its saved progress, so a reload
 * shows the same question and option order; a fresh attempt draws a new seed. Each list is shuffled
 * with its own salt (e.g. the question id), so the lists of one attempt are independent.
 */
import type { QuestionType } from './schema';
import type { QuestionKey, QuestionViewOf, QuizData } from './types';

/** A fresh 32-bit seed: from the platform's CSPRNG when there is one (any browser, Node ≥ 19). */
export function newSeed(): number {
	const crypto = globalThis.crypto;
	if (crypto && typeof crypto.getRandomValues === 'function') {
		return crypto.getRandomValues(new Uint32Array(1))[0]!;
	}
	return Math.floor(Math.random() * 0x1_0000_0000);
}

/** 32-bit FNV-1a of the salt, to mix into the seed. */
function hashSalt(salt: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < salt.length; i++) {
		hash ^= salt.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** mulberry32: a tiny, fast, well-spread 32-bit PRNG; returns numbers in [0, 1). Not for secrets. */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 0x1_0000_0000;
	};
}

/** A copy of `items` in an order fixed by `seed` and `salt` (Fisher–Yates); `items` is not touched. */
export function shuffled<T>(items: readonly T[], seed: number, salt: string): T[] {
	const random = mulberry32((seed ^ hashSalt(salt)) >>> 0);
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

const sameOrder = <T>(a: readonly T[], b: readonly T[]): boolean =>
	a.length === b.length && a.every((item, index) => item === b[index]);

/** Redraws before giving up; with ≥ 2 distinct items a draw equals the input at most half the time. */
const MAX_DRAWS = 16;

/**
 * Like `shuffled`, but never in the order given (when there are ≥ 2 items that are not all equal):
 * shown in the right order, an order question would answer itself. Deterministic for seed + salt.
 */
export function shuffledAway<T>(items: readonly T[], seed: number, salt: string): T[] {
	if (items.every((item) => item === items[0])) return [...items];
	for (let draw = 0; draw < MAX_DRAWS; draw++) {
		const out = shuffled(items, seed, draw === 0 ? salt : `${salt}#${draw}`);
		if (!sameOrder(out, items)) return out;
	}
	// practically unreachable; rotating by one differs from the input unless all items are equal
	return [...items.slice(1), items[0]!];
}

/** How one attempt shows the quiz: question ids in order, and each question's options in order. */
export interface Arrangement {
	questionOrder: string[];
	/**
	 * Per question id, its options as shown: choice ids (single, multiple), item ids (order), right
	 * ids (match; lefts stay as listed), 'true'/'false'(/'not-given'), word-bank words (fill-blanks
	 * with a bank); [] for types without options (short-answer, highlight, fill-blanks without a bank).
	 */
	options: Record<string, string[]>;
}

type ShuffleFlags = QuizData['shuffle'];
type Arrangers = {
	[T in QuestionType]: (
		view: QuestionViewOf<T>,
		flags: ShuffleFlags,
		seed: number,
		key: QuestionKey | undefined
	) => string[];
};

const ids = (options: readonly { id: string }[]): string[] => options.map((option) => option.id);

/** Each type's option order, one row per type. Salts name the question and list, so lists differ. */
const arrangers: Arrangers = {
	single: (view, flags, seed) =>
		flags.choices ? shuffled(ids(view.choices), seed, `${view.id}:choices`) : ids(view.choices),
	multiple: (view, flags, seed) =>
		flags.choices ? shuffled(ids(view.choices), seed, `${view.id}:choices`) : ids(view.choices),
	// True, False (, Not given) keep their natural order: nothing to arrange
	'true-false': () => [],
	'true-false-not-given': () => [],
	'short-answer': () => [],
	'fill-blanks': (view, flags, seed) =>
		view.wordBank === null
			? []
			: flags.choices
				? shuffled(view.wordBank, seed, `${view.id}:bank`)
				: [...view.wordBank],
	// Always shuffled, whatever the flags: the items are the question. The view lists them by id,
	// not in the right order; when the key is at hand (practice mode) the right order is avoided too.
	order: (view, _flags, seed, key) =>
		key?.type === 'order' && key.order.length === view.items.length
			? shuffledAway(key.order, seed, `${view.id}:items`)
			: shuffled(ids(view.items), seed, `${view.id}:items`),
	match: (view, flags, seed) =>
		flags.choices ? shuffled(ids(view.rights), seed, `${view.id}:rights`) : ids(view.rights),
	highlight: () => []
};

/** Same pairing trick as in scoring.ts: the view's own type picks its row of the table. */
function arrangeOptions<T extends QuestionType>(
	view: QuestionViewOf<T>,
	flags: ShuffleFlags,
	seed: number,
	key: QuestionKey | undefined
): string[] {
	return arrangers[view.type](view, flags, seed, key);
}

/**
 * The arrangement of one attempt: question order (shuffled only when `shuffle.questions`) and each
 * question's option order. Pass `keys` when the page has them (practice mode) so that order items
 * are never shown already in the right order; without keys (test mode) that happens by chance only.
 */
export function arrange(
	quiz: Pick<QuizData, 'questions' | 'shuffle'>,
	seed: number,
	keys?: Record<string, QuestionKey> | null
): Arrangement {
	const questionIds = quiz.questions.map((view) => view.id);
	const options: Record<string, string[]> = {};
	for (const view of quiz.questions) {
		const key = keys && Object.hasOwn(keys, view.id) ? keys[view.id] : undefined;
		options[view.id] = arrangeOptions(view, quiz.shuffle, seed, key);
	}
	return {
		questionOrder: quiz.shuffle.questions ? shuffled(questionIds, seed, 'questions') : questionIds,
		options
	};
}
