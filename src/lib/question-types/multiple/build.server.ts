/** Multiple choice in the quiz file: `choices`, at least one `correct: true`; may be two-part. */
import { z } from 'zod';
import { twoPartView, type QuestionBuild } from '../../server/question-build.ts';
import { commonFields, requireEvidence, scoring } from '../../server/schema-fields.ts';
import { buildChoices, choice, countCorrect } from '../shared/choices.server.ts';
import type { Multiple } from './types.ts';

const schema = z.strictObject({
	...commonFields,
	type: z.literal('multiple'),
	choices: z
		.array(choice)
		.min(2, 'give at least 2 choices')
		.superRefine((choices, ctx) => {
			if (countCorrect(choices) === 0) {
				ctx.addIssue({
					code: 'custom',
					message: 'choices: mark at least one choice correct: true; 0 are'
				});
			}
		}),
	scoring,
	requireEvidence
});

export const multipleBuild: QuestionBuild<Multiple, typeof schema> = {
	schema,
	build(source, context) {
		const { choices, correct, feedback } = buildChoices(source.choices);
		return {
			view: { ...twoPartView(source, context), choices },
			key: { correct, feedback, scoring: source.scoring }
		};
	}
};
