/**
 * Build-time pieces shared by the choice types (single, multiple): the schema of one choice and the
 * step that gives choices their ids ("a", "b", …), finds the correct ones and keeps their feedback.
 */
import * as z from 'zod';
import type { Option } from '../../quiz/kit/types.ts';
import { markdown } from '../../checker/schema-fields.ts';
import { parseInline, type Rich } from '../../text/inline.ts';
import { typographic } from '../../text/typography.ts';

export const choice = z.strictObject({
	text: markdown('choice text'),
	correct: z.boolean().default(false),
	feedback: markdown('feedback').optional()
});

type ChoiceSource = z.output<typeof choice>;

export function countCorrect(choices: readonly ChoiceSource[]): number {
	return choices.filter((entry) => entry.correct).length;
}

const CHOICE_IDS = 'abcdefghijklmnopqrstuvwxyz';

function choiceId(index: number): string {
	return index < CHOICE_IDS.length ? CHOICE_IDS[index]! : `c${index}`;
}

/** The choices as the student sees them, the ids of the correct ones, and each choice's feedback. */
export function buildChoices(source: readonly ChoiceSource[]): {
	choices: Option[];
	correct: string[];
	feedback: Record<string, Rich>;
} {
	const choices = source.map((entry, index) => ({
		id: choiceId(index),
		text: parseInline(entry.text)
	}));
	const feedback: Record<string, Rich> = {};
	source.forEach((entry, index) => {
		if (entry.feedback !== undefined)
			feedback[choiceId(index)] = typographic(parseInline(entry.feedback));
	});
	const correct = choices.filter((_, index) => source[index]!.correct).map((entry) => entry.id);
	return { choices, correct, feedback };
}
