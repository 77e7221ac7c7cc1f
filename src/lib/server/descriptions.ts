/**
 * Each page's meta description (what a search engine or a link preview shows under its title), in
 * words, at build time: the pages only print it.
 */
import type { QuizData, QuizSummary } from '../quiz/types.ts';
import type { ArticleMeta } from '../text/article.ts';
import { plainText } from '../text/rich.ts';
import { plural } from '../text/words.ts';

const MODES = { practice: 'Practice quiz', test: 'Test' } as const;

/** The library's: what the site is. */
export const LIBRARY_DESCRIPTION =
	'Reading-comprehension quizzes in which every answer is anchored in the text.';

/** An article page's: the article, and the quizzes on it. */
export function articleDescription(article: ArticleMeta, quizzes: readonly QuizSummary[]): string {
	const from = article.source ? ` (${article.source})` : '';
	const take =
		quizzes.length > 0
			? ` and take ${quizzes.length === 1 ? 'a quiz' : `${quizzes.length} quizzes`} on it`
			: '';
	return `Read “${article.title}”${from}${take}: every answer is anchored in the text.`;
}

/** A quiz page's: the teacher's description if there is one, else what the quiz is. */
export function quizDescription(quiz: QuizData, article: ArticleMeta): string {
	const description = quiz.description ? plainText(quiz.description).trim() : '';
	if (description !== '') return description;
	return (
		`${MODES[quiz.mode]}: ${plural(quiz.questionCount, 'question')} on “${article.title}”. ` +
		'Every answer is anchored in the text.'
	);
}

/** The teacher view's. */
export function teacherDescription(quiz: QuizSummary, article: ArticleMeta): string {
	return `The answer key of “${quiz.title}” on “${article.title}”, with the passages each question cites.`;
}
