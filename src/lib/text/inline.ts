/**
 * Inline Markdown to rich text: `*italic*` or `_italic_`, `**bold**`, `` `code` ``, `[text](url)` and
 * backslash escapes. Anything else, raw HTML included, stays literal text: rich text is rendered as
 * text nodes, so nothing a teacher writes can run in a student's browser.
 */
/** A run of inline text with its formatting; a whole rich text is a list of these. */
export interface Inline {
	text: string;
	em?: true;
	strong?: true;
	code?: true;
	href?: string;
}
export type Rich = Inline[];

/** The formatting of a run, without its text. */
export type Marks = Omit<Inline, 'text'>;

const SAFE_URL = /^(https?:|mailto:|\/|#|\.{0,2}\/)/i;

const MARKUP = /[\\`*_[]/;

export function parseInline(source: string): Rich {
	// Fast path, same result: most prompts, choices and items have no markup at all
	if (!MARKUP.test(source)) return source ? [{ text: source }] : [];
	const out: Rich = [];
	parseInto(source, {}, out);
	return mergeRuns(out);
}

function parseInto(source: string, marks: Marks, out: Rich): void {
	let text = '';
	const flush = () => {
		if (text) out.push({ text, ...marks });
		text = '';
	};
	let i = 0;
	while (i < source.length) {
		const c = source[i]!;
		if (c === '\\' && i + 1 < source.length && /[\\`*_[\]()#+\-.!|]/.test(source[i + 1]!)) {
			text += source[i + 1];
			i += 2;
			continue;
		}
		if (c === '`') {
			const close = source.indexOf('`', i + 1);
			if (close > i + 1) {
				flush();
				out.push({ text: source.slice(i + 1, close), ...marks, code: true });
				i = close + 1;
				continue;
			}
		}
		if (c === '*' && source[i + 1] === '*') {
			const close = source.indexOf('**', i + 2);
			if (close > i + 2) {
				flush();
				parseInto(source.slice(i + 2, close), { ...marks, strong: true }, out);
				i = close + 2;
				continue;
			}
		}
		if ((c === '*' || c === '_') && source[i + 1] !== c && source[i + 1] !== ' ') {
			const close = findClosing(source, c, i + 1);
			// `_` inside a word (snake_case) is not emphasis
			const wordBefore = c === '_' && /\w/.test(source[i - 1] ?? '');
			if (close > i + 1 && !wordBefore) {
				flush();
				parseInto(source.slice(i + 1, close), { ...marks, em: true }, out);
				i = close + 1;
				continue;
			}
		}
		if (c === '[') {
			const link = /^\[([^\]]+)\]\(([^)\s]+)\)/.exec(source.slice(i));
			if (link && SAFE_URL.test(link[2]!)) {
				flush();
				parseInto(link[1]!, { ...marks, href: link[2]! }, out);
				i += link[0].length;
				continue;
			}
		}
		text += c;
		i++;
	}
	flush();
}

function findClosing(source: string, marker: string, from: number): number {
	for (let j = from; j < source.length; j++) {
		if (source[j] === '\\') j++;
		else if (source[j] === marker && source[j - 1] !== ' ' && source[j + 1] !== marker) return j;
	}
	return -1;
}

function sameMarks(a: Inline, b: Inline): boolean {
	return a.em === b.em && a.strong === b.strong && a.code === b.code && a.href === b.href;
}

function mergeRuns(runs: Rich): Rich {
	const merged: Rich = [];
	for (const run of runs) {
		const last = merged.at(-1);
		if (last && sameMarks(last, run)) last.text += run.text;
		else merged.push({ ...run });
	}
	return merged;
}

/** The plain text of rich text, e.g. for `aria-label`s and matching. */
export function plainText(rich: Rich): string {
	return rich.map((run) => run.text).join('');
}
