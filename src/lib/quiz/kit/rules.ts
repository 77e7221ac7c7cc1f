/**
 * What every question type provides to the browser, in two objects: what answering needs
 * (`QuestionRules`, its folder's rules.ts, listed in src/lib/question-types/registry.ts) and what
 * grading needs: Check, Submit, the results, the answer key and the learning platform
 * (`GradingRules`, its folder's grading.ts, listed in src/lib/question-types/grading-registry.ts).
 * A quiz page starts with the first only; the second, with the typed-answer matching it pulls in,
 * loads once the page is idle (components/quiz/parts.ts). Pure functions over the built view, key
 * and response; nothing here touches Svelte, the DOM or storage. The quiz-wide logic (answers,
 * scoring, arrangement) calls these through the registries and adds what all types share (two-part
 * questions, points, saved progress).
 */
import type { KeyView } from './answer-key.ts';
import type { NearMiss } from './credit.ts';
import type { ScormResponse } from './scorm-response.ts';
import type { KeyOf, ShuffleFlags, TypeShapes, ViewOf } from './types.ts';

export interface ArrangeContext<S extends TypeShapes> {
	/** the attempt's seed: the same seed always gives the same arrangement */
	seed: number;
	flags: ShuffleFlags;
	/** the question's key when the page has it (practice mode), else undefined */
	key: KeyOf<S> | undefined;
}

/** What an answer in words needs beyond the question: its letters as shown, the article's sentences. */
export interface AnswerContext {
	/** the question's options in the order this attempt (or worksheet) shows them: `arrange`'s ids */
	order: readonly string[];
	/** a sentence of the article in words, by its id ("¶12 “…”"); the id in words when unknown */
	sentence(id: string): string;
}

export interface RestoreContext {
	/** whether `id` is a sentence of the article (for answers made of sentences) */
	isSentence(id: string): boolean;
}

/** What the parts of a type's answer are, for the words about them ("2 of 3 blanks are right"). */
export type PartUnit = 'blank' | 'pair' | 'item' | 'choice' | 'sentence';

/** How many parts of a multi-part answer are right, and which are not, told after a wrong try. */
export interface PartsRight {
	right: number;
	of: number;
	/** picks that are not part of the answer (a multiple choice's wrong ticks, extra sentences) */
	extra?: number;
	/**
	 * The parts that are not right, by index (a blank's, a pair's left, an item's place in the
	 * student's order), for a type whose parts are all there to point at. Wrong picks of a set
	 * (choices, sentences) are not named: naming them would give the answer away.
	 */
	wrong?: number[];
	/** two-part questions only: which of Part A and Part B (the supporting sentences) is right */
	twoPart?: { partA: boolean; partB: boolean };
}

/** What answering a question of a type needs: a quiz page starts with these. */
export interface QuestionRules<S extends TypeShapes> {
	/** the response before the student does anything */
	empty(view: ViewOf<S>): S['response'];
	/** Part A is answered: Check is possible, and it counts in "Answered X of Y" */
	isAnswered(view: ViewOf<S>, response: S['response']): boolean;
	/**
	 * A saved response (untrusted JSON) checked against the question as it is now: the response as it
	 * may be used, or undefined when its shape or ids do not fit.
	 */
	restore(view: ViewOf<S>, value: unknown, context: RestoreContext): S['response'] | undefined;
	/**
	 * The question's options as this attempt shows them: choice, item or option ids, or words of a
	 * word bank; [] for a type with nothing to arrange. Salts name the question and the list, so the
	 * lists of one attempt are shuffled independently.
	 */
	arrange(view: ViewOf<S>, context: ArrangeContext<S>): string[];
	/** What the student still has to do before the question can be checked, in words. */
	unfinished(view: ViewOf<S>, response: S['response']): string;
	/** What the parts of the answer are (see `partsRight`); null for a one-part answer. */
	parts: PartUnit | null;
	/**
	 * What the student knows part `index` by, when told to check it: a pair by its left's text.
	 * null where its number says it (blank 2), or for a type whose parts are not pointed at.
	 */
	partName(view: ViewOf<S>, index: number): string | null;
}

/** What grading a question of a type needs: loaded after a quiz page has started. */
export interface GradingRules<S extends TypeShapes> {
	/** The fraction of the question earned (0..1) by a response. */
	score(key: KeyOf<S>, response: S['response']): number;
	/** What a learning platform records of an answer (SCORM's cmi.interactions.n). */
	scorm: ScormRules<S>;
	/** The right answer as the teacher's answer key shows it (the teacher view, a printed key). */
	answerKey(view: ViewOf<S>, key: KeyOf<S>): KeyView;
	/**
	 * For an answer made of parts (blanks, pairs, items, choices of a set, sentences): how many are
	 * right, to tell the student after a wrong try without revealing which. null for a one-part answer.
	 */
	partsRight(key: KeyOf<S>, response: S['response']): PartsRight | null;
	/**
	 * The parts of a typed answer that are almost right (a slip in a longer word, or the right number
	 * with another unit: see credit.ts), each with its index (a short answer's is 0), what was
	 * written and the answer it is almost; [] when none is, when spelling is exact, or for a type
	 * not typed.
	 */
	nearMisses(key: KeyOf<S>, response: S['response']): NearMiss[];
	/**
	 * The response in plain words, for the printed report and the copied summary: choices by the
	 * letter they are shown with and their text, sentences quoted. '' when none.
	 */
	answerText(view: ViewOf<S>, response: S['response'], context: AnswerContext): string;
	/** The response that is wholly right (a typed answer: its accepted forms), for the report. */
	rightResponse(view: ViewOf<S>, key: KeyOf<S>): S['response'];
}

/** How a type is reported to a learning platform (see src/lib/quiz/scorm.ts). */
export interface ScormRules<S extends TypeShapes> {
	/**
	 * SCORM's interaction type: 'choice', 'fill-in', 'matching', 'sequencing', SCORM's true/false
	 * type, or 'other' where SCORM has no equivalent
	 */
	interaction: string;
	/** true when answering takes several steps, so the time from first to last change means something */
	latency: boolean;
	/** an answered response, in SCORM's terms */
	response(view: ViewOf<S>, response: S['response']): ScormResponse;
	/** the right response(s): each is one correct pattern */
	correct(view: ViewOf<S>, key: KeyOf<S>): ScormResponse[];
}
