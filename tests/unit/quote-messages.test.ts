// @vitest-environment node
/**
 * What a teacher sees for a quote pasted from somewhere else: invisible characters (ignored, and
 * pointed out), curly quotation marks YAML kept, Markdown copied from article.md, and a long quote
 * with one word changed (the difference shown word by word). Exact words and positions.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseArticle } from '$lib/checker/article';
import { codeFrame } from '$lib/checker/diagnostics';
import { indexArticle, resolveQuote } from '$lib/checker/evidence';
import { offsetOf } from '$lib/studio/editor/positions';
import { offerEvidence } from '$lib/text/evidence-line';
import { ARTICLE, problems, questionsFolder, quizWith, removeFolders } from './content-fixtures';

afterEach(removeFolders);

/** An article of the given body paragraphs, under a title. */
const articleOf = (...paragraphs: string[]) =>
	`---\ntitle: "Narrative"\n---\n\n${paragraphs.join('\n\n')}\n`;

/** A true-false question citing `evidence` (a YAML value, written as it stands in the file). */
const quizCiting = (evidence: string) =>
	quizWith(
		`  - id: q1\n    type: true-false\n    prompt: P\n    explanation: E\n    evidence: ${evidence}\n    answer: true\n`
	);

/** The report lines for a folder of `article` and a quiz citing `evidence`. */
function report(article: string, evidence: string): string[] {
	return problems(questionsFolder({ 'a/article.md': article, 'a/q.yaml': quizCiting(evidence) }));
}

const DOUGLASS = articleOf(
	'I lived in Master Hugh’s family about se\u00ADven years. During this time, I succeeded in learning to read and write.',
	'I had no regular teacher.'
);

describe('invisible characters', () => {
	it('a soft hyphen in article.md is ignored by matching and pointed out at its line and column', () => {
		expect(report(DOUGLASS, '"about seven years"')).toEqual([
			'a/article.md:5:41 warning: a soft hyphen (U+00AD), invisible on screen, is here: delete it'
		]);
	});

	it('the citation covers the quoted words in the article as written, soft hyphen and all', () => {
		const { article } = parseArticle(DOUGLASS, 'a', 'a/article.md');
		const result = resolveQuote(indexArticle(article!), 'about seven years');
		expect(result).toEqual({
			ok: true,
			citation: { quote: 'about se\u00ADven years', paragraph: 1, start: 32, end: 50 }
		});
	});

	it('the evidence picker offers the words without them', () => {
		const { article } = parseArticle(DOUGLASS, 'a', 'a/article.md');
		const paragraphs = article!.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b] : []));
		const offer = offerEvidence(paragraphs, 1, 32, 50);
		expect(offer).toMatchObject({ ok: true, line: 'evidence: "about seven years"' });
	});

	it('each kind is named once, with how many more of it the file has', () => {
		const article = articleOf(
			'I had\u200B no regular teacher\u200B. My mistress\u200D had begun to teach me.'
		);
		expect(report(article, '"I had no regular teacher"')).toEqual([
			'a/article.md:5:6 warning: a zero-width space (U+200B), invisible on screen, is here: delete it (and 1 more in this file)',
			'a/article.md:5:40 warning: a zero-width joiner (U+200D), invisible on screen, is here: delete it'
		]);
	});

	it('one in a quiz file’s quote is ignored by matching and pointed out where it is', () => {
		expect(report(DOUGLASS, '"I had no\u2060 regular teacher."')).toEqual([
			'a/article.md:5:41 warning: a soft hyphen (U+00AD), invisible on screen, is here: delete it',
			'a/q.yaml:7:24 warning: a word joiner (U+2060), invisible on screen, is here: delete it'
		]);
	});
});

