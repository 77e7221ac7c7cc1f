/** Options as a question shows them: in the attempt's order, and marked once the key is known. */
import type { Option } from './types.ts';

/** `options` in the order of `order`; any option the order does not list keeps its place at the end. */
export function inOrder<O extends Option>(options: readonly O[], order: readonly string[]): O[] {
	const byId = new Map(options.map((option) => [option.id, option]));
	const ordered = order.flatMap((id) => byId.get(id) ?? []);
	return [...ordered, ...options.filter((option) => !order.includes(option.id))];
}

/** How a choice is marked once the key is known: chosen and right, right but not chosen, or chosen wrongly. */
export function choiceStatus(
	correct: boolean,
	chosen: boolean
): 'right' | 'missed' | 'wrong' | null {
	if (correct) return chosen ? 'right' : 'missed';
	return chosen ? 'wrong' : null;
}
