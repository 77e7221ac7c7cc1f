// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import {
	ARTICLE,
	problems,
	questionsFolder,
	quizProblems,
	quizWith,
	removeFolders
} from './content-fixtures';

afterEach(removeFolders);

const EVIDENCE = '    evidence: "deepening ties with China"\n';
const head = (id: string, type: string) =>
	`  - id: ${id}\n    type: ${type}\n    prompt: P\n    explanation: E\n` + EVIDENCE;

describe('quiz file validation: message and line:col', () => {
	it('accepts a valid quiz', () => {
		expect(quizProblems(quizWith(head('q1', 'true-false') + '    answer: true\n'))).toEqual([]);
	});

	it('single: exactly one choice must be correct, reported at the choices list', () => {
		const quiz = quizWith(
			head('q1', 'single') + '    choices:\n      - text: A\n      - text: B\n'
		);
		expect(quizProblems(quiz)).toEqual([
			'a/q.yaml:9:7 choices: exactly one choice must be marked correct: true; 0 are'
		]);
	});

	it('single: two correct choices are also wrong', () => {
		const quiz = quizWith(
			head('q1', 'single') +
				'    choices:\n      - { text: A, correct: true }\n      - { text: B, correct: true }\n'
		);
		expect(quizProblems(quiz)).toEqual([
			'a/q.yaml:9:7 choices: exactly one choice must be marked correct: true; 2 are'
		]);
	});

	it('multiple: at least one choice must be correct', () => {
		const quiz = quizWith(head('q1', 'multiple') + '    choices: [{ text: A }, { text: B }]\n');
		expect(quizProblems(quiz)).toEqual([
			'a/q.yaml:8:14 choices: mark at least one choice correct: true; 0 are'
		]);
	});

	it('an unknown type suggests the nearest one, at the value', () => {
		expect(quizProblems(quizWith(head('q1', 'multi')))).toEqual([
			"a/q.yaml:4:11 unknown type 'multi' — did you mean 'multiple'?"
		]);
	});

	it('an unknown key suggests the nearest allowed key, at the key', () => {
		const quiz = quizWith(head('q1', 'true-false') + '    answer: true\n    explaination: more\n');
		expect(quizProblems(quiz)).toEqual([
			"a/q.yaml:9:5 unknown key 'explaination' — did you mean 'explanation'?"
		]);
	});

	it('an unknown key far from any allowed one lists the allowed keys', () => {
		const quiz = quizWith(head('q1', 'true-false') + '    answer: true\n    colour: red\n');
		expect(quizProblems(quiz)).toEqual([
			"a/q.yaml:9:5 unknown key 'colour' — allowed keys here: id, prompt, points, explanation, hint, evidence, attempts, group, after, type, answer, requireEvidence"
		]);
	});

	it('a missing key is reported at the mapping that lacks it', () => {
		const quiz = quizWith(
			'  - id: q1\n    type: true-false\n    prompt: P\n' + EVIDENCE + '    answer: true\n'
		);
		expect(quizProblems(quiz)).toEqual(["a/q.yaml:3:5 missing required key 'explanation'"]);
	});

	it('a wrong value names what was expected and what was given, at the value', () => {
		const quiz = quizWith(head('q1', 'true-false') + '    answer: yes please\n    points: lots\n');
		expect(quizProblems(quiz)).toEqual([
			"a/q.yaml:8:13 answer: expected true or false, not text ('yes please')",
			"a/q.yaml:9:13 points: expected a number, not text ('lots')"
		]);
	});

	it('true-false-not-given lists its three answers', () => {
		const quiz = quizWith(head('q1', 'true-false-not-given') + '    answer: maybe\n');
		expect(quizProblems(quiz)).toEqual([
			"a/q.yaml:8:13 answer: expected true, false or 'not-given', not text ('maybe')"
		]);
	});

	it('a repeated question id names the line of the first', () => {
		const quiz = quizWith(
			head('same', 'true-false') + '    answer: true\n',
			head('same', 'true-false') + '    answer: false\n'
		);
		expect(quizProblems(quiz)).toEqual(["a/q.yaml:9:9 id 'same' is used twice; first at line 3"]);
	});

	it('fill-blanks: the text needs a blank; blanks must be closed and not empty', () => {
		const none = quizWith(head('q1', 'fill-blanks') + '    text: No blanks here.\n');
		expect(quizProblems(none)).toEqual([
			'a/q.yaml:8:11 text: write at least one blank, like "The capital is [[Beijing]]."'
		]);
		const broken = quizWith(head('q1', 'fill-blanks') + '    text: "An [[]] and [[open"\n');
		expect(quizProblems(broken)).toEqual([
			'a/q.yaml:8:11 text: a blank is not closed; write each blank as [[answer]]',
			'a/q.yaml:8:11 text: blank [[]] has an empty answer; write [[answer]] or [[answer|alternative]]'
		]);
	});

	it('match: lefts and rights must differ, and a distractor may not be a right', () => {
		const quiz = quizWith(
			head('q1', 'match') +
				'    pairs:\n      - { left: A, right: X }\n      - { left: A, right: Y }\n    distractors: [Y]\n'
		);
		expect(quizProblems(quiz)).toEqual([
			"a/q.yaml:10:17 left: 'A' is used twice (also pair 1); each left must differ",
			"a/q.yaml:11:19 distractors: 'Y' is also a right answer; a distractor must match no left"
		]);
	});

	it('order: items must differ', () => {
		const quiz = quizWith(head('q1', 'order') + '    items: [One, Two, one]\n');
		expect(quizProblems(quiz)).toEqual([
			"a/q.yaml:8:23 items: 'one' is listed twice (also item 1); items must differ"
		]);
	});

	it('highlight: select may not exceed the sentences of the article', () => {
		const quiz = quizWith(head('q1', 'highlight') + '    select: 9\n');
		expect(quizProblems(quiz)).toEqual([
			'a/q.yaml:8:13 select: the article has only 4 sentences; ask for at most that many'
		]);
	});

	it('a quote not in the article is reported at the quote with the closest passage', () => {
		const quiz = quizWith(
			'  - id: q1\n    type: true-false\n    prompt: P\n    explanation: E\n    answer: true\n    evidence:\n      - "described as blood brothers"\n      - "deepening ties with Chna"\n'
		);
		expect(quizProblems(quiz)).toEqual([
			'a/q.yaml:9:9 evidence: quote not found in the article: "described as blood brothers". Closest passage, ¶3: "described as [blood → “blood] brothers"',
			'a/q.yaml:10:9 evidence: quote not found in the article: "deepening ties with Chna". Closest passage, ¶1: "deepening ties with [Chna → China]"'
		]);
	});

	it('YAML syntax errors and duplicate keys are reported with their positions', () => {
		expect(quizProblems('title: A\ntitle: B\nquestions: []\n')).toEqual([
			"a/q.yaml:2:1 duplicate key 'title'; each key may appear once in a mapping (remove or rename one)"
		]);
		expect(quizProblems('title: A\nquestions: [\n')).toEqual([
			'a/q.yaml:3:1 YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]'
		]);
	});

	it('reports every problem at once, across questions and files', () => {
		const dir = questionsFolder({
			'a/article.md': ARTICLE,
			'a/one.yaml': quizWith(head('q1', 'multi'), head('Bad Id', 'true-false') + '    answer: 2\n'),
			'a/two.yaml': 'title: ""\nquestions: []\n'
		});
		expect(problems(dir)).toEqual([
			"a/one.yaml:4:11 unknown type 'multi' — did you mean 'multiple'?",
			'a/one.yaml:8:9 id: must be lowercase words joined by hyphens, like "main-claim"',
			'a/one.yaml:13:13 answer: expected true or false, not the number 2',
			'a/two.yaml:1:8 title must not be empty',
			'a/two.yaml:2:12 questions: give at least one question'
		]);
	});
});

