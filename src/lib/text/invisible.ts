/**
 * The invisible format characters a paste from Word, Google Docs or the web brings along: where they
 * are in a text and what each is called, so a teacher can be told what to delete (matching already
 * ignores them; see normalize.ts).
 */

const NAMES: Record<string, string> = {
	'\u00AD': 'a soft hyphen (U+00AD)',
	'\u200B': 'a zero-width space (U+200B)',
	'\u200C': 'a zero-width non-joiner (U+200C)',
	'\u200D': 'a zero-width joiner (U+200D)',
	'\u2060': 'a word joiner (U+2060)',
	'\uFEFF': 'a byte order mark (U+FEFF)'
};

const FOUND = /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu;

/** An invisible character of a text: where it is (1-based line and UTF-16 column) and its name. */
export interface InvisibleCharacter {
	line: number;
	col: number;
	name: string;
	/** how many more of the same character the text has after this one */
	more: number;
}

/**
 * The first of each kind of invisible character in `text`, in the order they occur, with how many
 * more of that kind follow (a pasted text may hold hundreds of soft hyphens: one warning a kind).
 * A byte order mark at the very start is the file's own and is not counted.
 */
export function invisibleCharacters(text: string): InvisibleCharacter[] {
	const found = new Map<string, InvisibleCharacter>();
	for (const match of text.matchAll(FOUND)) {
		const char = match[0];
		if (char === '\uFEFF' && match.index === 0) continue;
		const seen = found.get(char);
		if (seen) {
			seen.more++;
			continue;
		}
		const before = text.slice(0, match.index);
		const line = before.split('\n').length;
		// columns count UTF-16 units, as every other position of the checker (the YAML parser's),
		// the Studio's editor, VS Code, tsc and ESLint do: an emoji is two
		const col = before.length - before.lastIndexOf('\n');
		found.set(char, { line, col, name: NAMES[char]!, more: 0 });
	}
	return [...found.values()];
}

/** `text` without any of the invisible characters above (a paste cleaned before it lands). */
export function withoutInvisible(text: string): string {
	return text.replace(FOUND, '');
}

/** What a teacher is told about one: "a soft hyphen (U+00AD), invisible on screen, is here: delete it". */
export function invisibleAdvice({ name, more }: InvisibleCharacter): string {
	const others = more === 0 ? '' : ` (and ${more} more in this file)`;
	return `${name}, invisible on screen, is here: delete it${others}`;
}

/** Whether a message is invisibleAdvice's (so an editor can offer to delete them all). */
export const isInvisibleAdvice = (message: string): boolean =>
	/\(U\+[0-9A-F]{4}\), invisible on screen, is here: delete it/u.test(message);
