// @vitest-environment node
/**
 * What a teacher is told about text pasted from Word, Google Docs or the web that Markdown reads
 * otherwise: an article whose paragraphs lost their blank lines (a warning at the article, and the
 * quiz's ¶ errors point at it), and a prompt that writes what the page says itself: a two-part
 * question's own "Part A:", a true / false (/ not given) question's instruction (left out, with a
 * warning); with the exact words and positions.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { pastedParagraphs } from '$lib/checker/line-breaks';
import { exportGift } from '$lib/checker/gift/export';
import { giftQuizzes } from '$lib/server/gift-quizzes';
import {
	ARTICLE,
	builtQuestion,
	problems,
	questionsFolder,
	quizProblems,
	quizWith,
	removeFolders
} from './content-fixtures';

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

/** The prompt of a quiz's first question as the student sees it. */
const promptBuilt = (quiz: string) =>
	builtQuestion(quiz)
		?.prompt.map((run) => run.text)
		.join('');

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

describe('a two-part question’s prompt that starts with its own “Part A:”', () => {
	const twoPart = (prompt: string, requireEvidence = true) =>
		quizWith(
			`  - id: q1\n    type: single\n    prompt: ${prompt}\n    explanation: E\n    evidence: "deepening ties with China"\n    requireEvidence: ${requireEvidence}\n    choices:\n      - { text: China, correct: true }\n      - { text: Japan }\n`
		);

	it('is shown without it, and the checker says so at the prompt', () => {
		const quiz = twoPart("'Part A: Which country does North Korea turn to?'");
		expect(quizProblems(quiz)).toEqual([
			'a/q.yaml:5:13 warning: prompt: "Part A:" is left out: the page writes "Part A." before a two-part question\'s prompt itself; delete it from the prompt'
		]);
		expect(promptBuilt(quiz)).toBe('Which country does North Korea turn to?');
	});

	it('in any case, with a full stop, a dash or in bold', () => {
		for (const [prompt, label] of [
			['part a. Which country?', 'part a.'],
			['PART A - Which country?', 'PART A -'],
			['"**Part A:** Which country?"', '**Part A:**']
		]) {
			const quiz = twoPart(prompt!);
			expect(quizProblems(quiz)[0]).toContain(`prompt: "${label}" is left out`);
			expect(promptBuilt(quiz)).toBe('Which country?');
		}
	});

	it('is left out of the GIFT export too, which has Part A alone', () => {
		const dir = questionsFolder({
			'a/article.md': ARTICLE,
			'a/q.yaml': twoPart("'Part A: Which country?'")
		});
		const { text } = exportGift(giftQuizzes(dir));
		expect(text).toContain('::q1::[markdown]Which country? {');
		expect(text).not.toContain('Part A:');
	});

	it('a one-part question, or words that only start alike, keep their prompt', () => {
		const onePart = twoPart("'Part A: Which country?'", false);
		expect(quizProblems(onePart)).toEqual([]);
		expect(promptBuilt(onePart)).toBe('Part A: Which country?');
		const partAbout = twoPart('Part about China. Which country?');
		expect(quizProblems(partAbout)).toEqual([]);
		expect(promptBuilt(partAbout)).toBe('Part about China. Which country?');
	});
});

describe('a true / false (/ not given) prompt that starts with the instruction the page gives', () => {
	const question = (type: string, prompt: string, answer: string, requireEvidence = false) =>
		quizWith(
			`  - id: q1\n    type: ${type}\n    prompt: ${prompt}\n    explanation: E\n    evidence: "deepening ties with China"\n    requireEvidence: ${requireEvidence}\n    answer: ${answer}\n`
		);

	it('true / false / not given: shown without it, and the checker says so at the prompt', () => {
		const quiz = question(
			'true-false-not-given',
			"'True, false or not given: North Korea turns to China.'",
			'true'
		);
		expect(quizProblems(quiz)).toEqual([
			'a/q.yaml:5:13 warning: prompt: "True, false or not given:" is left out: the page asks "True, false, or not given in the article?" itself; delete it from the prompt'
		]);
		expect(promptBuilt(quiz)).toBe('North Korea turns to China.');
		// the statement that ran on after the instruction starts with a capital
		const runOn = question(
			'true-false-not-given',
			"'True, false or not given: the bridge has reopened.'",
			'false'
		);
		expect(promptBuilt(runOn)).toBe('The bridge has reopened.');
	});

	it('true / false / not given: with slashes, a question mark, in bold, or as letters', () => {
		for (const [prompt, label] of [
			["'True/False/Not Given? North Korea turns to China.'", 'True/False/Not Given?'],
			[
				"'True, false, or not given in the article - North Korea turns to China.'",
				'True, false, or not given in the article -'
			],
			["'**T/F/NG:** North Korea turns to China.'", '**T/F/NG:**']
		]) {
			const quiz = question('true-false-not-given', prompt!, 'not-given');
			expect(quizProblems(quiz)).toEqual([
				`a/q.yaml:5:13 warning: prompt: "${label}" is left out: the page asks "True, false, or not given in the article?" itself; delete it from the prompt`
			]);
			expect(promptBuilt(quiz)).toBe('North Korea turns to China.');
		}
	});

	it('true / false: "True or false:" is left out too', () => {
		const quiz = question('true-false', "'True or false: North Korea turns to China.'", 'true');
		expect(quizProblems(quiz)).toEqual([
			'a/q.yaml:5:13 warning: prompt: "True or false:" is left out: the page offers True and False itself; delete it from the prompt'
		]);
		expect(promptBuilt(quiz)).toBe('North Korea turns to China.');
	});

	it('a two-part question: its "Part A:" and the instruction, each with its warning', () => {
		const quiz = question(
			'true-false',
			"'Part A: True or false? North Korea turns to China.'",
			'true',
			true
		);
		expect(quizProblems(quiz)).toEqual([
			'a/q.yaml:5:13 warning: prompt: "Part A:" is left out: the page writes "Part A." before a two-part question\'s prompt itself; delete it from the prompt',
			'a/q.yaml:5:13 warning: prompt: "True or false?" is left out: the page offers True and False itself; delete it from the prompt'
		]);
		expect(promptBuilt(quiz)).toBe('North Korea turns to China.');
	});

	it('another type, or a prompt that only starts alike, keeps its prompt', () => {
		const single = quizWith(
			`  - id: q1\n    type: single\n    prompt: 'True or false: which is it?'\n    explanation: E\n    evidence: "deepening ties with China"\n    choices:\n      - { text: China, correct: true }\n      - { text: Japan }\n`
		);
		expect(quizProblems(single)).toEqual([]);
		expect(promptBuilt(single)).toBe('True or false: which is it?');
		const alike = question('true-false', "'True or false statements are hard.'", 'true');
		expect(quizProblems(alike)).toEqual([]);
		expect(promptBuilt(alike)).toBe('True or false statements are hard.');
		const tfng = question(
			'true-false-not-given',
			"'True or false: North Korea turns to China.'",
			'true'
		);
		expect(promptBuilt(tfng)).toBe('True or false: North Korea turns to China.');
	});
});
