/** Highlight: the student selects the sentences of the article that answer the question. */
import type { Scoring } from '../../quiz/kit/credit.ts';

export interface Highlight {
	type: 'highlight';
	/** how many sentences to select */
	view: { evidenceCount: number };
	/** the answer is the key's `evidenceSentences` */
	key: { scoring: Scoring };
	/** the selected sentence ids */
	response: string[];
}
