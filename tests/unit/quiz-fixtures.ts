/**
 * Small builders for the quiz-logic tests: the fields every question has, so each test spells out
 * only the type-specific data it scores (and TypeScript checks it against the real types); and one
 * question of each type with its key, shared by the quiz-wide tests (tests/unit) and each type's own
 * (src/lib/question-types/<type>/).
 */
import type { Option, QuestionKeyOf, QuestionViewOf } from '$lib/quiz/types';

export const option = (id: string): Option => ({ id, text: [{ text: `Option ${id}` }] });
export const options = (...ids: string[]): Option[] => ids.map(option);

/**
 * The common view fields: id, prompt, points (default 1), version (default 'v1'), attempts (default
 * 1: one try, as in a test).
 */
export function viewBase(id: string, points = 1, version = 'v1', attempts = 1) {
	return { id, prompt: [{ text: `Prompt of ${id}` }], points, version, attempts };
}

/** The common key fields; the evidence sentences default to ¶1's first sentence. */
export function keyBase(evidenceSentences: string[] = ['1.1']) {
	return {
		explanation: [{ text: 'Because the article says so.' }],
		citations: [],
		evidenceSentences
	};
}

/** Part-B fields of a choice-type view. */
export const parts = (requireEvidence = false, evidenceCount = 1) => ({
	requireEvidence,
	evidenceCount
});

/** One question of each type with its key, scored with the default (partial) rules. */
export const single: QuestionViewOf<'single'> = {
	...viewBase('main-claim'),
	type: 'single',
	choices: options('a', 'b', 'c'),
	...parts()
};
export const singleKey: QuestionKeyOf<'single'> = {
	...keyBase(),
	type: 'single',
	correct: 'b',
	feedback: {}
};

export const multiple: QuestionViewOf<'multiple'> = {
	...viewBase('reasons'),
	type: 'multiple',
	choices: options('a', 'b', 'c', 'd', 'e'),
	...parts()
};
export const multipleKey: QuestionKeyOf<'multiple'> = {
	...keyBase(),
	type: 'multiple',
	correct: ['a', 'b', 'c'],
	feedback: {},
	scoring: 'partial'
};

export const trueFalse: QuestionViewOf<'true-false'> = {
	...viewBase('talks-ended'),
	type: 'true-false',
	...parts()
};
export const trueFalseKey: QuestionKeyOf<'true-false'> = {
	...keyBase(),
	type: 'true-false',
	answer: false
};

export const tfng: QuestionViewOf<'true-false-not-given'> = {
	...viewBase('trade-figures'),
	type: 'true-false-not-given',
	...parts()
};
export const tfngKey: QuestionKeyOf<'true-false-not-given'> = {
	...keyBase(),
	type: 'true-false-not-given',
	answer: 'not-given'
};

export const short: QuestionViewOf<'short-answer'> = {
	...viewBase('capital'),
	type: 'short-answer'
};
export const shortKey: QuestionKeyOf<'short-answer'> = {
	...keyBase(),
	type: 'short-answer',
	// already normalised, as the build hands them over
	answers: ['beijing', "kim jong un's plan"],
	display: ['Beijing', 'Kim Jong Un’s plan'],
	spelling: 'forgiving'
};

export const blanks: QuestionViewOf<'fill-blanks'> = {
	...viewBase('blanks'),
	type: 'fill-blanks',
	parts: [
		{ kind: 'blank', index: 0 },
		{ kind: 'text', text: [{ text: ' and ' }] },
		{ kind: 'blank', index: 1 },
		{ kind: 'text', text: [{ text: ' and ' }] },
		{ kind: 'blank', index: 2 },
		{ kind: 'text', text: [{ text: ' and ' }] },
		{ kind: 'blank', index: 3 }
	],
	blankCount: 4,
	wordBank: null
};
export const blanksKey: QuestionKeyOf<'fill-blanks'> = {
	...keyBase(),
	type: 'fill-blanks',
	blanks: [['China'], ['United States', 'U.S.'], ['economy'], ['talks']],
	scoring: 'partial',
	spelling: 'forgiving'
};

export const order: QuestionViewOf<'order'> = {
	...viewBase('sequence'),
	type: 'order',
	items: options('k1', 'k2', 'k3', 'k4')
};
export const orderKey: QuestionKeyOf<'order'> = {
	...keyBase(),
	type: 'order',
	order: ['k3', 'k1', 'k4', 'k2'],
	scoring: 'partial'
};

export const match: QuestionViewOf<'match'> = {
	...viewBase('who-said'),
	type: 'match',
	lefts: options('l1', 'l2', 'l3', 'l4'),
	rights: options('r1', 'r2', 'r3', 'r4', 'r5')
};
export const matchKey: QuestionKeyOf<'match'> = {
	...keyBase(),
	type: 'match',
	pairs: ['r2', 'r1', 'r4', 'r3'],
	scoring: 'partial'
};

export const highlight: QuestionViewOf<'highlight'> = {
	...viewBase('find-evidence'),
	type: 'highlight',
	evidenceCount: 2
};
export const highlightKey: QuestionKeyOf<'highlight'> = {
	...keyBase(['3.1', '3.2']),
	type: 'highlight',
	scoring: 'partial'
};
