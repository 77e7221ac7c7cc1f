/** Highlight in the browser: sentences of the article selected; its grading is in grading.ts. */
import type { QuestionRules } from '../../quiz/kit/rules.ts';
import { distinctIds } from '../../quiz/kit/untrusted.ts';
import { plural } from '../../text/words.ts';
import type { Highlight } from './types.ts';

export const highlight: QuestionRules<Highlight> = {
	empty: () => [],
	isAnswered: (_view, response) => response.length > 0,
	restore: (_view, value, { isSentence }) => distinctIds(value, isSentence),
	arrange: () => [],
	unfinished: (view) => `Select ${plural(view.evidenceCount, 'sentence')} in the article first.`,
	parts: 'sentence',
	partName: () => null
};
