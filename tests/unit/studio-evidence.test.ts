// @vitest-environment node
/**
 * Evidence from the Studio's preview: words selected in one paragraph become the `evidence:` line
 * inserted at the editor's cursor, plain when the words occur once in the article, pinned to their
 * ¶ when they occur elsewhere too, and none when they occur twice in their own paragraph. Every
 * line offered passes the check it is written for.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '$lib/checker/article';
import { checkArticle } from '$lib/checker/check-article';
import { indexArticle } from '$lib/checker/evidence';
import { evidenceFromSelection } from '$lib/studio/preview/evidence-line';
import { ARTICLE } from './content-fixtures';

const article = parseArticle(ARTICLE, 'korea', 'a/article.md').article!;
const index = indexArticle(article);
const text = (n: number) =>
	article.blocks.flatMap((b) => (b.kind === 'paragraph' && b.n === n ? [b.text] : []))[0]!;

/** The selection of `words` in ¶`paragraph` (its first occurrence there). */
function selecting(paragraph: number, words: string, trim = 0) {
	const start = text(paragraph).indexOf(words);
	expect(start).toBeGreaterThanOrEqual(0);
	return { paragraph, start: start + trim, end: start + words.length - trim };
}

/** The problems of a quiz whose one question cites with `line`. */
function problemsWith(line: string): string[] {
	const quiz = `title: Q\nquestions:\n  - id: q1\n    type: true-false\n    prompt: P.\n    answer: true\n    explanation: E.\n    ${line}\n`;
	const check = checkArticle({
		slug: 'korea',
		path: 'a/article.md',
		text: ARTICLE,
		quizzes: [{ path: 'a/q.yaml', slug: 'q', text: quiz }]
	});
	return check.diagnostics.map((d) => d.message);
}

describe('evidence from the preview', () => {
	it('offers a plain line for words that occur once in the article, and it checks', () => {
		const offer = evidenceFromSelection(index, selecting(3, 'blood brothers'));
		expect(offer).toEqual({
			ok: true,
			quote: 'blood brothers',
			paragraph: null,
			line: 'evidence: "blood brothers"',
			item: '- "blood brothers"'
		});
		expect(problemsWith(offer.ok ? offer.line : '')).toEqual([]);
	});

	it('pins words that occur in other paragraphs too to their own, and that checks', () => {
		const offer = evidenceFromSelection(index, selecting(2, 'North Korea'));
		expect(offer).toMatchObject({
			ok: true,
			paragraph: 2,
			line: 'evidence: { quote: "North Korea", paragraph: 2 }'
		});
		expect(problemsWith(offer.ok ? offer.line : '')).toEqual([]);
		// the plain line would not: the checker says the words occur more than once
		expect(problemsWith('evidence: "North Korea"').join('\n')).toMatch(/occurs 3 times/);
	});

	it('takes whole words when the selection starts or ends inside one', () => {
		const offer = evidenceFromSelection(index, selecting(3, 'blood brothers', 2));
		expect(offer).toMatchObject({ ok: true, quote: 'blood brothers' });
	});

	it('offers nothing for words twice in their own paragraph, or for no words', () => {
		expect(evidenceFromSelection(index, selecting(1, 'by'))).toMatchObject({
			ok: false,
			reason: 'repeated-in-paragraph',
			paragraph: 1
		});
		expect(evidenceFromSelection(index, { paragraph: 3, start: 5, end: 5 })).toMatchObject({
			ok: false,
			reason: 'empty'
		});
	});
});
