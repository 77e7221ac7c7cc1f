/**
 * How one attempt shows the quiz: the question order (shuffled only when `shuffle.questions`) and
 * each question's options in the order its type arranges them, all fixed by the attempt's seed.
 */
import { rulesOf } from './questions.ts';
import { shuffled } from './kit/shuffle.ts';
import type { QuestionKey, QuizData } from './types.ts';

export interface Arrangement {
	questionOrder: string[];
	/**
	 * Per question id, its options as shown: choice ids (single, multiple), item ids (order), right
	 * ids (match; lefts stay as listed), the words of a word bank; [] for types with
	 * nothing to arrange.
	 */
	options: Record<string, string[]>;
}

/**
 * The arrangement of one attempt. Pass `keys` when the page has them (practice mode) so that order
 * items are never shown already in the right order; without keys (test mode) that happens by chance only.
 */
export function arrange(
	quiz: Pick<QuizData, 'questions' | 'shuffle'>,
	seed: number,
	keys?: Record<string, QuestionKey> | null
): Arrangement {
	const questionIds = quiz.questions.map((view) => view.id);
	const options: Record<string, string[]> = {};
	for (const view of quiz.questions) {
		const known = keys && Object.hasOwn(keys, view.id) ? keys[view.id] : undefined;
		const key = known?.type === view.type ? known : undefined;
		options[view.id] = rulesOf(view.type).arrange(view, { seed, flags: quiz.shuffle, key });
	}
	return {
		questionOrder: quiz.shuffle.questions ? shuffled(questionIds, seed, 'questions') : questionIds,
		options
	};
}