describe('article.md validation', () => {
	it('needs front matter with a title', () => {
		expect(problems(questionsFolder({ 'a/article.md': 'Just text.\n' }))).toEqual([
			'a/article.md:1:1 article.md must start with front matter: a line ---, then title: "…", then a line ---'
		]);
		expect(problems(questionsFolder({ 'a/article.md': '---\nsource: X\n---\n\nText.\n' }))).toEqual(
			["a/article.md:2:1 missing required key 'title'"]
		);
	});

	it('checks front-matter values and keys at their lines', () => {
		const article = '---\ntitle: T\npublished: 27 March 2021\nauthr: Me\n---\n\nText.\n';
		expect(problems(questionsFolder({ 'a/article.md': article }))).toEqual([
			'a/article.md:3:12 published must be a date written YYYY-MM-DD, or a year alone (1845)',
			"a/article.md:4:1 unknown key 'authr' — did you mean 'author'?"
		]);
	});

	it('accepts only web addresses as the original url: a javascript: link would run on click', () => {
		const withUrl = (url: string) => `---\ntitle: T\nurl: "${url}"\n---\n\nText.\n`;
		expect(problems(questionsFolder({ 'a/article.md': withUrl('javascript:alert(1)') }))).toEqual([
			'a/article.md:3:6 url must be a web address starting https:// or http://'
		]);
		expect(problems(questionsFolder({ 'a/article.md': withUrl('https://example.org/a') }))).toEqual(
			[]
		);
	});
});

describe('evidence given as one mapping', () => {
	const question = (evidence: string) =>
		`  - id: q1\n    type: true-false\n    prompt: P\n    explanation: E\n${evidence}    answer: true\n`;

	it('reports a paragraph the article does not have at the paragraph: line, block style', () => {
		const quiz = quizWith(
			question('    evidence:\n      quote: "deepening ties with China"\n      paragraph: 99\n')
		);
		expect(quizProblems(quiz)).toEqual([
			'a/q.yaml:9:18 paragraph: the article has no ¶99; it has ¶1 to ¶3'
		]);
	});

	it('reports it at the paragraph: value in a flow mapping, and a missing quote at the quote', () => {
		expect(
			quizProblems(
				quizWith(question('    evidence: { quote: "deepening ties with China", paragraph: 99 }\n'))
			)
		).toEqual(['a/q.yaml:7:64 paragraph: the article has no ¶99; it has ¶1 to ¶3']);
		expect(
			quizProblems(
				quizWith(question('    evidence:\n      quote: "not in it"\n      paragraph: 1\n'))
			)[0]
		).toMatch(/^a\/q\.yaml:8:14 /);
	});
});
