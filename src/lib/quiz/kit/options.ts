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

/** The letter an option is shown with, by its place: A, B, … Z, then 27, 28, … */
export function optionLetter(index: number): string {
	return index < 26 ? String.fromCharCode(65 + index) : String(index + 1);
}

/** An option's letter in `order` (the options as shown) and its text: "B. Paris". */
export function letteredText(order: readonly string[], id: string, text: string): string {
	const at = order.indexOf(id);
	return at < 0 ? text : `${optionLetter(at)}. ${text}`;
}

/**
 * Parts of an answer in one line, for reports: "; " between them, or a space after a part that ends
 * a sentence ("B. It ended. C. It won.", not "It ended.; C. …").
 */
export function joinedParts(parts: readonly string[]): string {
	return parts.reduce(
		(line, part, index) =>
			index === 0 ? part : `${line}${/[.!?…]["”’]?$/.test(line) ? ' ' : '; '}${part}`,
		''
	);
}
