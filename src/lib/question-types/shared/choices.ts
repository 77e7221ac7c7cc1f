/** Browser-side rules shared by the choice types (single, multiple). */
import { inOrder, joinedParts, letteredText } from '../../quiz/kit/options.ts';
import { shuffled } from '../../quiz/kit/shuffle.ts';
import type { KeyView } from '../../quiz/kit/answer-key.ts';
import type { Option, ShuffleFlags } from '../../quiz/kit/types.ts';
import type { Rich } from '../../text/inline.ts';
import { plainText } from '../../text/rich.ts';

/**
 * The choices `picked` (ids) as shown (`order`: the attempt's), each by its letter and plain text,
 * joined: "A. Oil is short; C. Coal is short", for reports.
 */
export function choicesText(
	view: { choices: Option[] },
	picked: readonly string[],
	order: readonly string[]
): string {
	const shown = inOrder(view.choices, order).map((choice) => choice.id);
	return joinedParts(
		inOrder(view.choices, order)
			.filter((choice) => picked.includes(choice.id))
			.map((choice) => letteredText(shown, choice.id, plainText(choice.text)))
	);
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
