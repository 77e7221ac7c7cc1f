/**
 * What every question type provides to the build: its variant of the quiz-file schema (zod) and the
 * step that turns a checked question into the student-facing view and the answer key. One object
 * per type, in its folder's build.server.ts, listed in the build registry (question-types.ts).
 * Build-time only, so zod and the pipeline never reach the browser.
 */
import type { z } from 'zod';
import type { Spelling } from '../quiz/credit.ts';
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
}

/** The view fields of a two-part-capable type. */
export function twoPartView(source: { requireEvidence: boolean }, context: BuildContext): TwoPart {
	return {
		requireEvidence: source.requireEvidence,
		evidenceCount: context.evidenceSentences.length
	};
}
