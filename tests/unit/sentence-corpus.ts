/**
 * The labelled sentence corpus (fixtures/sentence-corpus.txt) and how the splitter scores on it:
 * boundaries missed and boundaries wrongly added, per 1,000 sentences. Used by sentences.test.ts.
 */
import { readFileSync } from 'node:fs';
import { parseInline } from '$lib/text/inline';
import { plainText } from '$lib/text/rich';
import { parseParagraph } from '$lib/text/paragraph';

export interface LabelledParagraph {
	part: string;
	/** the Markdown source of each sentence, as labelled */
	sentences: string[];
}

export function readCorpus(path = 'tests/unit/fixtures/sentence-corpus.txt'): LabelledParagraph[] {
	const paragraphs: LabelledParagraph[] = [];
	let part = 'development';
	let lines: string[] = [];
	const flush = () => {
		if (lines.length > 0) paragraphs.push({ part, sentences: lines });
		lines = [];
	};
	for (const line of readFileSync(path, 'utf8').split('\n')) {
		const partLine = /^% part: (.+)$/.exec(line);
		if (partLine) {
			flush();
			part = partLine[1]!.trim();
		} else if (line.startsWith('%')) continue;
		else if (line.trim() === '') flush();
		else lines.push(line.trim());
	}
	flush();
	return paragraphs;
}

export interface Score {
	sentences: number;
	missed: number;
	added: number;
	/** each mistake, for the test's message: the paragraph's text with | at the boundary */
	mistakes: string[];
}

/** Splits each paragraph as the article page does and compares with the labels. */
export function score(paragraphs: LabelledParagraph[]): Score {
	const result: Score = { sentences: 0, missed: 0, added: 0, mistakes: [] };
	for (const [index, { sentences }] of paragraphs.entries()) {
		const paragraph = parseParagraph(index + 1, sentences.join(' '));
		const expected = new Set<number>();
		let offset = 0;
		for (const sentence of sentences.slice(0, -1)) {
			offset += plainText(parseInline(sentence)).length + 1;
			expected.add(offset);
		}
		const found = new Set(paragraph.sentences.slice(1).map((s) => s.start));
		result.sentences += sentences.length;
		const show = (at: number, what: string) =>
			`${what}: …${paragraph.text.slice(Math.max(0, at - 40), at)}|${paragraph.text.slice(at, at + 30)}…`;
		for (const at of expected) {
			if (!found.has(at)) {
				result.missed++;
				result.mistakes.push(show(at, 'missed'));
			}
		}
		for (const at of found) {
			if (!expected.has(at)) {
				result.added++;
				result.mistakes.push(show(at, 'added'));
			}
		}
	}
	return result;
}

/** Mistakes per 1,000 sentences, to one decimal. */
export const perThousand = (count: number, sentences: number) =>
	Math.round((count / sentences) * 10_000) / 10;
