// @vitest-environment node
/**
 * The article's glossary: both forms of `glossary:` are read, each term's first whole-word
 * occurrence in each paragraph (or each listed paragraph) is placed by the quote-matching rules,
 * and a term that is not there is an error at its line, in words that say what to write.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '$lib/checker/article';
import { termMarksIn } from '$lib/text/glossary';
import { segmentParagraph, termRuns } from '$lib/text/segments';
import type { Paragraph } from '$lib/text/paragraph';

const BODY = `
The *Sanctions* hit hard. Trade fell, and the trade war began.

Leaders met to ease the sanctions. They spoke of rapprochement and of the [trade war](https://example.com/war).

Nothing here about them at all.
`;

function article(glossary: string, body = BODY) {
	return parseArticle(`---\ntitle: T\nglossary:\n${glossary}---\n${body}`, 'a', 'a/article.md');
}

const messages = (parsed: ReturnType<typeof article>) =>
	parsed.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`);

const paragraph = (parsed: ReturnType<typeof article>, n: number) =>
	parsed.article!.blocks.find((b): b is Paragraph => b.kind === 'paragraph' && b.n === n)!;

/** The words each term marks, as "term ¶n: words". */
function marked(parsed: ReturnType<typeof article>): string[] {
	const glossary = parsed.article!.glossary!;
	return glossary.flatMap((entry) =>
		entry.places.map(
			(place) =>
				`${entry.term} ¶${place.paragraph}: ${paragraph(parsed, place.paragraph).text.slice(place.start, place.end)}`
		)
	);
}

describe('glossary', () => {
	it('reads the short and the long form, and marks the first occurrence in each paragraph', () => {
		const parsed = article(
			'  sanctions: penalties on *trade*\n  trade war:\n    definition: a fight by tariffs\n    paragraphs: [1]\n'
		);
		expect(messages(parsed)).toEqual([]);
		const glossary = parsed.article!.glossary!;
		expect(glossary.map((entry) => entry.term)).toEqual(['sanctions', 'trade war']);
		expect(glossary[0]!.definition).toEqual([
			{ text: 'penalties on ' },
			{ text: 'trade', em: true }
		]);
		// case ignored, formatting crossed; ¶3 has no occurrence and is not marked; a listed ¶ only
		expect(marked(parsed)).toEqual([
			'sanctions ¶1: Sanctions',
			'sanctions ¶2: sanctions',
			'trade war ¶1: trade war'
		]);
	});

	it('matches whole words only, and a longer term before a shorter one it contains', () => {
		const parsed = article('  trade: buying and selling\n  trade war: a fight by tariffs\n');
		expect(messages(parsed)).toEqual([]);
		// "Trade fell" is the first "trade" of ¶1; in ¶2 the only "trade" is in a link, not marked
		expect(marked(parsed)).toEqual(['trade ¶1: Trade', 'trade war ¶1: trade war']);
	});

	it('says at its line that a term is not in the article, with the closest spelling', () => {
		const parsed = article(
			'  sanctons: penalties\n  sanction: penalty\n  zebra crossing: a place to cross\n'
		);
		expect(parsed.article).toBeUndefined();
		expect(messages(parsed)).toEqual([
			'4:3 glossary: "sanctons" is not in the article; the closest spelling is "Sanctions" (¶1)',
			'5:3 glossary: "sanction" is in the article only inside a longer word ("Sanctions", ¶1): write the whole word',
			'6:3 glossary: "zebra crossing" is not in the article: write the term as the article spells it'
		]);
	});

	it('says at the paragraph number when a listed paragraph lacks the term or does not exist', () => {
		const parsed = article(
			'  rapprochement:\n    definition: friendship again\n    paragraphs: [1, 9]\n'
		);
		expect(messages(parsed)).toEqual([
			'6:18 glossary: "rapprochement" is not in ¶1; it is in ¶2',
			'6:21 glossary: the article has no ¶9; it has ¶1 to ¶3'
		]);
	});

	it('rejects an empty definition and unknown keys of the long form', () => {
		const parsed = article('  trade: ""\n  sanctions:\n    definiton: penalties\n');
		expect(parsed.article).toBeUndefined();
		expect(messages(parsed)).toEqual([
			'4:10 trade: give the definition after the term',
			"6:5 missing required key 'definition'",
			"6:5 unknown key 'definiton' — did you mean 'definition'?"
		]);
	});

	it("cuts a paragraph's pieces at each marked term, and groups a term's pieces", () => {
		const parsed = article('  sanctions: penalties\n  trade war: a fight by tariffs\n');
		const p1 = paragraph(parsed, 1);
		const terms = termMarksIn(parsed.article!.glossary!, 1);
		expect(terms.map((mark) => mark.term)).toEqual([0, 1]);
		const segments = segmentParagraph(p1, [], terms);
		const runs = segments.flatMap((s) => termRuns(s.pieces));
		const words = runs.map((run) => `${run.term ?? '-'}:${run.pieces.map((p) => p.text).join('')}`);
		expect(words).toEqual([
			'-:The ',
			'0:Sanctions',
			'-: hit hard.',
			'-: ',
			'-:Trade fell, and the ',
			'1:trade war',
			'-: began.'
		]);
	});
});
