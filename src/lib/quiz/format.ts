/**
 * Words and numbers as the quiz shows them to people: counts with their noun, points, verdicts.
 * Pure, so the page, the session's announcements and the build's report all say things the same way.
 */
import { evidenceCount, isPartAAnswered, isTwoPart } from './scoring.ts';
import type { QuestionScore, QuizScore } from './scoring.ts';
import type { Answer, QuestionView } from './types.ts';

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
	return `${formatPoints(score.earned)} / ${formatPoints(score.possible)} ${pluralWord(score.possible, 'point')}`;
}

export function scoreText(score: QuizScore): string {
	return `${pointsText(score)} (${score.percent} %)`;
}

/**
 * Words in “double quotes”, with the double quotes inside them turned single, as in print, so a
 * quote that itself quotes someone does not end in a puzzling ””.
 */
export function quoted(text: string): string {
	return `“${text.replace(/“/g, '‘').replace(/”/g, '’')}”`;
}

/** What the student still has to do before a question can be checked. */
export function unfinishedText(view: QuestionView, answer: Answer | undefined): string {
	if (isTwoPart(view) && isPartAAnswered(view, answer))
		return `Now Part B: select ${plural(evidenceCount(view), 'sentence')} in the article.`;
	switch (view.type) {
		case 'single':
		case 'true-false':
		case 'true-false-not-given':
			return 'Choose an answer first.';
		case 'multiple':
			return 'Select at least one choice first.';
		case 'short-answer':
			return 'Type your answer first.';
		case 'fill-blanks': {
			const filled = answer?.type === 'fill-blanks' ? answer.response : [];
			const left = view.blankCount - filled.filter((text) => text.trim() !== '').length;
			return `Fill in every blank first: ${plural(left, 'blank')} left.`;
		}
		case 'order':
			return 'Put the items in order first (or choose “Keep this order”).';
		case 'match': {
			const chosen = answer?.type === 'match' ? answer.response : [];
			const left = view.lefts.filter((_, index) => typeof chosen[index] !== 'string').length;
			return `Match every item first: ${plural(left, 'item')} left.`;
		}
		case 'highlight':
			return `Select ${plural(view.evidenceCount, 'sentence')} in the article first.`;
		default: {
			const unreachable: never = view;
			return unreachable;
		}
	}
}
