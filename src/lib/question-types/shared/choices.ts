/** Browser-side rules shared by the choice types (single, multiple). */
import { shuffled } from '../../quiz/kit/shuffle.ts';
import type { KeyView } from '../../quiz/kit/answer-key.ts';
import type { Option, ShuffleFlags } from '../../quiz/kit/types.ts';
import type { Rich } from '../../text/inline.ts';
import { plainText } from '../../text/inline.ts';

/** The plain text of the choices `picked` (ids), in the view's order, joined: for reports. */
export function choicesText(view: { choices: Option[] }, picked: readonly string[]): string {
	return view.choices
		.filter((choice) => picked.includes(choice.id))
		.map((choice) => plainText(choice.text))
		.join('; ');
}

const ids = (options: readonly { id: string }[]): string[] => options.map((option) => option.id);

/** The choices' ids in this attempt's order: shuffled unless the quiz says `choices: false`. */
export function arrangeChoices(
	view: { id: string; choices: Option[] },
	seed: number,
	flags: ShuffleFlags
): string[] {
	return flags.choices
		? shuffled(ids(view.choices), seed, `${view.id}:choices`)
		: ids(view.choices);
}

/** The answer key of a choice question: every choice as written, the right ones marked. */
export function choicesKey(
	choices: readonly Option[],
	correct: readonly string[],
	feedback: Record<string, Rich> = {}
): KeyView {
	return {
		kind: 'choices',
		choices: choices.map((choice) => ({
			text: choice.text,
			correct: correct.includes(choice.id),
			...(feedback[choice.id] && { feedback: feedback[choice.id] })
		}))
	};
}
