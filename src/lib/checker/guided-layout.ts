/**
 * Guided reading at build time (`layout: guided`, a question's `after: N`): that `after` names a
 * paragraph the article has, and the ¶ each question is shown after: its `after`, else the ¶ of its
 * first evidence quote. A test laid out side by side gets none: a question's place in the text
 * would point at its evidence, so such a quiz cannot be switched to guided.
 */
import type { Diagnostic } from './diagnostics.ts';
import { noSuchParagraphText } from './line-breaks.ts';
import type { Citation, QuizLayout } from '../quiz/types.ts';
import type { QuestionSource, QuizFile } from './schema.ts';
import { diagnosticAtPath, type DataPath, type YamlSource } from './yaml-source.ts';

/** An error at `after:` when the article has no such paragraph. */
export function checkAfter(
	question: Pick<QuestionSource, 'after'>,
	base: DataPath,
	source: YamlSource,
	paragraphCount: number
): Diagnostic[] {
	if (question.after === undefined || question.after <= paragraphCount) return [];
	const message = `after: ${noSuchParagraphText(question.after, paragraphCount)}`;
	return [diagnosticAtPath(source, [...base, 'after'], message)];
}

/** The quiz's guided layout: the teacher's choice and each question's ¶ (see QuizLayout). */
export function layoutOf(
	file: Pick<QuizFile, 'layout' | 'mode'>,
	questions: readonly { source: Pick<QuestionSource, 'id' | 'after'>; citations: Citation[] }[]
): { layout?: QuizLayout } {
	if (file.layout === 'side-by-side' && file.mode === 'test') return {};
	const after: Record<string, number> = {};
	for (const { source, citations } of questions) {
		const paragraph = source.after ?? citations[0]?.paragraph;
		if (paragraph !== undefined) after[source.id] = paragraph;
	}
	return { layout: { chosen: file.layout, after } };
}
