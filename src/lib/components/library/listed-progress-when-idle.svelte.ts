/**
 * The student's progress in each quiz a page lists (the library, an article's page), read once the
 * page is idle: the progress lives in this browser, so the prerendered page has nothing to show
 * before it, and its code (progress-on-demand.ts) need not be in the page's start. Until it is read,
 * or when its code cannot load (offline, a new deployment), each quiz's progress line stays empty.
 */
import type { ListedProgress } from '$lib/state/listed-progress.svelte';
import { lazy, whenIdle } from '../lazy.svelte';

export class ListedProgressWhenIdle {
	readonly #code = lazy(!import.meta.env.SSR && (() => import('./progress-on-demand')));
	#listed: ListedProgress | undefined = $state.raw();

	/** The progress line's component (QuizProgress.svelte), once its code is in. */
	readonly Line = $derived(this.#code.current?.default);

	/** Reads the progress in `lists`' quizzes once the page is idle; returns what cancels it. */
	readWhenIdle(lists: readonly { article: string; quizzes: readonly string[] }[]): () => void {
		return whenIdle(() =>
			this.#code.load().then(
				({ readProgress }) => (this.#listed = readProgress(lists)),
				() => undefined
			)
		);
	}

	/** The progress in quiz `quiz` of `article`, once read. */
	of(article: string, quiz: string) {
		return this.#listed?.of(article, quiz);
	}
}
