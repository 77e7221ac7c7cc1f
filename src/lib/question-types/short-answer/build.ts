/** Short answer in the quiz file: `answers`, every accepted answer. */
import * as z from 'zod';
import { choiceName, creditOf } from '../../checker/gift/choices.ts';
import { giftAnswer, plainFromGift } from '../../checker/gift/text.ts';
import type { QuestionBuild } from '../../checker/question-build.ts';
import { commonFields, spelling } from '../../checker/schema-fields.ts';
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
	}),
	gift: {
		// {=Alaska =in Alaska}: every accepted answer
		export: (source) => ({
			questions: [{ answers: source.answers.map((answer) => giftAnswer('=', answer)).join(' ') }]
		}),
		// a short answer not inside the text (that is a blank); answers with less than full credit dropped
		import(question) {
			if (question.type !== 'Short' || question.hasEmbeddedAnswers) return undefined;
			const full = question.choices.filter((choice) => creditOf(choice) === 100);
			if (full.length === 0) return undefined;
			return {
				fields: {
					type: 'short-answer',
					answers: full.map((choice) => plainFromGift(choice.text))
				},
				used: 1,
				notes: [
					...question.choices
						.filter((choice) => creditOf(choice) !== 100)
						.map(
							(choice) =>
								`the ${creditOf(choice)}% answer ${choiceName(choice)} was dropped: an answer is right or not`
						),
					...(question.choices.some((choice) => choice.feedback)
						? ['the feedback on each answer was dropped: the explanation is shown instead']
						: [])
				]
			};
		}
	}
};
