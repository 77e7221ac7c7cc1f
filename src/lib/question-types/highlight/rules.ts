/** Highlight in the browser: (right − wrong sentences) / sentences needed. */
import { rightMinusWrong, withScoring } from '../../quiz/credit.ts';
import type { QuestionRules } from '../../quiz/rules.ts';
import { distinctIds } from '../../quiz/untrusted.ts';
import { plural } from '../../text/words.ts';
import type { Highlight } from './types.ts';

export const highlight: QuestionRules<Highlight> = {
	empty: () => [],
	isAnswered: (_view, response) => response.length > 0,
	restore: (_view, value, { isSentence }) => distinctIds(value, isSentence),
	arrange: () => [],
	score: (key, response) =>
		withScoring(key.scoring, rightMinusWrong(key.evidenceSentences, response)),
	unfinished: (view) => `Select ${plural(view.evidenceCount, 'sentence')} in the article first.`,
	answerKey: (_view, key) => ({ kind: 'sentences', ids: key.evidenceSentences })
};
