/**
 * What the quiz page shows around the attempt: the citation highlighted in the article and the
 * question it was opened from, the jump to it that Back (or "Back to question N") undoes, which
 * question the article's sentences are being selected for, and what the polite live region says.
 * The quiz page creates it and hands it down by context; the article itself only receives what to
 * highlight and what is selectable.
 */
import { createContext } from 'svelte';
import type { Citation } from '$lib/quiz/types';
import type { Selecting } from './selecting';

/**
 * Where a citation jump is kept in the browser's history, so that Back returns from it: the quiz
 * route's shallow routing (SvelteKit's page state). A page without a router keeps none.
 */
export interface JumpHistory {
	/** the question the current history entry's jump returns to, or null (read reactively) */
	readonly current: string | null;
	/** a history entry for a jump from `question` (the present jump's entry, if any, replaced) */
	push(question: string): void;
	/** back one entry, out of the jump */
	back(): void;
}

export class ReadingView {
	/** the citation highlighted in the article */
	citation: Citation | null = $state.raw(null);
	/** the question whose citation is shown: where "Questions" leads back to on a narrow screen */
	citedFrom: string | null = $state(null);
	/** counts activations, so showing the same citation again scrolls to it again */
	citationRequests = $state(0);
	/** a citation jump in effect: the question to return to, until returned or moved on from */
	returnTo: string | null = $state(null);
	#history: JumpHistory | null = null;
	/** which question, if any, the article's sentences are being selected for */
	selecting: Selecting | null = $state(null);
	/** read out by the page's polite live region */
	announcement = $state('');

	/** Keeps each citation jump in `history` from now on (the quiz route's). */
	useHistory(history: JumpHistory): void {
		this.#history = history;
	}

	/** Shows a citation of question `questionId` in the article: a jump that Back returns from. */
	showCitation(citation: Citation, questionId: string): void {
		this.selecting = null;
		this.citation = citation;
		this.citedFrom = questionId;
		this.citationRequests++;
		this.returnTo = questionId;
		this.#history?.push(questionId);
	}

	/**
	 * "Back to question N": through the history when the jump's entry is the current one (going
	 * back there returns, see `returnedInHistory`), else at once. The question to return to now, or null.
	 */
	backFromJump(): string | null {
		const question = this.returnTo;
		if (question !== null && this.#history?.current === question) {
			this.#history.back();
			return null;
		}
		this.returnTo = null;
		return question;
	}

	/**
	 * Whether the history has gone back out of the jump in effect (Back): then the jump ends and
	 * the question to return to is given; else null. Read reactively, it follows the history.
	 */
	returnedInHistory(): string | null {
		const question = this.returnTo;
		if (question === null || this.#history === null || this.#history.current !== null) return null;
		this.returnTo = null;
		return question;
	}

	/** The student moved on to question `questionId`: a citation shown for another question goes. */
	leaveCitation(questionId: string): void {
		if (this.citation && this.citedFrom !== questionId) this.citation = null;
		if (this.returnTo !== questionId) this.returnTo = null;
	}

	/** Starts or stops selecting sentences in the article for a question. */
	select(selecting: Selecting | null): void {
		this.selecting = selecting;
		if (selecting) {
			this.citation = null;
			this.returnTo = null;
		}
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
		this.returnTo = null;
		this.announcement = '';
	}
}

/** The reading view of the quiz page a component is on (set by the quiz page's session). */
export const [getReadingView, setReadingView] = createContext<ReadingView>();
