/**
 * Answers to questions of any type: what an answer is before the student does anything, when it
 * counts as answered, and a saved answer checked against the question as it is now. Each type's
 * own rule comes from the registry; what all types share (two-part questions) is here.
 */
import { questionTypes, type QuestionTypeEntry } from '../question-types/registry.ts';
import type { AnswerContext, QuestionRules } from './kit/rules.ts';
import { inSentenceOrder } from './kit/sentence-ids.ts';
import { distinctIds, field, isObject } from './kit/untrusted.ts';
import type { Answer, QuestionKey, QuestionType, QuestionView, ShapesOf } from './types.ts';

/**
 * The rules of type T. TypeScript cannot tie a view, key or answer of the union to its row of the
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

/**
 * The answer in plain words, for reports: the type's own words (choices by letter and text) and,
 * for a two-part question, the sentences chosen as Part B, quoted. '' when nothing is answered.
 */
export function answerText(
	view: QuestionView,
	answer: Answer | undefined,
	context: AnswerContext
): string {
	if (!answer || answer.type !== view.type) return '';
	const partA = rulesOf(view.type).answerText(view, answer.response, context);
	if (!isTwoPart(view)) return partA;
	const partB = evidenceText(answer.evidence ?? [], context);
	if (partA === '' && partB === '') return '';
	return `Part A: ${partA || '—'} · Part B: ${partB || '—'}`;
}

/** The right answer in plain words, as `answerText` words an answer: for reports and printed keys. */
export function rightAnswerText(
	view: QuestionView,
	key: QuestionKey,
	context: AnswerContext
): string {
	if (key.type !== view.type) return '';
	// the key was built for this question: the same type
	const rules = rulesOf(view.type);
	const right = { type: view.type, response: rules.rightResponse(view, key) } as Answer;
	const answer = isTwoPart(view) ? { ...right, evidence: key.evidenceSentences } : right;
	return answerText(view, answer, context);
}

/** Sentences in article order, each in words (see `AnswerContext.sentence`). */
function evidenceText(ids: readonly string[], context: AnswerContext): string {
	return inSentenceOrder(ids)
		.map((id) => context.sentence(id))
		.join(' ');
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
