/**
 * The build's registry of question types: one row per type, with its schema variant and build step
 * (each in its folder's build.ts). It must list exactly the types of the browser's registry
 * (src/lib/question-types/registry.ts), or this file does not compile. To add a type, see
 * docs/architecture.md.
 */
import type { QuestionType, ShapesOf } from '../quiz/types.ts';
import { fillBlanksBuild } from '../question-types/fill-blanks/build.ts';
import { highlightBuild } from '../question-types/highlight/build.ts';
import { matchBuild } from '../question-types/match/build.ts';
import { multipleBuild } from '../question-types/multiple/build.ts';
import { orderBuild } from '../question-types/order/build.ts';
import { shortAnswerBuild } from '../question-types/short-answer/build.ts';
import { singleBuild } from '../question-types/single/build.ts';
import { trueFalseNotGivenBuild } from '../question-types/true-false-not-given/build.ts';
import { trueFalseBuild } from '../question-types/true-false/build.ts';
import type { QuestionBuild } from './question-build.ts';

export const questionBuilds = {
	single: singleBuild,
	multiple: multipleBuild,
	'true-false': trueFalseBuild,
	'true-false-not-given': trueFalseNotGivenBuild,
	'short-answer': shortAnswerBuild,
	'fill-blanks': fillBlanksBuild,
	order: orderBuild,
	match: matchBuild,
	highlight: highlightBuild
} satisfies { [T in QuestionType]: QuestionBuild<ShapesOf<T>> };
