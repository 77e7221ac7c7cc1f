/**
 * Responses as SCORM records them, in neutral shapes that src/lib/lms/cmi.ts writes in SCORM 1.2's
 * or 2004's notation. Each type's rules give theirs (`scorm` in rules.ts). Imports nothing, so the
 * types' rules can use it without a cycle through the registry.
 */

/** A response, or a right one, as SCORM records it. */
export type ScormResponse =
	/** identifiers: the choices picked (choice), or items in the order given (sequencing) */
	| { shape: 'ids'; ids: string[] }
	/** yes or no (SCORM's true/false interaction) */
	| { shape: 'flag'; value: boolean }
	/** typed words, one per blank (fill-in) */
	| { shape: 'texts'; texts: string[] }
	/** source and target identifiers (matching) */
	| { shape: 'pairs'; pairs: [string, string][] }
	/** anything else, as text (other) */
	| { shape: 'text'; text: string };

/** Identifiers SCORM 1.2 accepts in choice, matching and sequencing answers: one of a–z, 0–9. */
const SINGLE = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** The n-th (0-based) of a list as a short SCORM identifier: a, b, … z, 0 … 9, then i36, i37, … */
export function scormLetter(index: number): string {
	return SINGLE[index] ?? `i${index}`;
}
