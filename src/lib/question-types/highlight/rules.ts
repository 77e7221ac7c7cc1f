/** Highlight in the browser: (right − wrong sentences) / sentences needed. */
import { picksRight, rightMinusWrong, withScoring } from '../../quiz/credit.ts';
import { sentencesText } from '../../quiz/sentence-ids.ts';
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
	parts: 'sentence',
	partsRight: (key, response) => picksRight(key.evidenceSentences, response),
	nearMisses: () => [],
	answerText: (_view, response) => sentencesText(response)
};
