/** Single choice in the quiz file: `choices`, exactly one `correct: true`; may be two-part. */
import * as z from 'zod';
import { choiceFields, choiceName, creditOf, partBNotes } from '../../checker/gift/choices.ts';
import { giftAnswer } from '../../checker/gift/text.ts';
import { twoPartView, type QuestionBuild } from '../../checker/question-build.ts';
import { commonFields, requireEvidence } from '../../checker/schema-fields.ts';
import { buildChoices, choice, countCorrect } from '../shared/build-choices.ts';
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
	},
	gift: {
		// {=right ~wrong#why …}
		export: (source) => ({
			questions: [
				{
					answers: source.choices
						.map((choice) =>
							giftAnswer(choice.correct ? '=' : '~', choice.text, { feedback: choice.feedback })
						)
						.join('\n')
				}
			],
			notes: partBNotes(source)
		}),
		// a multiple-choice question with exactly one answer marked = (any other weights are dropped)
		import(question) {
			if (question.type !== 'MC' || question.hasEmbeddedAnswers) return undefined;
			const right = question.choices.filter((choice) => choice.isCorrect);
			if (right.length !== 1) return undefined;
			const partial = question.choices.filter(
				(choice) => !choice.isCorrect && creditOf(choice) !== 0
			);
			return {
				fields: {
					type: 'single',
					choices: question.choices.map((choice) => choiceFields(choice, choice.isCorrect))
				},
				used: 1,
				notes: partial.map(
					(choice) =>
						`the ${creditOf(choice)}% credit of ${choiceName(choice)} was dropped: a single-choice question has one right answer`
				)
			};
		}
	}
};
