/**
 * What the article's sentences share when they are toggles (SentenceToggle.svelte, selected for a
 * question in SelectableSentence, marked for the student's highlights in
 * ../annotations/MarkableSentence): one
 * toolbar, moved through with the arrow keys, Home and End, each toggled by Space or Enter; and
 * their text drawn without links, which a toggle must not hold.
 */
import type { Marks } from '$lib/text/inline';

/** A run's marks without its link. */
export function withoutLink({ href: _href, ...marks }: Marks): Marks {
	return marks;
}

/** The toggle a key moves to from `from` in its article, in reading order, or null. */
function target(key: string, from: HTMLElement): HTMLElement | null {
	const article = from.closest('article') ?? document;
	const all = Array.from(article.querySelectorAll<HTMLElement>('[data-sentence][role="checkbox"]'));
	const at = all.indexOf(from);
	switch (key) {
		case 'ArrowDown':
		case 'ArrowRight':
			return all[at + 1] ?? null;
		case 'ArrowUp':
		case 'ArrowLeft':
			return all[at - 1] ?? null;
		case 'Home':
			return all[0] ?? null;
		case 'End':
			return all.at(-1) ?? null;
		default:
			return null;
	}
}

/** A sentence toggle's keys: Space or Enter toggles it, the others move the focus. */
export function sentenceToggleKeys(toggle: () => void) {
	return (event: KeyboardEvent & { currentTarget: HTMLElement }) => {
		if (event.altKey || event.ctrlKey || event.metaKey) return;
		if (event.key === ' ' || event.key === 'Enter') {
			event.preventDefault();
			toggle();
			return;
		}
		const next = target(event.key, event.currentTarget);
		if (next) {
			event.preventDefault();
			next.focus();
		}
	};
}
