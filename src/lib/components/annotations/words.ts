/**
 * The words of the student's own highlights and notes: the colours' names, what the tools say they
 * did, and how a marked passage is cited (its ¶). Outcomes come in as data; words go out.
 */
import type { HighlightColour } from '$lib/state/annotation-data';
import { plural } from '$lib/text/words';

export const colourNames: Record<HighlightColour, string> = {
	yellow: 'Yellow',
	green: 'Green',
	blue: 'Blue',
	pink: 'Pink'
};

/** What the status line says after an action on `count` passages. */
export type MarkOutcome =
	| { type: 'highlighted'; colour: HighlightColour; count: number }
	| { type: 'unhighlighted'; count: number }
	| { type: 'noted'; count: number }
	| { type: 'note-removed' };

export function outcomeText(outcome: MarkOutcome): string {
	switch (outcome.type) {
		case 'highlighted':
			return `Highlighted in ${outcome.colour}${outcome.count > 1 ? ` (${outcome.count} passages)` : ''}.`;
		case 'unhighlighted':
			return 'Highlight removed.';
		case 'noted':
			return outcome.count > 1 ? `Note added to ${outcome.count} passages.` : 'Note saved.';
		case 'note-removed':
			return 'Note deleted.';
	}
}

/** What the bar says it will mark: the sentences chosen by keyboard, or the words selected. */
export const chosenText = (sentences: number | null): string =>
	sentences === null
		? 'Selected words:'
		: sentences === 0
			? 'Choose sentences to mark (Space), then a colour or a note.'
			: `${plural(sentences, 'sentence')} chosen:`;
