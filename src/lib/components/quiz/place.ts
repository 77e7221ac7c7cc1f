/**
 * Finding and returning to the student's place on the quiz page (the DOM side of `Attempt.place`):
 * which paragraph of the article is at the top, whether a phone's reader is in the article,
 * scrolling back to the saved question and paragraph after a reload, and to the results.
 */
import type { Place } from '$lib/state/navigation';

/** The media query of the side-by-side layout (QuizPage.svelte's breakpoint). */
export const TWO_COLUMNS = '(min-width: 48rem)';

/**
 * Whether the article and the questions are side by side now, each pane scrolling on its own: not
 * in guided reading (QuizPage's `data-layout`), one column at any width, and not where media
 * queries are unknown.
 */
export function twoColumns(): boolean {
	if (document.querySelector('[data-layout="guided"]')) return false;
	return window.matchMedia?.(TWO_COLUMNS).matches ?? false;
}

/** Where the top of the visible article is: the pane's top side by side, below the switcher on a phone. */
function articleTop(pane: HTMLElement, twoColumns: boolean): number {
	if (twoColumns) return pane.getBoundingClientRect().top;
	const switcher = document.querySelector('.switcher');
	return switcher ? switcher.getBoundingClientRect().bottom : 0;
}

/** The number of the first paragraph of the article not scrolled past, or null. */
export function paragraphAtTop(pane: HTMLElement, twoColumns: boolean): number | null {
	const top = articleTop(pane, twoColumns);
	for (const paragraph of pane.querySelectorAll<HTMLElement>('[data-paragraph]')) {
		if (paragraph.getBoundingClientRect().bottom > top + 1)
			return Number(paragraph.dataset.paragraph) || null;
	}
	return null;
}

/** On a phone: whether the article fills the top of the screen (the student is reading it). */
export function readingArticle(pane: HTMLElement): boolean {
	const box = pane.getBoundingClientRect();
	return box.top < window.innerHeight / 3 && box.bottom > window.innerHeight / 2;
}

/**
 * Scrolls back to the saved place: side by side, the article to its paragraph and the questions to
 * the question; on a phone, to whichever the student was in. Returns the question returned to.
 */
export function restorePlace(place: Place, pane: HTMLElement, sideBySide: boolean): string | null {
	const paragraph =
		place.paragraph !== undefined
			? pane.querySelector<HTMLElement>(`[data-paragraph="${place.paragraph}"]`)
			: null;
	const card =
		place.question !== undefined ? document.getElementById(`question-${place.question}`) : null;
	if (sideBySide) {
		if (paragraph)
			pane.scrollTop += paragraph.getBoundingClientRect().top - pane.getBoundingClientRect().top;
		card?.scrollIntoView?.({ block: 'start' });
		return card ? place.question! : null;
	}
	if (place.inArticle && paragraph) {
		paragraph.scrollIntoView?.({ block: 'start' });
		return null;
	}
	card?.scrollIntoView?.({ block: 'start' });
	return card ? place.question! : null;
}

/** Scrolls to a question's card and moves focus to it (the links of notices and prompts). */
export function goToQuestion(id: string): void {
	const card = document.getElementById(`question-${id}`);
	if (!card) return;
	card.scrollIntoView?.({ block: 'start' });
	card.focus({ preventScroll: true });
}

/**
 * After Submit (or a submitted test reopened): the Results heading, or the keys' status while they
 * load, at the top of the view, clear of the sticky bars (its scroll-margin-top), with focus.
 * Focus alone scrolls only as far as to show it: on a phone that left the heading mid-screen.
 */
export function goToResults(scored: boolean): void {
	const target = document.getElementById(scored ? 'results-heading' : 'keys-status');
	if (!target) return;
	target.scrollIntoView?.({ block: 'start' });
	target.focus({ preventScroll: true });
}
