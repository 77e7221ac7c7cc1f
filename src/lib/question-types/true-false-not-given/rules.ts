/** True / false / not given in the browser: three radios, always in that order. */
import type { QuestionRules } from '../../quiz/kit/rules.ts';
import {
	TRUE_FALSE_NOT_GIVEN,
	TRUE_FALSE_NOT_GIVEN_OPTIONS,
	type TrueFalseNotGiven,
	type TrueFalseNotGivenAnswer
} from './types.ts';

const isAnswer = (value: unknown): value is TrueFalseNotGivenAnswer =>
	TRUE_FALSE_NOT_GIVEN.some((answer) => answer === value);

/** SCORM's choice identifiers of the three answers */
const letter: Record<TrueFalseNotGivenAnswer, string> = { true: 't', false: 'f', 'not-given': 'n' };
/** The answers as the question shows them. */
export const ANSWER_WORDS: Record<TrueFalseNotGivenAnswer, string> = {
	true: 'True',
	false: 'False',
	'not-given': 'Not given'
};

export const trueFalseNotGiven: QuestionRules<TrueFalseNotGiven> = {
	empty: () => null,
	isAnswered: (_view, response) => response !== null,
	restore: (_view, value) => (value === null || isAnswer(value) ? value : undefined),
	// True, False, Not given keep their natural order: nothing to arrange
	arrange: () => [],
	score: (key, response) => (response === key.answer ? 1 : 0),
	unfinished: () => 'Choose an answer first.',
	// a choice of three: t, f and n (single letters, as SCORM 1.2 requires of choices)
	scorm: {
		interaction: 'choice',
		latency: false,
		response: (_view, response) => ({
			shape: 'ids',
			ids: response === null ? [] : [letter[response]]
		}),
		correct: (_view, key) => [{ shape: 'ids', ids: [letter[key.answer]] }]
	},
	answerKey: (_view, key) => ({
		kind: 'choices',
		choices: TRUE_FALSE_NOT_GIVEN_OPTIONS.map((option) => ({
			text: option.label,
			correct: option.value === key.answer
		}))
	}),
	parts: null,
	partsRight: () => null,
	partName: () => null,
	nearMisses: () => [],
	answerText: (_view, response) => (response === null ? '' : ANSWER_WORDS[response]),
	rightResponse: (_view, key) => key.answer
};
