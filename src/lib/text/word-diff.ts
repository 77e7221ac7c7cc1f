/**
 * A quote beside the article's passage closest to it, word by word, for a "quote not found"
 * message: the quote's words, with each run that differs shown as `[quote's words → article's words]`
 * and long stretches of agreeing words cut to a few either side, so one changed word in a long quote
 * is seen at once on a terminal line. Words are compared as the checker compares them (normalize.ts).
 */
import { normalizeText } from './normalize.ts';

/** Agreeing words kept on each side of a difference; longer stretches are cut with "…". */
const CONTEXT = 4;
/** Beyond this many separate differences the passage is not the quote with a few words changed. */
const MAX_DIFFERENCES = 4;

type Part =
	{ type: 'same'; words: string[] } | { type: 'changed'; quote: string[]; article: string[] };

/** The quote's words and the passage's, aligned by their longest common subsequence. */
function align(quote: string[], passage: string[]): Part[] {
	const a = quote.map((w) => normalizeText(w));
	const b = passage.map((w) => normalizeText(w));
	// lengths of the longest common subsequence of a[i..] and b[j..]
	const width = b.length + 1;
	const lcs = new Int32Array((a.length + 1) * width);
	for (let i = a.length - 1; i >= 0; i--)
		for (let j = b.length - 1; j >= 0; j--)
			lcs[i * width + j] =
				a[i] === b[j]
					? lcs[(i + 1) * width + j + 1]! + 1
					: Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
	const parts: Part[] = [];
	const push = (type: 'same' | 'quote' | 'article', word: string) => {
		const last = parts[parts.length - 1];
		if (type === 'same') {
			if (last?.type === 'same') last.words.push(word);
			else parts.push({ type: 'same', words: [word] });
		} else {
			const changed =
				last?.type === 'changed' ? last : { type: 'changed' as const, quote: [], article: [] };
			if (changed !== last) parts.push(changed);
			changed[type].push(word);
		}
	};
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) {
		if (i < a.length && j < b.length && a[i] === b[j]) {
			push('same', quote[i++]!);
			j++;
		} else if (
			j < b.length &&
			(i === a.length || lcs[i * width + j + 1]! >= lcs[(i + 1) * width + j]!)
		)
			push('article', passage[j++]!);
		else push('quote', quote[i++]!);
	}
	return parts;
}

const side = (words: string[]) => (words.length > 0 ? words.join(' ') : '(nothing)');

/**
 * The quote with its differences from `passage` marked, e.g. "…the power of [truth → right] over
 * the conscience…"; undefined when they differ in no word, or in too many places to be worth showing.
 */
export function wordDifference(quote: string, passage: string): string | undefined {
	const parts = align(quote.split(/\s+/u).filter(Boolean), passage.split(/\s+/u).filter(Boolean));
	const changes = parts.filter((part) => part.type === 'changed').length;
	if (changes === 0 || changes > MAX_DIFFERENCES) return undefined;
	const shown: string[] = [];
	parts.forEach((part, k) => {
		if (part.type === 'changed') {
			shown.push(`[${side(part.quote)} → ${side(part.article)}]`);
			return;
		}
		const { words } = part;
		const first = k === 0;
		const last = k === parts.length - 1;
		const keep = (first || last ? 1 : 2) * CONTEXT;
		if (words.length <= keep) shown.push(...words);
		else if (first) shown.push(`…${words.slice(-CONTEXT).join(' ')}`);
		else if (last) shown.push(`${words.slice(0, CONTEXT).join(' ')}…`);
		else shown.push(...words.slice(0, CONTEXT), '…', ...words.slice(-CONTEXT));
	});
	return shown.join(' ');
}
