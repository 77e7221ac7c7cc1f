/**
 * What a paste from Word, Google Docs or a web page brings that a teacher cannot see: the invisible
 * characters the checker warns about (text/invisible.ts: soft hyphens, zero-width spaces, …) are
 * removed, and non-breaking spaces become plain spaces, in both editors. Curly quotes are the
 * article's text and stay there; in a quiz file, curly quotes around a whole value (`prompt:
 * “Why?”`) would become part of the text, so they are made the straight quotes YAML reads.
 */
import { withoutInvisible } from '$lib/text/invisible';

export type EditedFile = 'markdown' | 'yaml';

/** No-break space, narrow no-break space, figure space: each is a space to a reader. */
const NO_BREAK_SPACES = /[\u00A0\u2007\u202F]/gu;

/** A value after `key: ` or `- ` wholly inside curly double (or single) quotes, to the line's end. */
const CURLY_DOUBLE_VALUE = /^(\s*(?:-\s+)?(?:[\w-]+:\s+)?(?:-\s+)?)“([^“”\n]*)”(\s*)$/gmu;
// (an apostrophe inside is the same character as the closing quote: the value runs to the last)
const CURLY_SINGLE_VALUE = /^(\s*(?:-\s+)?(?:[\w-]+:\s+)?(?:-\s+)?)‘([^‘\n]*)’(\s*)$/gmu;

/** The pasted `text` as it should land in a file of the given kind. */
export function cleanPaste(text: string, kind: EditedFile): string {
	const clean = withoutInvisible(text).replace(NO_BREAK_SPACES, ' ');
	switch (kind) {
		case 'markdown':
			return clean;
		case 'yaml':
			return clean
				.replace(CURLY_DOUBLE_VALUE, (_all, head: string, value: string, tail: string) => {
					// a straight quote inside would end the YAML string: keep it as text by escaping it
					return `${head}"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"${tail}`;
				})
				.replace(CURLY_SINGLE_VALUE, (_all, head: string, value: string, tail: string) => {
					return `${head}'${value.replaceAll("'", "''")}'${tail}`;
				});
	}
}
