/** True / false / not given in the quiz file: `answer: true | false | not-given`; may be two-part. */
import * as z from 'zod';
import { choiceFields, partBNotes } from '../../checker/gift/choices.ts';
import { fromGift, giftAnswer } from '../../checker/gift/text.ts';
import { twoPartView, type QuestionBuild } from '../../checker/question-build.ts';
import { commonFields, requireEvidence } from '../../checker/schema-fields.ts';
import type { TrueFalseNotGiven } from './types.ts';

/** The three choices as GIFT writes them, with the answer each stands for. */
const CHOICES = [
	{ text: 'True', answer: true },
	{ text: 'False', answer: false },
	{ text: 'Not given', answer: 'not-given' }
] as const;

const schema = z.strictObject({
	...commonFields,
	type: z.literal('true-false-not-given'),
	answer: z.union([z.boolean(), z.literal('not-given')]),
	requireEvidence
});

export const trueFalseNotGivenBuild: QuestionBuild<TrueFalseNotGiven, typeof schema> = {
	schema,
	// "True, false or not given:", "True/False/Not given?", "T/F/NG -", "**TFNG:**" …
	instruction: {
		pattern:
			/^[*_]{0,2}(?:true\s*[,/]?\s*false\s*[,/]?\s*(?:or\s+)?not[\s-]+given|t\s*\/\s*f\s*\/\s*ng|tfng)(?:\s+in\s+the\s+(?:article|text|passage))?[*_]{0,2}\s*[:.?\-–—][*_]{0,2}\s*(?=\S)/iu,
		page: 'asks "True, false, or not given in the article?"'
	},
	build: (source, context) => ({
		view: twoPartView(source, context),
		key: {
			answer: source.answer === 'not-given' ? 'not-given' : source.answer ? 'true' : 'false'
		}
	}),
	gift: {
		// GIFT has no third answer: a single choice of True, False and Not given
		export: (source) => ({
			questions: [
				{
					answers: CHOICES.map((choice) =>
						giftAnswer(choice.answer === source.answer ? '=' : '~', choice.text)
					).join('\n')
				}
			],
			notes: partBNotes(source)
		}),
		// exactly the choices True, False and Not given, one of them right: more specific than a single choice
		import(question) {
			if (question.type !== 'MC' || question.hasEmbeddedAnswers) return undefined;
			const right = question.choices.filter((choice) => choice.isCorrect);
			const found = question.choices.map((choice) =>
				CHOICES.find(
					(known) => known.text.toLowerCase() === fromGift(choice.text).trim().toLowerCase()
				)
			);
			if (question.choices.length !== 3 || right.length !== 1 || new Set(found).size !== 3)
				return undefined;
			if (found.includes(undefined)) return undefined;
			const answer = found[question.choices.indexOf(right[0]!)]!.answer;
			const feedback = question.choices.some((choice) => choiceFields(choice, false).feedback);
			return {
				fields: { type: 'true-false-not-given', answer },
				used: 1,
				notes: feedback
					? ['the feedback on each answer was dropped: the explanation is shown instead']
					: [],
				specificity: 2
			};
		}
	}
};
