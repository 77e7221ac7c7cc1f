/**
 * The preview's place across its updates. Each version of the quiz is a new page (its answers
 * restored from session storage), which would open at its top: where the page and each of its
 * scrolled panes were (by id) and which question had focus are noted before the swap and returned
 * to after it. The new page draws its cards a few at a time (drawn-cards.svelte.ts), so the scroll
 * is set again each time the page grows, until it is reached or the teacher scrolls.
 */

export interface PreviewPlace {
	/** how far each scrolled box was scrolled: the page (id null) and the panes, by id */
	scrolls: { id: string | null; top: number }[];
	/** the id of what had focus in the preview (a question's control, or its card) */
	focused: string | null;
}

/** A return under way: `settled` once the place is reached, or left for another by the teacher. */
export interface Returning {
	place: PreviewPlace;
	readonly settled: boolean;
	stop(): void;
}

/** What the teacher does to move the preview: a return under way gives way to it. */
const MOVES = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

export function notePlace(doc: Document): PreviewPlace {
	const scrolls: PreviewPlace['scrolls'] = [];
	const page = doc.scrollingElement;
	if (page && page.scrollTop > 0) scrolls.push({ id: null, top: page.scrollTop });
	for (const box of doc.querySelectorAll<HTMLElement>('[id]'))
		if (box.scrollTop > 0) scrolls.push({ id: box.id, top: box.scrollTop });
	const active = doc.hasFocus() ? doc.activeElement : null;
	const focused =
		active && active !== doc.body
			? active.id || active.closest<HTMLElement>('[data-question]')?.id || null
			: null;
	return { scrolls, focused };
}

/** Returns to `place` in the page now shown in `win`; stop it when the next version comes. */
export function returnTo(place: PreviewPlace, win: Window): Returning {
	const doc = win.document;
	if (place.focused) doc.getElementById(place.focused)?.focus({ preventScroll: true });
	let settled = false;
	const apply = () => {
		let reached = true;
		for (const { id, top } of place.scrolls) {
			const box = id === null ? doc.scrollingElement : doc.getElementById(id);
			if (box) box.scrollTop = top;
			if (!box || Math.abs(box.scrollTop - top) > 1) reached = false;
		}
		if (reached) stop();
	};
	const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(apply) : null;
	function stop() {
		settled = true;
		observer?.disconnect();
		for (const move of MOVES) win.removeEventListener(move, stop, true);
	}
	if (place.scrolls.length === 0) stop();
	else if (!observer) apply();
	else {
		// each observed box is reported once laid out, then each time it grows: a pane's content
		// grows inside it, so its children are watched too
		observer.observe(doc.body);
		for (const { id } of place.scrolls) {
			const box = id === null ? null : doc.getElementById(id);
			for (const child of box?.children ?? []) observer.observe(child);
		}
		for (const move of MOVES) win.addEventListener(move, stop, true);
	}
	return {
		place,
		get settled() {
			return settled;
		},
		stop
	};
}
