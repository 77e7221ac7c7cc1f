/**
 * Answers to questions of any type: what an answer is before the student does anything, when it
 * counts as answered, and a saved answer checked against the question as it is now. Each type's
 * own rule comes from the registry; what all types share (two-part questions) is here. Grading
 * them is grading.ts's and scoring.ts's, which a quiz page loads after it has started.
 */
import { questionTypes, type QuestionTypeEntry } from '../question-types/registry.ts';
import type { QuestionRules } from './kit/rules.ts';
import { distinctIds, field, isObject } from './kit/untrusted.ts';
import type { Answer, QuestionType, QuestionView, ShapesOf } from './types.ts';

/**
 * The answering rules of type T. TypeScript cannot tie a view, key or answer of the union to its row of the
 * registry, so callers first check that the types agree and this states the pairing.
 */
export function rulesOf<T extends QuestionType>(type: T): QuestionRules<ShapesOf<T>> {
	return entries[type].rules;
}

/** The registry as a table keyed by type, so that looking up `T` gives the entry of `T`. */
const entries: { [T in QuestionType]: QuestionTypeEntry<ShapesOf<T>> } = questionTypes;

/** True when the question is two-part: Part A, then the supporting sentence(s) as Part B. */
export function isTwoPart(view: QuestionView): boolean {
	return 'requireEvidence' in view && view.requireEvidence;
}

/** How many sentences a highlight question or Part B asks the student to select (1 unless it says). */
export function evidenceCount(view: QuestionView): number {
	return 'evidenceCount' in view ? view.evidenceCount : 1;
}

/** What the question's response is before the student does anything. */
export function emptyResponse(view: QuestionView): Answer['response'] {
	return rulesOf(view.type).empty(view);
}

/** A blank answer to `view`: an empty response and, for a two-part question, no evidence yet. */
export function emptyAnswer(view: QuestionView): Answer {
	// the response comes from the view's own type, so the pair is an answer of that type
	const answer = { type: view.type, response: emptyResponse(view) } as Answer;
	return isTwoPart(view) ? { ...answer, evidence: [] } : answer;
}

/** Part A (the question itself) is answered; for a two-part question Part B may still be open. */
export function isPartAAnswered(view: QuestionView, answer: Answer | undefined): boolean {
	return (
		answer !== undefined &&
		answer.type === view.type &&
		rulesOf(view.type).isAnswered(view, answer.response)
	);
}

/**
 * True when the student has answered the whole question: Part A (every blank filled, every left
 * matched, …) and, for a two-part question, at least one sentence for Part B.
 */
export function isAnswered(view: QuestionView, answer: Answer | undefined): boolean {
	if (!isPartAAnswered(view, answer)) return false;
	return !isTwoPart(view) || (answer?.evidence?.length ?? 0) > 0;
}

/** "¶.n" sentence ids, when the article's own list is not at hand. */
const SENTENCE_ID = /^[1-9]\d*\.[1-9]\d*$/;

/**
 * A saved answer (untrusted JSON) checked against `view`: undefined unless it is an answer of the
 * question's type whose response and evidence fit the question. Evidence is kept only for two-part
 * questions. Pass the article's sentence ids to check sentence answers against them; without them
 * any "¶.n" is accepted.
 */
export function restoreAnswer(
	view: QuestionView,
	value: unknown,
	sentenceIds?: ReadonlySet<string>
): Answer | undefined {
	if (!isObject(value) || field(value, 'type') !== view.type) return undefined;
	const isSentence = sentenceIds
		? (id: string) => sentenceIds.has(id)
		: (id: string) => SENTENCE_ID.test(id);
	const response = rulesOf(view.type).restore(view, field(value, 'response'), { isSentence });
	if (response === undefined) return undefined;
	const answer = { type: view.type, response } as Answer;
	if (!isTwoPart(view)) return answer;
	const savedEvidence = field(value, 'evidence');
	const evidence = savedEvidence === undefined ? [] : distinctIds(savedEvidence, isSentence);
	return evidence && { ...answer, evidence };
}
