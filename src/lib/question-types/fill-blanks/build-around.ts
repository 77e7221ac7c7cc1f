/**
 * The words beside each blank of a fill-blanks passage, kept in its key at build time: a typed
 * blank's number may take the unit or sign they name ("more than ___ percent", "$___").
 */
import { aroundBlank, type Around } from '../../text/number-forms.ts';
import type { FillPart } from './types.ts';

const plainText = (part: FillPart | undefined): string =>
	part?.kind === 'text' ? part.text.map((run) => run.text).join('') : '';

/** Per blank, in order, the words of its sentence just before and after it (text/number-forms.ts). */
export function blanksAround(parts: readonly FillPart[]): Around[] {
	return parts.flatMap((part, i) =>
		part.kind === 'blank' ? [aroundBlank(plainText(parts[i - 1]), plainText(parts[i + 1]))] : []
	);
}
