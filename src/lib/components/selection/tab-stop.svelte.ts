/**
 * The one sentence of the article in the tab order while sentences are being selected: the
 * sentences are one toolbar with a roving tabindex (WAI-ARIA APG), so Tab leaves them in one press
 * and Shift+Tab reaches the selection bar's "Done". The sentence last focused for a question keeps
 * the tab stop; until then it is the first selected sentence, or else the article's first.
 * The quiz's article shares it by context with the sentences it renders.
 */
import { createContext } from 'svelte';
import type { Selecting } from '$lib/quiz/kit/selecting';
import { inArticleOrder, type SentenceIndex } from '$lib/question-types/shared/sentence-picking';

export class SentenceTabStop {
	/** the sentence last focused, and what it was being selected for */
	#focused: { selecting: Selecting; id: string } | null = $state.raw(null);

	focus(selecting: Selecting, id: string): void {
		this.#focused = { selecting, id };
	}

	/** The sentence that takes Tab while selecting for `selecting`. */
	sentence(selecting: Selecting, selected: readonly string[], sentences: SentenceIndex): string {
		const focused = this.#focused;
		if (
			focused &&
			focused.selecting.questionId === selecting.questionId &&
			focused.selecting.part === selecting.part &&
			sentences.has(focused.id)
		)
			return focused.id;
		return inArticleOrder(selected, sentences)[0] ?? sentences.keys().next().value ?? '';
	}
}

export const [getSentenceTabStop, setSentenceTabStop] = createContext<SentenceTabStop>();
