/** True or false in the quiz file: `answer: true | false`; may be two-part. */
import * as z from 'zod';
import { partBNotes } from '../../checker/gift/choices.ts';
import { twoPartView, type QuestionBuild } from '../../checker/question-build.ts';
import { commonFields, requireEvidence } from '../../checker/schema-fields.ts';
import type { TrueFalse } from './types.ts';

const schema = z.strictObject({
	...commonFields,
	type: z.literal('true-false'),
	answer: z.boolean(),
	requireEvidence
});

export const trueFalseBuild: QuestionBuild<TrueFalse, typeof schema> = {
	schema,
	// "True or false:", "True/False?", "T/F -", "**True or false:**" …
	instruction: {
		pattern:
			/^[*_]{0,2}(?:true\s*(?:[,/]|or)\s*false|t\s*\/\s*f)[*_]{0,2}\s*[:.?\-–—][*_]{0,2}\s*(?=\S)/iu,
		page: 'offers True and False'
	},
	build: (source, context) => ({
		view: twoPartView(source, context),
		key: { answer: source.answer }
	}),
	gift: {
		export: (source) => ({
			questions: [{ answers: source.answer ? 'TRUE' : 'FALSE' }],
			notes: partBNotes(source)
		}),
		import: (question) =>
			question.type === 'TF'
				? {
						fields: { type: 'true-false', answer: question.isTrue },
						used: 1,
						notes:
							question.trueFeedback || question.falseFeedback
								? ['the feedback on each answer was dropped: the explanation is shown instead']
								: []
					}
				: undefined
	}
};
