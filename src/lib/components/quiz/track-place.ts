/**
 * The student's place, as an attachment on the article pane: once the attempt is loaded, a reload
 * returns to the question last worked on and the article's paragraph (see place.ts), and from then
 * on scrolling notes where the student is (the attempt saves it).
 */
import { tick, untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { backAnnouncement } from './words';
import type { DrawnCards } from './drawn-cards.svelte';
import { paragraphAtTop, readingArticle, restorePlace, twoColumns } from './place';
import type { QuizSession } from '$lib/state/session.svelte';

/** How long scrolling must pause before the place is noted. */
const SETTLE_MS = 300;
/** The browser's own scroll restoration may still fire this long after the load. */
const RESTORATION_MS = 500;

export function trackPlace(
	{ attempt, reading }: QuizSession,
	cards: DrawnCards
): Attachment<HTMLElement> {
	return (pane) => {
		// runs again once the attempt is loaded: nothing to return to, or note, before that
		if (!attempt.loaded) return;
		return untrack(() => {
			/** the place is noted only once it has been restored, so a reload does not overwrite it */
			let tracking = false;
			let timer: ReturnType<typeof setTimeout> | undefined;
			let restoring: ReturnType<typeof setTimeout> | undefined;
			const note = () => {
				const sideBySide = twoColumns();
				const inArticle = !sideBySide && readingArticle(pane);
				const paragraph = sideBySide || inArticle ? paragraphAtTop(pane, sideBySide) : null;
				attempt.setPlace({
					...(paragraph !== null && { paragraph }),
					...(inArticle && { inArticle: true })
				});
			};
			const noteScroll = () => {
				clearTimeout(timer);
				// a scroll before the place is restored is noted once it is, where it has got to then
				timer = setTimeout(function settle() {
					if (tracking) note();
					else timer = setTimeout(settle, SETTLE_MS);
				}, SETTLE_MS);
			};
			void tick().then(() => {
				if (!attempt.submitted) {
					// the card returned to may be one the page has not drawn yet
					const saved = attempt.questions.findIndex((view) => view.id === attempt.place.question);
					if (saved >= 0) cards.through(saved);
					const question = restorePlace(attempt.place, pane, twoColumns());
					const number = attempt.questions.findIndex((view) => view.id === question);
					if (number >= 0) reading.announce(backAnnouncement(number + 1));
				}
				restoring = setTimeout(() => (tracking = true), RESTORATION_MS);
			});
			window.addEventListener('scroll', noteScroll, { passive: true });
			pane.addEventListener('scroll', noteScroll, { passive: true });
			return () => {
				clearTimeout(timer);
				clearTimeout(restoring);
				window.removeEventListener('scroll', noteScroll);
				pane.removeEventListener('scroll', noteScroll);
			};
		});
	};
}
