/** Short answer: the student types a word or phrase. */
import type { Spelling } from '../../quiz/kit/credit.ts';

export interface ShortAnswer {
	type: 'short-answer';
	view: object;
	/**
	 * `answers` normalised with `normalizeAnswer` for comparing; `display` as the teacher wrote them;
	 * `spelling` the question's (or else the quiz's) setting
	 */
	key: { answers: string[]; display: string[]; spelling: Spelling };
	response: string;
}
