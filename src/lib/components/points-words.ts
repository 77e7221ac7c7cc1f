/**
 * Points and percentages in words, the one style every page uses: the quiz page's verdicts and
 * totals (quiz/words.ts) and the progress line of the library and an article's page. Kept apart from
 * the quiz page's wordings, which bring every question type's rules with them, so that a page
 * listing quizzes loads only this.
 */
import { roundTenth } from '$lib/quiz/points';
import { pluralWord } from '$lib/text/words';

/** Points as people write them: at most one decimal ("0.5", "1.3", "17.2"), by quiz/points.ts's rule. */
export function formatPoints(points: number): string {
	return String(roundTenth(points));
}

/** A percentage, the one style used everywhere: at most one decimal, no space ("61.5%", "100%"). */
export function formatPercent(percent: number): string {
	return `${roundTenth(percent)}%`;
}

/** "0.5 / 2 points": `earned` is the points to show (a quiz's results: its `shown` points). */
export function pointsText(score: { earned: number; possible: number }): string {
	return `${formatPoints(score.earned)} / ${formatPoints(score.possible)} ${pluralWord(score.possible, 'point')}`;
}
