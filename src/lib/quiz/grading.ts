/**
 * Grading's side of questions of any type: each type's grading rules by its name (the second
 * registry, question-types/grading-registry.ts), and answers and right answers in words, for
 * reports, the results and printed keys. Scoring is scoring.ts. None of it is in a quiz page's
 * start: it loads once the page is idle (components/quiz/parts.ts).
 */
import { questionGrading } from '../question-types/grading-registry.ts';
import type { AnswerContext, GradingRules } from './kit/rules.ts';
import { inSentenceOrder } from './kit/sentence-ids.ts';
import { isTwoPart } from './questions.ts';
import type { Answer, QuestionKey, QuestionType, QuestionView, ShapesOf } from './types.ts';

/**
 * The grading rules of type T. TypeScript cannot tie a view, key or answer of the union to its row
 * of the registry, so callers first check that the types agree and this states the pairing.
 */
export function gradingOf<T extends QuestionType>(type: T): GradingRules<ShapesOf<T>> {
	return rows[type];
}

/** The registry as a table keyed by type, so that looking up `T` gives the rules of `T`. */
const rows: { [T in QuestionType]: GradingRules<ShapesOf<T>> } = questionGrading;

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
	const partA = gradingOf(view.type).answerText(view, answer.response, context);
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
	const rules = gradingOf(view.type);
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