describe('columns on a line with an emoji', () => {
	// UTF-16 units, as the YAML parser's positions, CodeMirror, VS Code, tsc and ESLint count: 🙂 is 2
	const article = articleOf('🙂 I had no regular\u00AD teacher.');
	const quote = '"🙂 I had no\u2060 regular teacher."';

	it('count UTF-16 units in the report, in article.md and in a quiz file', () => {
		expect(report(article, quote)).toEqual([
			'a/article.md:5:20 warning: a soft hyphen (U+00AD), invisible on screen, is here: delete it',
			'a/q.yaml:7:27 warning: a word joiner (U+2060), invisible on screen, is here: delete it'
		]);
	});

	it("put the Studio's editor on the character itself", () => {
		const at = (text: string, line: number, col: number) => text[offsetOf(text, line, col)];
		expect(at(article, 5, 20)).toBe('\u00AD');
		expect(at(quizCiting(quote), 7, 27)).toBe('\u2060');
		// the CLI's code frame puts its caret under it too
		const frame = codeFrame(article, 5, 20);
		expect(frame[1]!.indexOf('\u00AD') - frame[1]!.indexOf('|')).toBe(
			frame[2]!.indexOf('^') - frame[2]!.indexOf('|')
		);
	});
});

describe('curly quotation marks around a YAML value', () => {
	it('are a warning when the words without them are in the article, and the quote resolves', () => {
		expect(report(DOUGLASS, '“I had no regular teacher.”')).toEqual([
			'a/article.md:5:41 warning: a soft hyphen (U+00AD), invisible on screen, is here: delete it',
			'a/q.yaml:7:15 warning: evidence: the quote starts and ends with curly quotation marks, which YAML keeps as text: remove them, or use straight quotes'
		]);
	});

	it('are the error when the words are not in the article either way', () => {
		expect(report(ARTICLE, '“deepening ties with Japan”')).toEqual([
			'a/q.yaml:7:15 evidence: the quote starts and ends with curly quotation marks, which YAML keeps as text: remove them, or use straight quotes; without them it is not in the article either: "deepening ties with Japan". Closest passage, ¶1: "deepening ties with [Japan → China]"'
		]);
	});

	it('are nothing to say when the article has them too: they are part of the quote', () => {
		expect(report(ARTICLE, '“respond accordingly”')).toEqual([]);
	});
});

describe('a quote copied from article.md with its Markdown', () => {
	const article = articleOf(
		'He would not give an *inch* of ground, said **Mr. Auld**, who had read [The Columbian Orator](https://example.org/orator) twice.'
	);

	it('matches the formatted words: italics, bold and a link', () => {
		expect(report(article, '"not give an *inch* of ground"')).toEqual([]);
		expect(report(article, '"said **Mr. Auld**, who"')).toEqual([]);
		expect(
			report(article, '"read [The Columbian Orator](https://example.org/orator) twice"')
		).toEqual([]);
	});

	it('resolves to the article’s own words', () => {
		const { article: parsed } = parseArticle(article, 'a', 'a/article.md');
		const result = resolveQuote(indexArticle(parsed!), 'an *inch* of ground');
		expect(result).toEqual({
			ok: true,
			citation: { quote: 'an inch of ground', paragraph: 1, start: 18, end: 35 }
		});
	});

	it('that is not in the article is shown without its markers', () => {
		expect(report(article, '"not give a *foot* of ground"')).toEqual([
			'a/q.yaml:7:15 evidence: quote not found in the article: "not give a foot of ground". Closest passage, ¶1: "not give [a foot → an inch] of ground"'
		]);
	});
});

describe('a long quote with one word changed', () => {
	const article = articleOf(
		'Every opportunity I got, I used to read this book. Among much of other interesting matter, I found in it a dialogue between a master and his slave, and one of Sheridan’s mighty speeches on and in behalf of Catholic emancipation. The moral which I gained from the dialogue was the power of truth over the conscience of even a slaveholder.'
	);

	it('shows the difference word by word, the agreeing words around it cut short', () => {
		expect(
			report(
				article,
				'"The moral which I gained from the dialogue was the power of right over the conscience of even a slaveholder."'
			)
		).toEqual([
			'a/q.yaml:7:15 evidence: quote not found in the article: "The moral which I gained from the dialogue was the power of right over the cons…". Closest passage, ¶1: "…was the power of [right → truth] over the conscience of…"'
		]);
	});

	it('shows a missing word and an extra one', () => {
		expect(
			report(
				article,
				'"I found in it a long dialogue between a master and slave, and one of Sheridan’s mighty speeches"'
			)
		).toEqual([
			'a/q.yaml:7:15 evidence: quote not found in the article: "I found in it a long dialogue between a master and slave, and one of Sheridan’s…". Closest passage, ¶1: "…found in it a [long → (nothing)] dialogue between a master and [(nothing) → his] slave, and one of…"'
		]);
	});
});
