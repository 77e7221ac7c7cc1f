/** Short answer in the browser: a text box; its grading is in grading.ts. */
import { filled } from '../../quiz/kit/filled.ts';
import type { QuestionRules } from '../../quiz/kit/rules.ts';
import { isString } from '../../quiz/kit/untrusted.ts';
import type { ShortAnswer } from './types.ts';

export const shortAnswer: QuestionRules<ShortAnswer> = {
	empty: () => '',
	isAnswered: (_view, response) => filled(response),
	restore: (_view, value) => (isString(value) ? value : undefined),
	arrange: () => [],
	unfinished: () => 'Type your answer first.',
	parts: null,
	partName: () => null
};
