/** Fill in the blanks in the browser: every blank filled to check; right blanks / blanks. */
import { filled, typedMatches, withScoring } from '../../quiz/credit.ts';
import type { QuestionRules } from '../../quiz/rules.ts';
import { shuffled } from '../../quiz/shuffle.ts';
import { isString } from '../../quiz/untrusted.ts';
import { normalizeAnswer } from '../../text/normalize.ts';
import { plural } from '../../text/words.ts';
import type { FillBlanks } from './types.ts';

const blanksLeft = (blankCount: number, response: readonly string[]): number =>
	Array.from({ length: blankCount }, (_, index) => response[index]).filter((text) => !filled(text))
		.length;

export const fillBlanks: QuestionRules<FillBlanks> = {
	empty: (view) => Array.from({ length: view.blankCount }, () => ''),
	isAnswered: (view, response) => blanksLeft(view.blankCount, response) === 0,
	restore: (view, value) => {
		if (!Array.isArray(value) || value.length !== view.blankCount || !value.every(isString)) {
			return undefined;
		}
		const bank = view.wordBank;
		// with a word bank a blank holds a word from it (or nothing yet)
		if (bank !== null && !value.every((word) => word === '' || bank.includes(word)))
			return undefined;
		return [...value];
	},
	// the word bank's words, shuffled unless the quiz says `choices: false`
	arrange: (view, { seed, flags }) =>
		view.wordBank === null
			? []
			: flags.choices
				? shuffled(view.wordBank, seed, `${view.id}:bank`)
				: [...view.wordBank],
	score: (key, response) => {
		if (key.blanks.length === 0) return 0;
		const right = key.blanks.filter((alternatives, index) =>
			typedMatches(response[index] ?? '', alternatives.map(normalizeAnswer))
		).length;
		return withScoring(key.scoring, right / key.blanks.length);
	},
	unfinished: (view, response) =>
		`Fill in every blank first: ${plural(blanksLeft(view.blankCount, response), 'blank')} left.`,
	// one text per blank; the right pattern gives each blank's first answer
	scorm: {
		interaction: 'fill-in',
		latency: true,
		response: (_view, response) => ({ shape: 'texts', texts: response.map((text) => text.trim()) }),
		correct: (_view, key) => [
			{ shape: 'texts', texts: key.blanks.map((answers) => answers[0] ?? '') }
		]
	},
	answerKey: (view, key) => {
		const firsts = new Set(key.blanks.map((answers) => normalizeAnswer(answers[0] ?? '')));
		return {
			kind: 'blanks',
			parts: view.parts.map((part) =>
				part.kind === 'text' ? part : { kind: 'blank', answers: key.blanks[part.index] ?? [] }
			),
			distractors:
				view.wordBank === null
					? null
					: view.wordBank.filter((word) => !firsts.has(normalizeAnswer(word)))
		};
	}
};
