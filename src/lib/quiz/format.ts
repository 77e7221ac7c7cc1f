/**
 * Words and numbers as the quiz shows them to people: counts with their noun, points, verdicts.
 * Pure, so the page, the session's announcements and the build's report all say things the same way.
 */
import type { QuestionScore, QuizScore } from './scoring.ts';

/** The word for `count` things: `one` for exactly 1, else `many` ("sentence" / "sentences"). */
export function pluralWord(count: number, one: string, many = `${one}s`): string {
	return count === 1 ? one : many;
}

/** A count and its word: "1 question", "3 questions", "2 quizzes". */
export function plural(count: number, one: string, many = `${one}s`): string {
	return `${count} ${pluralWord(count, one, many)}`;
}

export const verdictWords: Record<QuestionScore['verdict'], string> = {
	correct: 'Correct',
	partial: 'Partly correct',
	incorrect: 'Not quite'
};

/** Points as people write them: at most two decimals ("0.5", "1.33"). */
export function formatPoints(points: number): string {
	return String(Math.round(points * 100) / 100);
}

export function pointsText(score: { earned: number; possible: number }): string {
	return `${formatPoints(score.earned)} / ${formatPoints(score.possible)} points`;
}

export function scoreText(score: QuizScore): string {
	return `${pointsText(score)} (${score.percent} %)`;
}
