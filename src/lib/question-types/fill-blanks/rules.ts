/** Fill in the blanks in the browser: a box or a word bank per blank; its grading is in grading.ts. */
import { filled } from '../../quiz/kit/filled.ts';
import type { QuestionRules } from '../../quiz/kit/rules.ts';
import { shuffled } from '../../quiz/kit/shuffle.ts';
import { isString } from '../../quiz/kit/untrusted.ts';
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
	unfinished: (view, response) =>
		`Fill in every blank first: ${plural(blanksLeft(view.blankCount, response), 'blank')} left.`,
	parts: 'blank',
	partName: () => null
};
