/** Short answer in the quiz file: `answers`, every accepted answer. */
import { z } from 'zod';
import type { QuestionBuild } from '../../server/question-build.ts';
import { commonFields, spelling } from '../../server/schema-fields.ts';
import { normalizeAnswer } from '../../text/normalize.ts';
import type { ShortAnswer } from './types.ts';

const schema = z.strictObject({
	...commonFields,
	type: z.literal('short-answer'),
	answers: z.array(z.string().trim().min(1)).min(1, 'give at least one accepted answer'),
	spelling: spelling.optional()
});

export const shortAnswerBuild: QuestionBuild<ShortAnswer, typeof schema> = {
	schema,
	build: (source, context) => ({
		view: {},
		key: {
			answers: [...new Set(source.answers.map(normalizeAnswer))],
			display: source.answers,
			spelling: source.spelling ?? context.spelling
		}
	})
};
