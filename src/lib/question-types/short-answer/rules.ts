/** Short answer in the browser: right when it equals an accepted answer after normalising. */
import { filled, typedMatches } from '../../quiz/credit.ts';
import type { QuestionRules } from '../../quiz/rules.ts';
import { isString } from '../../quiz/untrusted.ts';
import type { ShortAnswer } from './types.ts';

export const shortAnswer: QuestionRules<ShortAnswer> = {
	empty: () => '',
	isAnswered: (_view, response) => filled(response),
	restore: (_view, value) => (isString(value) ? value : undefined),
	arrange: () => [],
	score: (key, response) => (typedMatches(response, key.answers) ? 1 : 0),
	unfinished: () => 'Type your answer first.',
	answerKey: (_view, key) => ({ kind: 'accepted', answers: key.display })
};
