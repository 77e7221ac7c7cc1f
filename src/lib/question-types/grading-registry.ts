/**
 * The browser's second registry of question types: each type's grading rules (scoring, what a wrong
 * try is told, the answer key, the learning platform's record, answers in words), which Check,
 * Submit, the results, the teacher view, the LMS and the Studio need, and a quiz page loads only
 * once it has started (components/quiz/parts.ts). Build-time and command-line code imports it as it
 * likes. Its rows are the answering registry's (registry.ts): a row missing, extra, or whose rules
 * do not fit its type's shapes does not compile.
 */
import type { GradingRules } from '../quiz/kit/rules.ts';
import { fillBlanksGrading } from './fill-blanks/grading.ts';
import { highlightGrading } from './highlight/grading.ts';
import { matchGrading } from './match/grading.ts';
import { multipleGrading } from './multiple/grading.ts';
import { orderGrading } from './order/grading.ts';
import type { QuestionTypes } from './registry.ts';
import { shortAnswerGrading } from './short-answer/grading.ts';
import { singleGrading } from './single/grading.ts';
import { trueFalseNotGivenGrading } from './true-false-not-given/grading.ts';
import { trueFalseGrading } from './true-false/grading.ts';

/** Each type's grading rules, by the name its answering rules are listed under. */
export type QuestionGrading = { [T in keyof QuestionTypes]: GradingRules<QuestionTypes[T]> };

export const questionGrading: QuestionGrading = {
	single: singleGrading,
	multiple: multipleGrading,
	'true-false': trueFalseGrading,
	'true-false-not-given': trueFalseNotGivenGrading,
	'short-answer': shortAnswerGrading,
	'fill-blanks': fillBlanksGrading,
	order: orderGrading,
	match: matchGrading,
	highlight: highlightGrading
};
