/** True or false in the browser: two radios, True then False, in that order always. */
import type { QuestionRules } from '../../quiz/rules.ts';
import type { TrueFalse } from './types.ts';

export const trueFalse: QuestionRules<TrueFalse> = {
	empty: () => null,
	isAnswered: (_view, response) => response !== null,
	restore: (_view, value) => (value === null || typeof value === 'boolean' ? value : undefined),
	// True, False keep their natural order: nothing to arrange
	arrange: () => [],
	score: (key, response) => (response === key.answer ? 1 : 0),
	unfinished: () => 'Choose an answer first.',
	parts: null,
	partsRight: () => null,
	nearMisses: () => [],
	answerText: (_view, response) => (response === null ? '' : response ? 'True' : 'False')
};
