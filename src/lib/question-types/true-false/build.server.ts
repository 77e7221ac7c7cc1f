/** True or false in the quiz file: `answer: true | false`; may be two-part. */
import { z } from 'zod';
import { twoPartView, type QuestionBuild } from '../../server/question-build.ts';
import { commonFields, requireEvidence } from '../../server/schema-fields.ts';
import type { TrueFalse } from './types.ts';

const schema = z.strictObject({
	...commonFields,
	type: z.literal('true-false'),
	answer: z.boolean(),
	requireEvidence
});

export const trueFalseBuild: QuestionBuild<TrueFalse, typeof schema> = {
	schema,
	build: (source, context) => ({
		view: twoPartView(source, context),
		key: { answer: source.answer }
	})
};
