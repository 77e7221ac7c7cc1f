/** Browser-side rules shared by the choice types (single, multiple). */
import { shuffled } from '../../quiz/shuffle.ts';
import type { Option, ShuffleFlags } from '../../quiz/types.ts';

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
