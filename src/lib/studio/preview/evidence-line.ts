/**
 * Evidence from the preview: words a teacher selects in the preview's article become the
 * `evidence:` line inserted at the quiz editor's cursor. The selection is widened to whole words as
 * the teacher view's evidence picker does (text/evidence-line.ts), and the checker's own quote
 * lookup (checker/evidence.ts) decides its form: plain when the quote resolves as it is, pinned to
 * its ¶ (`{ quote: "…", paragraph: N }`) when it occurs more than once in the article but once in
 * that paragraph. So a line the Studio inserts always passes the check.
 */
import { resolveQuote, type ArticleIndex } from '$lib/checker/evidence';
import { snapToWords, yamlQuote } from '$lib/text/evidence-line';
import { INVISIBLE } from '$lib/text/normalize';

/** Where the selection lies: a range of one paragraph's text (components/teacher/selection-range.ts). */
export interface SelectedWords {
	paragraph: number;
	start: number;
	end: number;
}

export type EvidenceInsert =
	| {
			ok: true;
			/** the article's own words */
			quote: string;
			/** the ¶ it is pinned to, when the words occur elsewhere too */
			paragraph: number | null;
			/** `evidence: …`, a question's only quote */
			line: string;
			/** `- …`, an item of a list of quotes */
			item: string;
	  }
	| { ok: false; reason: 'empty' | 'repeated-in-paragraph'; quote: string; paragraph: number };

export function evidenceFromSelection(
	index: ArticleIndex,
	{ paragraph, start, end }: SelectedWords
): EvidenceInsert {
	const own = index.paragraphs.find((entry) => entry.paragraph.n === paragraph)?.paragraph;
	const range = own ? snapToWords(own.text, start, end) : { start: 0, end: 0 };
	const quote = own ? own.text.slice(range.start, range.end) : '';
	// the check ignores invisible characters (and would warn of them), so the line leaves them out
	const written = quote.replace(INVISIBLE, '');
	if (written.trim() === '') return { ok: false, reason: 'empty', quote, paragraph };
	let value: string;
	if (resolveQuote(index, written).ok) value = yamlQuote(written);
	else if (resolveQuote(index, { quote: written, paragraph }).ok)
		value = `{ quote: ${yamlQuote(written)}, paragraph: ${paragraph} }`;
	else return { ok: false, reason: 'repeated-in-paragraph', quote, paragraph };
	const pinned = value.startsWith('{');
	return {
		ok: true,
		quote,
		paragraph: pinned ? paragraph : null,
		line: `evidence: ${value}`,
		item: `- ${value}`
	};
}
