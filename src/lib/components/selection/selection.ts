/**
 * Selecting sentences in the article (an answer made of sentences, and Part B): the attempt's
 * selection read and toggled, how many sentences are asked for, and finishing. What the question's
 * sentence picker needs is in question-types/shared/sentence-picking.ts.
 */
import { selectButtonId } from '$lib/question-types/shared/sentence-picking';
import { evidenceCount } from '$lib/quiz/questions';
import type { Attempt } from '$lib/state/attempt.svelte';
import { selectedSentences, withSentenceToggled, type Selecting } from '$lib/state/selecting';
import type { ReadingView } from '$lib/state/reading-view.svelte';

/** The id of the selection bar's line of keys, which the article's toolbar of sentences names as its description. */
export const SELECTION_KEYS_ID = 'selection-keys';

/** The sentences selected so far for `selecting`. */
export function selectedFor(attempt: Attempt, selecting: Selecting): readonly string[] {
	const view = attempt.view(selecting.questionId);
	const answer = attempt.answers[selecting.questionId];
	return view ? selectedSentences(view, answer, selecting.part) : [];
}

/** Adds or removes a sentence from the answer `selecting` is for. */
export function toggleSentence(attempt: Attempt, selecting: Selecting, sentenceId: string): void {
	const view = attempt.view(selecting.questionId);
	const answer = attempt.answers[selecting.questionId];
	const toggled = view && answer && withSentenceToggled(view, answer, selecting.part, sentenceId);
	if (toggled) attempt.answer(selecting.questionId, toggled);
}

/** How many sentences `selecting` asks for. */
export function neededFor(attempt: Attempt, selecting: Selecting): number {
	const view = attempt.view(selecting.questionId);
	return view ? evidenceCount(view) : 1;
}

/** Stops selecting and returns the student to the question's button (scrolled into view). */
export function finishSelecting(reading: ReadingView): void {
	const selecting = reading.selecting;
	reading.select(null);
	if (!selecting) return;
	const button = document.getElementById(selectButtonId(selecting));
	button?.focus();
	button?.scrollIntoView?.({ block: 'center' });
}
