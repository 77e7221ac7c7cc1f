/**
 * The form of the worksheet last printed in this browser: the seed of the attempt saved here for
 * the quiz, which the quiz page prints as its form. The answer key starts with it, so that a
 * teacher who prints a worksheet and then its key in one browser gets a key that fits.
 */
import type { QuizData } from '../quiz/types.ts';
import { readSavedAttempt } from './saved-attempt.ts';
import { browserStore, progressKey, readSafely } from './storage.ts';

/** The seed of the attempt saved in this browser for the quiz; null when there is none. */
export function savedFormSeed(
	article: string,
	quiz: Pick<QuizData, 'slug' | 'questions' | 'version'>
): number | null {
	const { store } = browserStore();
	const raw = readSafely(store, progressKey(article, quiz.slug));
	return readSavedAttempt(raw, quiz).progress?.seed ?? null;
}
