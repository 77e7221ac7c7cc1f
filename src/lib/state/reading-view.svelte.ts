/**
 * What the quiz page shows around the attempt: the citation highlighted in the article and the
 * question it was opened from, which question the article's sentences are being selected for, and
 * what the polite live region says. The quiz page creates it and hands it down by context; the
 * article itself only receives what to highlight and what is selectable.
 */
import { createContext } from 'svelte';
import type { Citation } from '$lib/quiz/types';
import type { Selecting } from './selecting';

export class ReadingView {
	/** the citation highlighted in the article */
	citation: Citation | null = $state.raw(null);
	/** the question whose citation is shown: where "Questions" leads back to on a narrow screen */
	citedFrom: string | null = $state(null);
	/** counts activations, so showing the same citation again scrolls to it again */
	citationRequests = $state(0);
	/** which question, if any, the article's sentences are being selected for */
	selecting: Selecting | null = $state(null);
	/** read out by the page's polite live region */
	announcement = $state('');

	showCitation(citation: Citation, questionId: string): void {
		this.selecting = null;
		this.citation = citation;
		this.citedFrom = questionId;
		this.citationRequests++;
	}

	/** The student moved on to question `questionId`: a citation shown for another question goes. */
	leaveCitation(questionId: string): void {
		if (this.citation && this.citedFrom !== questionId) this.citation = null;
	}

	/** Starts or stops selecting sentences in the article for a question. */
	select(selecting: Selecting | null): void {
		this.selecting = selecting;
		if (selecting) this.citation = null;
	}

	/** Whether the article's sentences are being selected for `selecting` (the same question and part). */
	isSelecting(selecting: Selecting): boolean {
		return (
			this.selecting?.questionId === selecting.questionId && this.selecting.part === selecting.part
		);
	}

	announce(text: string): void {
		this.announcement = text;
	}

	/** Back to the plain article: no citation, no selecting, nothing to announce. */
	reset(): void {
		this.citation = null;
		this.selecting = null;
		this.announcement = '';
	}
}

/** The reading view of the quiz page a component is on (set by the quiz page's session). */
export const [getReadingView, setReadingView] = createContext<ReadingView>();
