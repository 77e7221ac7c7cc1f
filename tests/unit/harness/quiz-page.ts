/**
 * Test support: the props of a quiz page, with the components of the quiz's question types loaded
 * (and guided reading's code where the quiz is laid out guided, as its route has them),
 * and the parts a page loads on first use or when idle (feedback, results, the interactive article)
 * loaded as an idle page would have them; and waiting for the page to have drawn every card.
 */
import { screen } from '@testing-library/svelte';
import { articleComponent } from '$lib/components/ArticleSlot.svelte';
import { answeredParts, loadCards, loadLayoutParts } from '$lib/components/quiz/parts';
import { articleSelection } from '$lib/components/quiz/QuizArticle.svelte';
import type { QuizData } from '$lib/quiz/types';
import type { Article } from '$lib/text/article';

/**
 * Time for a file's `beforeAll` that loads these parts: the first load also compiles their modules,
 * which a busy machine makes take seconds. Done before the tests, no test pays for it.
 */
export const LOAD_PARTS_TIMEOUT_MS = 60_000;

export async function quizPageProps(article: Article, quiz: QuizData) {
	await Promise.all([loadPageParts(), loadLayoutParts(quiz, null)]);
	return { article, quiz, components: await loadCards(quiz.questions) };
}

/**
 * Waits until the page has drawn the card of every question: it draws the first few with the page
 * and the rest a slice at a time (components/quiz/drawn-cards.svelte.ts).
 */
export async function everyCardDrawn(quiz: QuizData): Promise<void> {
	// a busy machine may take seconds over the first cards of a test file (their code compiles)
	await screen.findByRole(
		'article',
		{ name: `Question ${quiz.questions.length}` },
		{ timeout: 10_000 }
	);
}

export async function loadPageParts(): Promise<void> {
	await Promise.all(
		[...answeredParts, articleComponent, articleSelection].map((part) => part.load())
	);
}
