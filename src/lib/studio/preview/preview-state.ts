/**
 * What the Studio's preview shows, from the live check: the article and the quiz open in the
 * editor, once both check without errors (the last such version stays shown, marked, while the
 * draft has errors), in the mode the teacher asked for: the quiz's own, or practice or test.
 */
import type { ArticleCheck } from '$lib/checker/check-article';
import type { QuestionKey, QuizData } from '$lib/quiz/types';
import { FIRST_COUNTS } from '$lib/state/submissions';
import type { Article } from '$lib/text/article';

/** The quiz's own mode (`mode:` in its file), or either one to try it in. */
export type PreviewMode = 'own' | 'practice' | 'test';

export interface PreviewContent {
	article: Article;
	/** the quiz as built, with its keys */
	quiz: QuizData;
}

/** The article and the quiz `quizSlug` when both check without errors; else null. */
export function passingContent(check: ArticleCheck, quizSlug: string): PreviewContent | null {
	const quiz = check.entry?.quizzes.find((built) => built.slug === quizSlug);
	return check.entry && quiz ? { article: check.entry.article, quiz } : null;
}

/** What is shown: the newest passing content, else the last one (of the same quiz), marked stale. */
export function shownContent(
	passing: PreviewContent | null,
	last: PreviewContent | null,
	quizSlug: string
): { content: PreviewContent; stale: boolean } | null {
	if (passing) return { content: passing, stale: false };
	if (last && last.quiz.slug === quizSlug) return { content: last, stale: true };
	return null;
}

/**
 * The quiz as the page gets it in `mode`, as the quiz route hands it (a test without its keys,
 * which the preview's session is given instead), and its keys.
 */
export function pageQuiz(
	quiz: QuizData,
	mode: PreviewMode
): { quiz: QuizData; keys: Record<string, QuestionKey> } {
	const keys = quiz.keys ?? {};
	const shown = mode === 'own' ? quiz.mode : mode;
	if (shown === 'test')
		return {
			quiz: { ...quiz, mode: 'test', testRules: quiz.testRules ?? FIRST_COUNTS, keys: null },
			keys
		};
	const practice: QuizData = { ...quiz, mode: 'practice', keys };
	delete practice.testRules;
	return { quiz: practice, keys };
}
