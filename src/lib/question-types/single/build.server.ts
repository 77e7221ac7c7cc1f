/** Single choice in the quiz file: `choices`, exactly one `correct: true`; may be two-part. */
import { z } from 'zod';
import { twoPartView, type QuestionBuild } from '../../server/question-build.ts';
import { commonFields, requireEvidence } from '../../server/schema-fields.ts';
import { buildChoices, choice, countCorrect } from '../shared/choices.server.ts';
import type { Single } from './types.ts';

const schema = z.strictObject({
	...commonFields,
	type: z.literal('single'),
	choices: z
		.array(choice)
		.min(2, 'give at least 2 choices')
		.superRefine((choices, ctx) => {
			const correct = countCorrect(choices);
			if (correct !== 1) {
				ctx.addIssue({
					code: 'custom',
					message: `choices: exactly one choice must be marked correct: true; ${correct} are`
				});
			}
		}),
	requireEvidence
});

export const singleBuild: QuestionBuild<Single, typeof schema> = {
	schema,
	build(source, context) {
		const { choices, correct, feedback } = buildChoices(source.choices);
		return {
			view: { ...twoPartView(source, context), choices },
			key: { correct: correct[0]!, feedback }
		};
	}
};
