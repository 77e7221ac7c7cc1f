/**
 * URLs built in code rather than in a template: resolved against the base path, so hosting under a
 * sub-folder (`BASE_PATH`) works.
 */
import { resolve } from '$app/paths';

/** The prerendered answer keys of a test, fetched only after submission. */
export function keysPath(article: string, quiz: string): string {
	return resolve('/[article]/[quiz]/key.json', { article, quiz });
}

/** A quiz page's data (`QuizPageData`): the quiz, a test without its keys. */
export function quizDataPath(article: string, quiz: string): string {
	return resolve('/[article]/[quiz]/quiz.json', { article, quiz });
}

/** An article's text, shared by its quiz pages. */
export function articlePath(article: string): string {
	return resolve('/[article]/article.json', { article });
}
