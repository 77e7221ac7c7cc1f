/**
 * Where the student is and where "Next unanswered" goes: the place noted as they work (the question,
 * the article's paragraph at the top) and the questions still unanswered in the order shown. Pure
 * functions over the attempt's order and answers; the DOM side is components/quiz/place.ts.
 */
import type { SavedPlace } from './saved-attempt.ts';

/** Where the student was (see `SavedPlace`). */
export type Place = SavedPlace;

/**
 * The place after noting `noted` at `current`: what it names replaces what was there, and
 * `inArticle` holds only while noted; null when nothing changed (nothing to save).
 */
export function placeAfter(current: Place, noted: Place): Place | null {
	const next = { ...current, ...noted };
	if (!noted.inArticle) delete next.inArticle;
	const same =
		next.question === current.question &&
		next.paragraph === current.paragraph &&
		next.inArticle === current.inArticle;
	return same ? null : next;
}

/** The questions not answered, in the order shown. */
export function unansweredIds(
	order: readonly string[],
	isAnswered: (id: string) => boolean
): string[] {
	return order.filter((id) => !isAnswered(id));
}

/**
 * The first unanswered question after `after` in the order shown, going round to the start; null
 * when every question is answered. Without `after`, the first unanswered one.
 */
export function nextUnanswered(
	order: readonly string[],
	isAnswered: (id: string) => boolean,
	after: string | null = null
): string | null {
	const start = after === null ? -1 : order.indexOf(after);
	for (let step = 1; step <= order.length; step++) {
		const id = order[(start + step) % order.length]!;
		if (!isAnswered(id)) return id;
	}
	return null;
}
