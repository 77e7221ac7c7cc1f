/**
 * Pieces the types' GIFT rules share (each type's own rules are in its folder's build.ts):
 * choices in and out, the note a two-part question gets, and the weight GIFT gives a choice.
 */
import type { TextChoice } from 'gift-pegjs';
import { fromGift } from './text.ts';

/** What a two-part question loses in GIFT. */
export function partBNotes(source: { requireEvidence: boolean }): string[] {
	return source.requireEvidence
		? [
				'Part B (select the supporting sentence in the article) cannot be expressed in GIFT: skipped, Part A exported'
			]
		: [];
}

/** A choice's credit in percent: `=` is 100 unless weighted, `~` is 0 unless weighted. */
export function creditOf(choice: TextChoice): number {
	return choice.weight ?? (choice.isCorrect ? 100 : 0);
}

/** A GIFT choice as a quiz file's choice: text, `correct: true` when right, feedback. */
export function choiceFields(choice: TextChoice, correct: boolean): Record<string, unknown> {
	const feedback = fromGift(choice.feedback);
	return {
		text: fromGift(choice.text),
		...(correct && { correct: true }),
		...(feedback !== '' && { feedback })
	};
}

/** The words of a choice, for notes. */
export const choiceName = (choice: TextChoice) => `'${fromGift(choice.text)}'`;
