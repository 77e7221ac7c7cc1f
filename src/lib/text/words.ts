/**
 * English wording helpers shared by the page and the build's reports: counts with their noun and
 * quotations, so both say things the same way.
 */

/** The word for `count` things: `one` for exactly 1, else `many` ("sentence" / "sentences"). */
export function pluralWord(count: number, one: string, many = `${one}s`): string {
	return count === 1 ? one : many;
}

/** A count and its word: "1 question", "3 questions", "2 quizzes". */
export function plural(count: number, one: string, many = `${one}s`): string {
	return `${count} ${pluralWord(count, one, many)}`;
}

/** A list in words: "2", "2 and 3", "1, 2 and 4". */
export function listed(items: readonly string[]): string {
	return items.length < 2
		? (items[0] ?? '')
		: `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * Words in “double quotes”, with the double quotes inside them turned single, as in print, so a
 * quote that itself quotes someone does not end in a puzzling ””.
 */
export function quoted(text: string): string {
	return `“${text.replace(/“/g, '‘').replace(/”/g, '’')}”`;
}
