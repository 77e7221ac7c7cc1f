import { describe, expect, it } from 'vitest';
import { segmentParagraph, termRuns, type Segment } from '$lib/text/segments';
import { parseParagraph } from '$lib/text/paragraph';

const paragraph = (markdown: string) => parseParagraph(3, markdown);

const texts = (segments: Segment[]) => segments.map((s) => s.pieces.map((p) => p.text).join(''));
const marked = (segments: Segment[]) =>
	segments
		.flatMap((s) => s.pieces)
		.filter((p) => p.highlighted)
		.map((p) => p.text)
		.join('');

describe('segmentParagraph', () => {
	const p = paragraph('Kim met Xi. He said **trade** grew. Talks with the *U.S.* stalled.');

	it('gives every sentence its own segment, with the white space between them apart', () => {
		const segments = segmentParagraph(p);
		expect(segments.map((s) => s.sentence)).toEqual(['3.1', null, '3.2', null, '3.3']);
		expect(texts(segments)).toEqual([
			'Kim met Xi.',
			' ',
			'He said trade grew.',
			' ',
			'Talks with the U.S. stalled.'
		]);
		// nothing lost or repeated
		expect(texts(segments).join('')).toBe(p.text);
	});

	it('keeps the formatting of each piece', () => {
		const second = segmentParagraph(p)[2]!;
		expect(second.pieces.map((piece) => [piece.text, piece.marks])).toEqual([
			['He said ', {}],
			['trade', { strong: true }],
			[' grew.', {}]
		]);
	});

	it('highlights exactly a quote that starts and ends mid-sentence and spans sentences', () => {
		const start = p.text.indexOf('met');
		const end = p.text.indexOf('trade') + 'trade'.length;
		const segments = segmentParagraph(p, [{ start, end }]);
		expect(marked(segments)).toBe('met Xi. He said trade');
		const first = segments[0]!.pieces;
		expect(first.map((piece) => [piece.text, piece.highlighted])).toEqual([
			['Kim ', false],
			['met Xi.', true]
		]);
		expect(segments[1]!.pieces[0]!.highlighted).toBe(true);
	});

	it('highlights nothing without a range', () => {
		expect(marked(segmentParagraph(p))).toBe('');
	});

	it('keeps a link across a sentence boundary as a link on both sides', () => {
		const linked = paragraph('See [the report. It says](https://example.org) more.');
		const segments = segmentParagraph(linked);
		const links = segments
			.flatMap((s) => s.pieces)
			.filter((piece) => piece.marks.href === 'https://example.org')
			.map((piece) => piece.text);
		expect(links).toEqual(['the report.', ' ', 'It says']);
	});

	it('treats a paragraph without sentences as one gap', () => {
		expect(segmentParagraph({ text: 'x', inlines: [{ text: 'x' }], sentences: [] })).toEqual([
			{ sentence: null, pieces: [{ text: 'x', marks: {}, highlighted: false }] }
		]);
	});

	it("cuts at the reader's own marks and tells each piece which start, end and lie over it", () => {
		// "Kim met Xi. He said trade grew." : a highlight "met Xi. He" across two sentences, a note on "He"
		const highlight = {
			type: 'highlighter',
			paragraph: 3,
			start: 4,
			end: 14,
			colour: 'green'
		} as const;
		const note = { type: 'note', paragraph: 3, start: 12, end: 14, text: 'who?' } as const;
		const pieces = segmentParagraph(p, [], [], [highlight, note]).flatMap((s) => s.pieces);
		const own = pieces.filter((piece) => piece.own);
		expect(own.map((piece) => piece.text)).toEqual(['met Xi.', ' ', 'He']);
		expect(own.map((piece) => piece.own!.over.length)).toEqual([1, 1, 2]);
		expect(own[0]!.own!.starting).toEqual([highlight]);
		expect(own[2]!.own!.starting).toEqual([note]);
		expect(own[2]!.own!.ending).toEqual([highlight, note]);
		expect(pieces.map((piece) => piece.text).join('')).toBe(p.text);
		// not the app's evidence highlight
		expect(pieces.some((piece) => piece.highlighted)).toBe(false);
	});

	it("gives a run's text when nothing is drawn on its pieces, and null when anything is", () => {
		const texts = (segments: Segment[]) =>
			segments.map((segment) => termRuns(segment.pieces).map((run) => run.text));
		// the second sentence's "trade" is bold, the third's "U.S." in italics
		expect(texts(segmentParagraph(p))).toEqual([['Kim met Xi.'], [' '], [null], [' '], [null]]);
		// a highlight or a mark of the reader's makes its run drawn
		expect(texts(segmentParagraph(p, [{ start: 4, end: 7 }]))[0]).toEqual([null]);
		const note = { type: 'note', paragraph: 3, start: 8, end: 10, text: 'who?' } as const;
		expect(texts(segmentParagraph(p, [], [], [note]))[0]).toEqual([null]);
		// a glossary term is drawn around its run: its words, and those either side, stay plain
		const [first] = segmentParagraph(p, [], [{ term: 0, start: 4, end: 7 }]);
		expect(termRuns(first!.pieces)).toMatchObject([
			{ text: 'Kim ' },
			{ term: 0, text: 'met' },
			{ text: ' Xi.' }
		]);
	});
});
