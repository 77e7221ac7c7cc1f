/**
 * The progress of each quiz a page lists (the library, an article's page), read from this browser
 * once the page has hydrated: the prerendered page cannot know it. A quiz with nothing saved is not
 * started at once; one with a saved attempt is read against the quiz as built (its page's data file,
 * `quiz.json`, which the service worker keeps with the page), and a submitted test's score waits for
 * its keys, which are fetched only then, as its results page fetches them. The reading and scoring
 * (progress-summary.ts, with every type's rules) load only when something is saved: a first visit's
 * library does not carry them.
 */
import { keysPath, quizDataPath } from '$lib/paths';
import type { QuestionKey, QuizData, QuizPageData } from '$lib/quiz/types';
import type { QuizProgress } from './progress-summary';
import { browserStore, progressKey, readSafely, type ProgressStore } from './storage';

/** Where the quizzes' data comes from; each returns null when it cannot be had (offline). */
export interface QuizSource {
	/** the quiz as built: its page's data */
	quiz(article: string, slug: string): Promise<QuizData | null>;
	/** a test's answer keys: asked for only once the student has submitted it */
	keys(article: string, slug: string): Promise<Record<string, QuestionKey> | null>;
}

/** The quiz pages' own data (`quiz.json`), and a test's `key.json`. */
export const quizPages: QuizSource = {
	async quiz(article, slug) {
		const response = await fetch(quizDataPath(article, slug));
		return response.ok ? ((await response.json()) as QuizPageData).quiz : null;
	},
	async keys(article, slug) {
		const response = await fetch(keysPath(article, slug));
		return response.ok ? ((await response.json()) as Record<string, QuestionKey>) : null;
	}
};

export class ListedProgress {
	/** by `article/slug`; absent until read (or when it cannot be: the space stays empty) */
	#byQuiz: Record<string, QuizProgress> = $state.raw({});

	/** The progress of one quiz, once read. */
	of(article: string, slug: string): QuizProgress | undefined {
		return this.#byQuiz[`${article}/${slug}`];
	}

	/** Reads the progress of `article`'s quizzes `slugs`, one after the other. Never throws. */
	async read(
		article: string,
		slugs: readonly string[],
		source: QuizSource = quizPages,
		store: ProgressStore = browserStore().store
	): Promise<void> {
		for (const slug of slugs) {
			const summary = await this.#summary(article, slug, source, store).catch(() => undefined);
			if (summary) this.#byQuiz = { ...this.#byQuiz, [`${article}/${slug}`]: summary };
		}
	}

	async #summary(
		article: string,
		slug: string,
		source: QuizSource,
		store: ProgressStore
	): Promise<QuizProgress | undefined> {
		const raw = readSafely(store, progressKey(article, slug));
		if (raw === null) return { type: 'not-started' };
		const { isSavedAttempt, progressSummary } = await import('./progress-summary');
		if (!isSavedAttempt(raw)) return { type: 'not-started' };
		const quiz = await source.quiz(article, slug);
		if (!quiz) return undefined;
		const summary = progressSummary(raw, quiz, quiz.keys);
		if (summary.type !== 'submitted' || summary.score !== null) return summary;
		const keys = await source.keys(article, slug).catch(() => null);
		return keys ? progressSummary(raw, quiz, keys) : summary;
	}
}
