// @vitest-environment node
/**
 * What a teacher is told about text pasted from Word, Google Docs or the web that Markdown reads
 * otherwise: an article whose paragraphs lost their blank lines (a warning at the article, and the
 * quiz's ¶ errors point at it), with the exact words and positions.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { pastedParagraphs } from '$lib/server/line-breaks';
import { problems, questionsFolder, quizWith, removeFolders } from './content-fixtures';

afterEach(removeFolders);

const FRONT = '---\ntitle: Narrative\n---\n\n';

/** Douglass's sentences, one pasted paragraph a line (each line one or two sentences). */
const PASTED = [
	'I lived in Master Hugh’s family about seven years.',
	'During this time, I succeeded in learning to read and write.',
	'In accomplishing this, I was compelled to resort to various stratagems.',
	'I had no regular teacher.',
	'My mistress, who had kindly commenced to instruct me, had, in compliance with the advice and direction of her husband, not only ceased to instruct, but had set her face against my being instructed by any one else.'
];

/** The same words hard-wrapped: lines end mid-sentence. */
const WRAPPED = [
	'I lived in Master Hugh’s family about seven years. During this time, I',
	'succeeded in learning to read and write. In accomplishing this, I was',
	'compelled to resort to various stratagems. I had no regular teacher.'
];

const question = (id: string, lines: string[]) =>
	`  - id: ${id}\n    type: true-false\n${lines.map((l) => `    ${l}\n`).join('')}`;

describe('an article pasted with single line breaks', () => {
	it('warns at the paragraph’s first line, with how many paragraphs it may be', () => {
		const dir = questionsFolder({ 'a/article.md': `${FRONT}${PASTED.join('\n')}\n` });
		expect(problems(dir)).toEqual([
			'a/article.md:5:1 warning: this paragraph has 5 lines, each ending a sentence; a paragraph ends only at a blank line — did you mean 5 paragraphs? Then put a blank line between them (text pasted from Word or Google Docs often loses them)'
		]);
	});

	it('does not warn for hard-wrapped prose, nor for paragraphs already apart', () => {
		const wrapped = questionsFolder({ 'a/article.md': `${FRONT}${WRAPPED.join('\n')}\n` });
		expect(problems(wrapped)).toEqual([]);
		const apart = questionsFolder({ 'a/article.md': `${FRONT}${PASTED.join('\n\n')}\n` });
		expect(problems(apart)).toEqual([]);
	});

	it('finds such paragraphs between others, after headings, with closing quotes', () => {
		const body = [
			'A first paragraph, apart.',
			'',
			'## Chapter VII',
			'He said, “I had no regular teacher.”',
			'She asked, “Who taught you?”',
			'*He did not answer.*',
			'',
			'Two lines ending a sentence.',
			'By chance, as wrapped prose may.'
		].join('\n');
		expect(pastedParagraphs(body, 10)).toEqual([{ line: 13, lines: 3 }]);
	});

	it('the quiz’s ¶ errors point at the article’s paragraph, which is where the fix is', () => {
		const quiz = quizWith(
			question('q1', [
				'prompt: In ¶3, why?',
				'explanation: E',
				'evidence: { quote: "I had no regular teacher", paragraph: 4 }',
				'answer: true'
			])
		);
		const dir = questionsFolder({
			'a/article.md': `${FRONT}${PASTED.join('\n')}\n`,
			'a/q.yaml': quiz
		});
		expect(problems(dir).slice(1)).toEqual([
			'a/q.yaml:5:16 prompt: the article has no ¶3; it has ¶1 to ¶1 (were paragraphs added, removed or split?); article.md has a paragraph that looks like several: see its line 5',
			'a/q.yaml:7:63 paragraph: the article has no ¶4; it has ¶1 to ¶1; article.md has a paragraph that looks like several: see its line 5'
		]);
	});

	it('without such a paragraph the ¶ errors are as before', () => {
		const quiz = quizWith(
			question('q1', [
				'prompt: In ¶3, why?',
				'explanation: E',
				'evidence: "I had no regular teacher"',
				'answer: true'
			])
		);
		const dir = questionsFolder({
			'a/article.md': `${FRONT}${WRAPPED.join('\n')}\n`,
			'a/q.yaml': quiz
		});
		expect(problems(dir)).toEqual([
			'a/q.yaml:5:16 prompt: the article has no ¶3; it has ¶1 to ¶1 (were paragraphs added, removed or split?)'
		]);
	});
});
