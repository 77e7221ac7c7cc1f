/**
 * The built content: what the build-time pipeline (src/lib/server) hands the routes, and what the
 * browser receives. Plain data, serialisable by SvelteKit's loaders.
 *
 * A question travels in two halves: its view (what to render, safe to show before answering) and its
 * key (what scores and explains it). In test mode the keys stay out of the page until submission.
 * What each type adds to the two halves, and what its response is, is declared in its own folder
 * (src/lib/question-types/<type>/types.ts); the unions below are assembled from the registry.
 */
import type { QuestionTypes } from '../question-types/registry.ts';
import type { ArticleMeta } from '../text/article.ts';
import type { Rich } from '../text/inline.ts';
import type { TextRange } from '../text/range.ts';

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

/** Every question type's name: the rows of the registry. */
export type QuestionType = keyof QuestionTypes & string;
/** The shapes of type T, as its folder declares them. */
export type ShapesOf<T extends QuestionType> = QuestionTypes[T];

export type QuestionViewOf<T extends QuestionType> = ViewOf<ShapesOf<T>>;
export type QuestionKeyOf<T extends QuestionType> = KeyOf<ShapesOf<T>>;
/** What the student has answered to a question of type T; `null` or empty means not answered yet. */
export type ResponseOf<T extends QuestionType> = ShapesOf<T>['response'];

export type QuestionView = { [T in QuestionType]: QuestionViewOf<T> }[QuestionType];
export type QuestionKey = { [T in QuestionType]: QuestionKeyOf<T> }[QuestionType];

/**
 * The answer to a question of type T: Part A (the response) and, for two-part questions, Part B.
 * Written as a mapped type so that generic code can build one from `T` and `ResponseOf<T>`.
 */
export type AnswerOf<T extends QuestionType> = {
	[K in T]: { type: K; response: ResponseOf<K>; evidence?: string[] };
}[T];
export type Answer = AnswerOf<QuestionType>;

export type QuizMode = 'practice' | 'test';

/** Which lists an attempt shows shuffled. */
export interface ShuffleFlags {
	questions: boolean;
	/** choices, order items, match options and word banks */
	choices: boolean;
}

export interface QuizSummary {
	slug: string;
	title: string;
	description?: Rich;
	mode: QuizMode;
	questionCount: number;
	points: number;
}

export interface ArticleSummary extends ArticleMeta {
	paragraphCount: number;
	quizzes: QuizSummary[];
}

export interface QuizData extends QuizSummary {
	article: string;
	shuffle: ShuffleFlags;
	passMark?: number;
	questions: QuestionView[];
	/** changes when any question changes; part of the saved-progress key */
	version: string;
	/** null in test mode: the page fetches them from `keysPath(article, quiz)` after submission */
	keys: Record<string, QuestionKey> | null;
}
