/** Highlight graded: (right − wrong sentences) / sentences needed. */
import { picksRight, rightMinusWrong, withScoring } from '../../quiz/kit/credit.ts';
import type { GradingRules } from '../../quiz/kit/rules.ts';
import { inSentenceOrder } from '../../quiz/kit/sentence-ids.ts';
import type { Highlight } from './types.ts';

export const highlightGrading: GradingRules<Highlight> = {
	score: (key, response) =>
		withScoring(key.scoring, rightMinusWrong(key.evidenceSentences, response)),
	// a choice among the article's sentences, named ¶.n ("3.2" is ¶3's second sentence)
	scorm: {
		interaction: 'choice',
		latency: true,
		// a set: in article order, whatever order the student selected them in
		response: (_view, response) => ({ shape: 'ids', ids: inArticleOrder(response) }),
		correct: (_view, key) => [{ shape: 'ids', ids: inArticleOrder(key.evidenceSentences) }]
	},
	answerKey: (_view, key) => ({ kind: 'sentences', ids: key.evidenceSentences }),
	partsRight: (key, response) => picksRight(key.evidenceSentences, response),
	nearMisses: () => [],
	answerText: (_view, response, { sentence }) =>
		inSentenceOrder(response)
			.map((id) => sentence(id))
			.join(' '),
	rightResponse: (_view, key) => key.evidenceSentences
};

/** Sentence ids ("¶.n") by paragraph, then sentence. */
function inArticleOrder(ids: readonly string[]): string[] {
	const at = (id: string) => id.split('.').map(Number);
	return [...ids].sort((a, b) => at(a)[0]! - at(b)[0]! || at(a)[1]! - at(b)[1]!);
}
