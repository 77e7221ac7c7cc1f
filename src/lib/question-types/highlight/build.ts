/** Highlight in the quiz file: `select: N` optional (default: the sentences the evidence covers). */
import * as z from 'zod';
import type { QuestionBuild } from '../../checker/question-build.ts';
import { commonFields, scoring } from '../../checker/schema-fields.ts';
import type { Highlight } from './types.ts';

const schema = z.strictObject({
	...commonFields,
	type: z.literal('highlight'),
	select: z
		.int()
		.positive()
		.optional()
		.describe('how many sentences to select; default: the number the evidence covers'),
	scoring
});

export const highlightBuild: QuestionBuild<Highlight, typeof schema> = {
	schema,
	build: (source, { evidenceSentences }) => ({
		view: { evidenceCount: source.select ?? evidenceSentences.length },
		key: { scoring: source.scoring }
	}),
	gift: {
		export: () => ({
			skip: 'GIFT cannot ask the student to select sentences in the article'
		}),
		// nothing in GIFT selects sentences in a text
		import: () => undefined
	},
	check: (source, { sentenceCount }) =>
		source.select !== undefined && source.select > sentenceCount
			? [
					{
						path: ['select'],
						message: `select: the article has only ${sentenceCount} sentences; ask for at most that many`
					}
				]
			: []
};
