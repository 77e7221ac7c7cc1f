/**
 * The shapes every question type is built from: what a type declares (its name, view, key and
 * response) and what every question has whatever its type. A type's folder imports these; the
 * unions of all types, assembled from the registry, are the engine's (src/lib/quiz/types.ts).
 *
 * A question travels in two halves: its view (what to render, safe to show before answering) and its
 * key (what scores and explains it). In test mode the keys stay out of the page until submission.
 */
import type { Rich } from '../../text/inline.ts';
import type { TextRange } from '../../text/range.ts';

/** What a question type is made of: its name, what it adds to the view and the key, its response. */
export interface TypeShapes {
	type: string;
	view: object;
	key: object;
	response: unknown;
}

/** A quote resolved to its place in the article: `text.slice(start, end)` of paragraph ¶`paragraph`. */
export interface Citation extends TextRange {
	/** the article's own words (not the teacher's typing of them) */
	quote: string;
	paragraph: number;
}

/** A choice, order item or match option; ids never reveal the right answer. */
export interface Option {
	id: string;
	text: Rich;
}

/** What every question's view has, whatever its type. */
export interface ViewCommon {
	id: string;
	prompt: Rich;
	points: number;
	hint?: Rich;
	/** changes whenever the question or its evidence changes; saved answers to an older version are dropped */
	version: string;
	/** the tries the question allows before its answer is shown: 1 in a test (see quiz/tries.ts) */
	attempts: number;
	/** the teacher's group, which a quiz's `pick` may draw from (see quiz/pool.ts) */
	group?: string;
}

/** What every question's key has, whatever its type. */
export interface KeyCommon {
	explanation: Rich;
	citations: Citation[];
	/** ids of the sentences that contain the evidence: the answer to highlight questions and Part B */
	evidenceSentences: string[];
}

/** The view fields of a type that may be two-part (`requireEvidence`): Part B asks for the evidence. */
export interface TwoPart {
	/** Part B: select the sentence(s) that support the answer */
	requireEvidence: boolean;
	/** how many sentences Part B asks for */
	evidenceCount: number;
}

/** The whole view of a question of shapes S. */
export type ViewOf<S extends TypeShapes> = ViewCommon & { type: S['type'] } & S['view'];
/** The whole key of a question of shapes S. */
export type KeyOf<S extends TypeShapes> = KeyCommon & { type: S['type'] } & S['key'];

/** Which lists an attempt shows shuffled. */
export interface ShuffleFlags {
	questions: boolean;
	/** choices, order items, match options and word banks */
	choices: boolean;
}
