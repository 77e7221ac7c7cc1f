/**
 * Selecting sentences of the article as an answer: either a question's response, for a type whose
 * answer is made of sentences (its rules say `parts: 'sentence'`), or a two-part question's Part B
 * (the evidence). Pure: which sentences are selected, the answer with one toggled, and whether as
 * many are selected as the question asks for.
 */
import type { Selecting } from '../quiz/kit/selecting.ts';
import { evidenceCount, isTwoPart, rulesOf } from '../quiz/questions.ts';
import type { Answer, QuestionView } from '../quiz/types.ts';

export type { Selecting };

const isSentenceList = (value: unknown): value is string[] =>
	Array.isArray(value) && value.every((id) => typeof id === 'string');

/** Whether the question's response is made of the article's sentences. */
function answersWithSentences(view: QuestionView): boolean {
	return rulesOf(view.type).parts === 'sentence';
}

/** The sentences selected so far for `part` of an answer to `view`. */
export function selectedSentences(
	view: QuestionView,
	answer: Answer | undefined,
	part: Selecting['part']
): readonly string[] {
	if (!answer) return [];
	if (part === 'evidence') return answer.evidence ?? [];
	return answersWithSentences(view) && isSentenceList(answer.response) ? answer.response : [];
}

/** The answer with `sentenceId` added to or removed from `part`; null when `part` takes no sentences. */
export function withSentenceToggled(
	view: QuestionView,
	answer: Answer,
	part: Selecting['part'],
	sentenceId: string
): Answer | null {
	if (part === 'response' && !answersWithSentences(view)) return null;
	const ids = selectedSentences(view, answer, part);
	const toggled = ids.includes(sentenceId)
		? ids.filter((id) => id !== sentenceId)
		: [...ids, sentenceId];
	// a response made of sentences is a list of sentence ids (the rules' `parts` says which)
	return part === 'evidence'
		? { ...answer, evidence: toggled }
		: ({ ...answer, response: toggled } as Answer);
}

/** A selection of the wrong size: the part, how many sentences it has and how many the question asks for. */
export type CountMismatch = { part: Selecting['part']; selected: number; needed: number };

/**
 * The first part of the answer whose sentences are not as many as the question asks for, or null.
 * Nothing selected is not a mismatch: the question is unanswered.
 */
export function countMismatch(
	view: QuestionView,
	answer: Answer | undefined
): CountMismatch | null {
	const needed = evidenceCount(view);
	const parts: Selecting['part'][] = [];
	if (answersWithSentences(view)) parts.push('response');
	if (isTwoPart(view)) parts.push('evidence');
	for (const part of parts) {
		const selected = selectedSentences(view, answer, part).length;
		if (selected > 0 && selected !== needed) return { part, selected, needed };
	}
	return null;
}
