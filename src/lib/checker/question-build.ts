/**
 * What every question type provides to the build: its variant of the quiz-file schema (zod) and the
 * step that turns a checked question into the student-facing view and the answer key. One object
 * per type, in its folder's build.ts, listed in the build registry (question-types.ts).
 * Build-time only, so zod and the pipeline never reach the browser.
 */
import type { z } from 'zod';
import type { Spelling } from '../quiz/kit/credit.ts';
import type { TwoPart, TypeShapes } from '../quiz/types.ts';
import type { DataPath } from './yaml-source.ts';

/** What the pipeline knows about a question once its evidence is resolved. */
export interface BuildContext {
	/** ids of the article's sentences that the evidence covers, in article order */
	evidenceSentences: string[];
	/** the quiz's `spelling`, for the types whose own `spelling` may override it */
	spelling: Spelling;
}

/** What a type's own checks may ask of the article. */
export interface ArticleFacts {
	sentenceCount: number;
}

/** A problem in a question, at a path below the question (e.g. ['select']). */
export interface QuestionProblem {
	path: DataPath;
	message: string;
}

export interface QuestionBuild<S extends TypeShapes, Schema extends z.ZodType = z.ZodType> {
	/** the type's variant of a question in the quiz file: `type: z.literal(…)` and its own fields */
	schema: Schema;
	/** what the type adds to the view and the key; the pipeline adds the common fields */
	build(source: z.output<Schema>, context: BuildContext): { view: S['view']; key: S['key'] };
	/** checks that need the article beyond resolving the quotes (which every question gets) */
	check?(source: z.output<Schema>, article: ArticleFacts): QuestionProblem[];
	/**
	 * An instruction the page already gives a question of this type, which worksheets often write
	 * at the start of the prompt too ("True or false: …"): the build leaves it out of the prompt,
	 * with a warning (checker/part-labels.ts). `pattern` matches it at the start of a prompt, with
	 * the punctuation and spaces after it; `page` says what the page shows instead, in a warning.
	 */
	instruction?: { pattern: RegExp; page: string };
	/** Moodle's GIFT format: what the type exports and imports, or why it cannot */
	gift: GiftRules<z.output<Schema>>;
}

/** The view fields of a two-part-capable type. */
export function twoPartView(source: { requireEvidence: boolean }, context: BuildContext): TwoPart {
	return {
		requireEvidence: source.requireEvidence,
		evidenceCount: context.evidenceSentences.length
	};
}

/**
 * How a type goes into and comes out of Moodle's GIFT format (src/lib/checker/gift/): every type
 * says what it exports, or why GIFT cannot hold it, and which GIFT questions it imports.
 */
export interface GiftRules<Source> {
	export(source: Source): GiftExport;
	/**
	 * Takes `question` (and, for a type written as several GIFT questions, the ones after it) if it
	 * is of this type's kind: the type's own fields, how many GIFT questions it used, and what did
	 * not survive. Undefined when it is not this type's kind.
	 */
	import(question: GiftQuestion, following: readonly GiftQuestion[]): GiftClaim | undefined;
}

/** GIFT questions the parser (gift-pegjs) gives, less categories and descriptions. */
export type GiftQuestion = Exclude<
	import('gift-pegjs').GIFTQuestion,
	{ type: 'Category' } | { type: 'Description' }
>;

/** What a type exports: GIFT questions, or the reason GIFT cannot hold it. */
export type GiftExport =
	| {
			questions: GiftItem[];
			/** what GIFT could not hold of the question, in words (e.g. Part B of a two-part question) */
			notes?: string[];
	  }
	| { skip: string };

/** One GIFT question, before the common parts (title, feedback) are added. */
export interface GiftItem {
	/** the question text before the answers (inline Markdown, unescaped): the prompt when absent */
	text?: string;
	/** the answers between the braces, already in GIFT (escaped, see gift/text.ts) */
	answers: string;
	/** text after the answers (missing-word questions): the answers then stand for a blank */
	after?: string;
	/** a part of a question written as several GIFT questions (one per blank, say) */
	part?: { index: number; count: number };
}

/** A GIFT question taken by a type. */
export interface GiftClaim {
	/** the type's own fields of the quiz file (type, choices, answer, …); may set prompt */
	fields: Record<string, unknown>;
	/** how many GIFT questions it used: 1, or more for a question written as several */
	used: number;
	/** what did not survive the import, in words */
	notes: string[];
	/** when several types take a question, the most specific (highest) wins; default 1 */
	specificity?: number;
}
