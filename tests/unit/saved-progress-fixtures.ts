/**
 * The quiz whose saved progress is kept in tests/unit/fixtures/saved-progress/: strings written by
 * the attempt as it was before its refactor (commit 400db09), and test-retaken.json by the build of
 * commit 47ae5bf (a test's submissions without their answers), so a test can show that progress
 * saved by those builds still restores. The quiz must stay as it was when they were written.
 */
import type { QuizData } from '$lib/quiz/types';
import * as choice from './ui-fixtures';
import * as inText from './text-question-fixtures';

const withTries = (id: string, attempts: number, from: typeof choice | typeof inText) => ({
	...from.views.find((view) => view.id === id)!,
	attempts
});

/** A practice quiz of choices, a typed answer, a highlight and a two-part question, with tries. */
export function savedProgressQuiz(overrides: Partial<QuizData> = {}): QuizData {
	const questions = [
		withTries('main-idea', 3, choice),
		withTries('facts', 2, choice),
		withTries('tf', 1, choice),
		withTries('resource', 2, choice),
		withTries('criticism', 2, inText),
		withTries('aim', 2, inText)
	];
	return {
		slug: 'saved',
		article: 'ties',
		title: 'Saved progress',
		mode: 'practice',
		questionCount: questions.length,
		points: 7,
		shuffle: { questions: true, choices: true },
		passMark: 70,
		questions,
		version: 'saved-v1',
		keys: { ...choice.keys, ...inText.keys },
		...overrides
	};
}

/** The same questions as a test: no keys until submitted. */
export function savedProgressTest(): QuizData {
	return savedProgressQuiz({ slug: 'saved-test', mode: 'test', keys: null });
}
