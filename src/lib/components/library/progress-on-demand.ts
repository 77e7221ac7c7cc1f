/**
 * What a page listing quizzes (the library, an article's page) loads once it is idle, to show the
 * student's progress in each: the reading (state/listed-progress.svelte.ts) and its line
 * (QuizProgress.svelte). The progress lives in this browser, so the prerendered page has nothing to
 * show before it: the page starts without this code, on a line kept empty for it (QuizList.svelte).
 */
import { ListedProgress } from '$lib/state/listed-progress.svelte';

export { default } from './QuizProgress.svelte';

/** Reads the progress of each article's quizzes, one after the other: shown as each is read. */
export function readProgress(
	lists: readonly { article: string; quizzes: readonly string[] }[]
): ListedProgress {
	const listed = new ListedProgress();
	void (async () => {
		for (const { article, quizzes } of lists) await listed.read(article, quizzes);
	})();
	return listed;
}
