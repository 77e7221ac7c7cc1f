import { error } from '@sveltejs/kit';
import { browser } from '$app/environment';
import { articlePath, quizDataPath } from '$lib/paths';
import { firstQuestions } from '$lib/quiz/first-cards';
import { loadCards, loadLayoutParts } from '$lib/components/quiz/parts';
import { browserStore } from '$lib/state/storage';
import type { QuizPageData } from '$lib/quiz/types';
import type { Article } from '$lib/text/article';
import type { PageLoad } from './$types';

// The page's data is two files: the quiz's own (`quiz.json`) and its article's text, shared by the
// article's quizzes; a prerendered page preloads both rather than holding them
// (src/lib/server/prerender/data-files.ts). Only what the cards the page is built with need (their
// types' components, and Part B's where one is two-part) loads before it renders (the rest once it
// has started: drawn-cards.svelte.ts), and guided reading's code only where the page is guided
// (components/quiz/parts.ts).
export const load: PageLoad = async ({ fetch, params }) => {
	const [article, data] = await Promise.all([
		fetchJson<Article>(fetch, articlePath(params.article)),
		fetchJson<QuizPageData>(fetch, quizDataPath(params.article, params.quiz))
	]);
	const [components] = await Promise.all([
		loadCards(firstQuestions(data.quiz)),
		loadLayoutParts(data.quiz, browser ? browserStore().store : null)
	]);
	return { ...data, article, components };
};

/** A JSON file of the site; its error (a missing quiz, a broken file) becomes the page's. */
async function fetchJson<T>(fetch: typeof globalThis.fetch, path: string): Promise<T> {
	const response = await fetch(path);
	if (response.ok) return (await response.json()) as T;
	// the site's files answer an error in JSON (server/json-file.ts); a host's error page does not
	const body: unknown = await response.json().catch(() => null);
	error(response.status, isError(body) ? body : `${response.status} ${response.statusText}`);
}

function isError(body: unknown): body is App.Error {
	return (
		typeof body === 'object' && body !== null && typeof Reflect.get(body, 'message') === 'string'
	);
}
