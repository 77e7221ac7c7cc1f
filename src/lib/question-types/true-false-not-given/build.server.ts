/** True / false / not given in the quiz file: `answer: true | false | not-given`; may be two-part. */
import { z } from 'zod';
import { twoPartView, type QuestionBuild } from '../../server/question-build.ts';
import { commonFields, requireEvidence } from '../../server/schema-fields.ts';
import type { TrueFalseNotGiven } from './types.ts';

const schema = z.strictObject({
	...commonFields,
	type: z.literal('true-false-not-given'),
	answer: z.union([z.boolean(), z.literal('not-given')]),
	requireEvidence
});

export const trueFalseNotGivenBuild: QuestionBuild<TrueFalseNotGiven, typeof schema> = {
	schema,
	build: (source, context) => ({
		view: twoPartView(source, context),
		key: {
			answer: source.answer === 'not-given' ? 'not-given' : source.answer ? 'true' : 'false'
		}
	})
};
