/** True / false / not given graded: right when the answer is picked. */
import type { GradingRules } from '../../quiz/kit/rules.ts';
import {
	TRUE_FALSE_NOT_GIVEN_OPTIONS,
	type TrueFalseNotGiven,
	type TrueFalseNotGivenAnswer
} from './types.ts';

/** SCORM's choice identifiers of the three answers */
const letter: Record<TrueFalseNotGivenAnswer, string> = { true: 't', false: 'f', 'not-given': 'n' };
/** The answers as the question shows them. */
export const ANSWER_WORDS: Record<TrueFalseNotGivenAnswer, string> = {
	true: 'True',
	false: 'False',
	'not-given': 'Not given'
};

export const trueFalseNotGivenGrading: GradingRules<TrueFalseNotGiven> = {
	score: (key, response) => (response === key.answer ? 1 : 0),
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
	partsRight: () => null,
	nearMisses: () => [],
	answerText: (_view, response) => (response === null ? '' : ANSWER_WORDS[response]),
	rightResponse: (_view, key) => key.answer
};
