/**
 * GIFT as Moodle reads it, made readable by gift-pegjs. Moodle gives `= ~ #` meaning only between
 * the braces, and `:` only as the `::` around a title, so its own documentation writes
 * "1+1=2 {T}" and "The largest desert on Earth is: {…}"; gift-pegjs rejects those characters
 * anywhere unescaped. Before parsing, they are escaped where Moodle reads them as text (outside the
 * braces, outside comment and $CATEGORY lines). `toOriginal` maps a position in the result back to
 * the file, so a syntax error still points at the teacher's line and column.
 */

export interface Lenient {
	text: string;
	/** the offset in the original text of each offset in `text` */
	toOriginal(offset: number): number;
	/** where a `{` that is never closed is, in the original text */
	unclosed?: number;
}

export function lenientGift(source: string): Lenient {
	let out = '';
	const origin: number[] = [];
	const emit = (chars: string, at: number) => {
		for (const char of chars) {
			out += char;
			origin.push(at);
		}
	};
	let depth = 0;
	let opened = -1;
	let lineStart = true;
	for (let i = 0; i < source.length; i++) {
		const char = source[i]!;
		if (lineStart) {
			const rest = source.slice(i);
			const indent = /^[ \t]*/.exec(rest)![0].length;
			if (/^[ \t]*(\/\/|\$CATEGORY:)/.test(rest)) {
				// a comment or category line: as it is, up to its end
				const end = source.indexOf('\n', i);
				const stop = end < 0 ? source.length : end;
				for (let j = i; j < stop; j++) emit(source[j]!, j);
				i = stop - 1;
				lineStart = false;
				continue;
			}
			if (indent > 0) {
				for (let j = i; j < i + indent; j++) emit(source[j]!, j);
				i += indent - 1;
				lineStart = false;
				continue;
			}
			lineStart = false;
		}
		if (char === '\n') {
			emit(char, i);
			lineStart = true;
			continue;
		}
		if (char === '\\' && i + 1 < source.length) {
			emit(char + source[i + 1]!, i);
			i++;
			continue;
		}
		if (char === '{') {
			if (depth === 0) opened = i;
			depth++;
		} else if (char === '}') depth = Math.max(0, depth - 1);
		else if (depth === 0) {
			if (char === ':' && (source[i + 1] === ':' || source[i - 1] === ':')) {
				emit(char, i);
				continue;
			}
			if (char === '=' || char === '~' || char === '#' || char === ':') {
				emit(`\\${char}`, i);
				continue;
			}
		}
		emit(char, i);
	}
	return {
		text: out,
		toOriginal: (offset) => origin[offset] ?? source.length,
		...(depth > 0 && { unclosed: opened })
	};
}
