/** Multiple choice in the quiz file: `choices`, at least one `correct: true`; may be two-part. */
import * as z from 'zod';
import { choiceFields, choiceName, creditOf, partBNotes } from '../../checker/gift/choices.ts';
import { giftAnswer } from '../../checker/gift/text.ts';
import { twoPartView, type QuestionBuild } from '../../checker/question-build.ts';
import { commonFields, requireEvidence, scoring } from '../../checker/schema-fields.ts';
import { buildChoices, choice, countCorrect } from '../shared/build-choices.ts';
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
	},
	gift: {
		// each right choice earns 1/k and each wrong one costs 1/k (k right choices), floored at 0 by
		// Moodle as by us: (right − wrong) ÷ k, the same partial credit
		export(source) {
			const share = 100 / countCorrect(source.choices);
			return {
				questions: [
					{
						answers: source.choices
							.map((choice) =>
								giftAnswer('~', choice.text, {
									weight: choice.correct ? share : -share,
									feedback: choice.feedback
								})
							)
							.join('\n')
					}
				],
				notes: [
					...(source.scoring === 'all-or-nothing'
						? ['all-or-nothing scoring cannot be expressed in GIFT: exported with partial credit']
						: []),
					...partBNotes(source)
				]
			};
		},
		// weighted choices and none marked = (Moodle's "multiple answers"), or several marked =
		import(question) {
			if (question.type !== 'MC' || question.hasEmbeddedAnswers) return undefined;
			const marked = question.choices.filter((choice) => choice.isCorrect).length;
			const right = question.choices.filter((choice) =>
				marked >= 2 ? choice.isCorrect : creditOf(choice) > 0
			);
			if (marked === 1 || right.length === 0) return undefined;
			const share = 100 / right.length;
			const unusual = question.choices.filter((choice) => {
				const credit = creditOf(choice);
				return right.includes(choice)
					? Math.abs(credit - share) > 0.01 && marked < 2
					: credit !== 0 && Math.abs(credit + share) > 0.01;
			});
			return {
				fields: {
					type: 'multiple',
					choices: question.choices.map((choice) => choiceFields(choice, right.includes(choice)))
				},
				used: 1,
				notes: [
					...(marked >= 2
						? [
								'several answers are marked right (=): imported as "select all that apply", which asks for all of them'
							]
						: []),
					...unusual.map(
						(choice) =>
							`the ${creditOf(choice)}% weight of ${choiceName(choice)} differs from Close Reader's rule (each right choice earns, each wrong one costs, an equal share): scored by that rule`
					)
				]
			};
		}
	}
};
