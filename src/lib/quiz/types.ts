/**
 * The built content: what the build-time pipeline (src/lib/server) hands the routes, and what the
 * browser receives. Plain data, serialisable by SvelteKit's loaders.
 *
 * A question travels in two halves: its view (what to render, safe to show before answering) and its
 * key (what scores and explains it). In test mode the keys stay out of the page until submission.
 */
import type { QuestionType, Scoring } from './schema';

/** A run of inline text with its formatting; a whole rich text is a list of these. */
export interface Inline {
	text: string;
	em?: true;
	strong?: true;
	code?: true;
	href?: string;
}
export type Rich = Inline[];

/** A sentence of a paragraph: its id ("¶.n", e.g. "12.1") and character range in `Paragraph.text`. */
export interface Sentence {
	id: string;
	start: number;
	end: number;
}

export interface Paragraph {
	kind: 'paragraph';
	/** ¶ number, from 1 */
	n: number;
	/** plain text: the concatenation of `inlines`' texts; quotes and sentences index into it */
	text: string;
	inlines: Rich;
	sentences: Sentence[];
}

export interface Heading {
	kind: 'heading';
	level: 2 | 3 | 4 | 5 | 6;
	inlines: Rich;
}

export type Block = Paragraph | Heading;

export interface ArticleMeta {
	slug: string;
	title: string;
	source?: string;
	author?: string;
	/** YYYY-MM-DD */
	published?: string;
	url?: string;
	credit?: string;
}

export interface Article extends ArticleMeta {
	blocks: Block[];
}

/** A quote resolved to its place in the article: `text.slice(start, end)` of paragraph ¶`paragraph`. */
export interface Citation {
	/** the article's own words (not the teacher's typing of them) */
	quote: string;
	paragraph: number;
	start: number;
	end: number;
}

/** A choice, order item or match option; ids never reveal the right answer. */
export interface Option {
	id: string;
	text: Rich;
}

export type FillPart = { kind: 'text'; text: Rich } | { kind: 'blank'; index: number };

interface ViewCommon {
	id: string;
	prompt: Rich;
	points: number;
	hint?: Rich;
	/** changes whenever the question or its evidence changes; saved answers to an older version are dropped */
	version: string;
}

interface TwoPart {
	/** Part B: select the sentence(s) that support the answer */
	requireEvidence: boolean;
	/** how many sentences Part B (or a highlight question) asks for */
	evidenceCount: number;
}

/** The view half of each question type: what the student sees before answering. */
export interface Views {
	single: TwoPart & { choices: Option[] };
	multiple: TwoPart & { choices: Option[] };
	'true-false': TwoPart;
	'true-false-not-given': TwoPart;
	'short-answer': object;
	'fill-blanks': { parts: FillPart[]; blankCount: number; wordBank: string[] | null };
	/** items sorted by id, not in the right order; the page shuffles them per attempt */
	order: { items: Option[] };
	match: { lefts: Option[]; rights: Option[] };
	highlight: { evidenceCount: number };
}

export const TRUE_FALSE_NOT_GIVEN = ['true', 'false', 'not-given'] as const;
export type TrueFalseNotGiven = (typeof TRUE_FALSE_NOT_GIVEN)[number];

/** The key half: what scores and explains each type. */
export interface Keys {
	single: { correct: string; feedback: Record<string, Rich> };
	multiple: { correct: string[]; feedback: Record<string, Rich>; scoring: Scoring };
	'true-false': { answer: boolean };
	'true-false-not-given': { answer: TrueFalseNotGiven };
	/** accepted answers, already normalised with `normalizeAnswer` */
	'short-answer': { answers: string[]; display: string[] };
	/** accepted answers per blank, as written; compared after `normalizeAnswer` */
	'fill-blanks': { blanks: string[][]; scoring: Scoring };
	/** item ids in the right order */
	order: { order: string[]; scoring: Scoring };
	/** for each left, the id of its right */
	match: { pairs: string[]; scoring: Scoring };
	highlight: { scoring: Scoring };
}

/** What the student has answered, per type; `null` or empty means not answered yet. */
export interface Responses {
	single: string | null;
	multiple: string[];
	'true-false': boolean | null;
	'true-false-not-given': TrueFalseNotGiven | null;
	'short-answer': string;
	/** one entry per blank; '' for an empty blank */
	'fill-blanks': string[];
	/** item ids in the student's order; null until the student moves one */
	order: string[] | null;
	/** for each left, the chosen right id or null */
	match: (string | null)[];
	/** sentence ids */
	highlight: string[];
}

export type QuestionView = {
	[T in QuestionType]: ViewCommon & { type: T } & Views[T];
}[QuestionType];
export type QuestionViewOf<T extends QuestionType> = Extract<QuestionView, { type: T }>;

interface KeyCommon {
	explanation: Rich;
	citations: Citation[];
	/** ids of the sentences that contain the evidence: the answer to highlight questions and Part B */
	evidenceSentences: string[];
}
export type QuestionKey = { [T in QuestionType]: KeyCommon & { type: T } & Keys[T] }[QuestionType];
export type QuestionKeyOf<T extends QuestionType> = Extract<QuestionKey, { type: T }>;

/** A student's answer to one question: Part A (the response) and, for two-part questions, Part B. */
export type Answer = {
	[T in QuestionType]: { type: T; response: Responses[T]; evidence?: string[] };
}[QuestionType];

export type QuizMode = 'practice' | 'test';

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
	shuffle: { questions: boolean; choices: boolean };
	passMark?: number;
	questions: QuestionView[];
	/** changes when any question changes; part of the saved-progress key */
	version: string;
	/** null in test mode: the page fetches them from `keysPath(article, quiz)` after submission */
	keys: Record<string, QuestionKey> | null;
}
