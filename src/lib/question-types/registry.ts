/**
 * The browser's registry of question types: one row per type, with its answering rules (pure:
 * answering, arranging, restoring) and its component, loaded only by pages whose quiz has the type.
 * Grading (scoring, the answer key, …) is the second registry, grading-registry.ts, which a quiz
 * page loads after it has started. The build has its own registry
 * (src/lib/checker/question-types.ts), so that zod and the pipeline never reach the browser.
 * `QuestionType` is the list of rows here; a type without a row in all three registries, or whose
 * rules or component do not fit its shapes, does not compile.
 * To add a type, see docs/architecture.md.
 */
import type { QuestionRules } from '../quiz/kit/rules.ts';
import type { TypeShapes } from '../quiz/kit/types.ts';
import type { QuestionComponent } from './props.ts';
import { fillBlanks } from './fill-blanks/rules.ts';
import { highlight } from './highlight/rules.ts';
import { match } from './match/rules.ts';
import { multiple } from './multiple/rules.ts';
import { order } from './order/rules.ts';
import { shortAnswer } from './short-answer/rules.ts';
import { single } from './single/rules.ts';
import { trueFalseNotGiven } from './true-false-not-given/rules.ts';
import { trueFalse } from './true-false/rules.ts';

export interface QuestionTypeEntry<S extends TypeShapes> {
	rules: QuestionRules<S>;
	component: () => Promise<{ default: QuestionComponent<S> }>;
}

function entry<S extends TypeShapes>(
	rules: QuestionRules<S>,
	component: () => Promise<{ default: QuestionComponent<S> }>
): QuestionTypeEntry<S> {
	return { rules, component };
}

export const questionTypes = {
	single: entry(single, () => import('./single/Single.svelte')),
	multiple: entry(multiple, () => import('./multiple/Multiple.svelte')),
	'true-false': entry(trueFalse, () => import('./true-false/TrueFalse.svelte')),
	'true-false-not-given': entry(
		trueFalseNotGiven,
		() => import('./true-false-not-given/TrueFalseNotGiven.svelte')
	),
	'short-answer': entry(shortAnswer, () => import('./short-answer/ShortAnswer.svelte')),
	'fill-blanks': entry(fillBlanks, () => import('./fill-blanks/FillBlanks.svelte')),
	order: entry(order, () => import('./order/Order.svelte')),
	match: entry(match, () => import('./match/Match.svelte')),
	highlight: entry(highlight, () => import('./highlight/Highlight.svelte'))
};

type Registry = typeof questionTypes;

/** Each type's shapes (view, key, response), by name: what `QuestionType` and the unions come from. */
export type QuestionTypes = {
	[K in keyof Registry]: Registry[K] extends QuestionTypeEntry<infer S> ? S : never;
};

// A row filed under another type's name would pair one type's rules with another's data: the
// compiler names the misfiled row here.
type Misfiled = {
	[K in keyof Registry]: QuestionTypes[K]['type'] extends K ? never : K;
}[keyof Registry];
type NoneOf<T extends never> = T;
export type EveryRowUnderItsName = NoneOf<Misfiled>;
