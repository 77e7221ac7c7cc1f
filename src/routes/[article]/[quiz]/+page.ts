import { browser } from '$app/environment';
import { articlePath } from '$lib/paths';
import { firstQuestions } from '$lib/quiz/first-cards';
import { loadCards, loadLayoutParts } from '$lib/components/quiz/parts';
import { browserStore } from '$lib/state/storage';
import type { Article } from '$lib/text/article';
import type { PageLoad } from './$types';

// Only what the cards the page is built with need (their types' components, and Part B's where one
// is two-part) loads before it renders (the rest once it has started: drawn-cards.svelte.ts), and
// guided reading's code only where the page is guided (components/quiz/parts.ts); the article is
// its own file, shared by the article's quizzes (which a prerendered page preloads rather than
// holds: src/lib/server/prerender/shared-article.ts).
export const load: PageLoad = async ({ data, fetch, params }) => {
	const [article, components] = await Promise.all([
		fetch(articlePath(params.article)).then(async (response) => {
			if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
			return (await response.json()) as Article;
		}),
		loadCards(firstQuestions(data.quiz)),
		loadLayoutParts(data.quiz, browser ? browserStore().store : null)
	]);
	return { ...data, article, components };
};
