// @vitest-environment node
/**
 * The messages a teacher sees for the common mistakes in a quiz or article file: exact words,
 * position, and for syntax errors the code frame and the parser's own words.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parseArticle } from '$lib/checker/article';
import { checkContent } from '$lib/server/content';
import { codeFrame, formatDiagnosticBlock, type Diagnostic } from '$lib/checker/diagnostics';
import { FOREIGN_TYPE_NAMES, foreignTypeKey } from '$lib/checker/type-names';
import {
	ARTICLE,
	questionsFolder,
	quizProblems,
	quizWith,
	removeFolders
} from './content-fixtures';

afterEach(removeFolders);

/** Every diagnostic of a folder holding ARTICLE and `a/q.yaml`, paths relative to the folder. */
function diagnosticsOf(quiz: string | Buffer, article: string = ARTICLE): Diagnostic[] {
	const dir = questionsFolder({ 'a/article.md': article });
	writeFileSync(`${dir}/a/q.yaml`, quiz);
	return checkContent(dir).diagnostics.map((d) => ({ ...d, path: d.path.slice(dir.length + 1) }));
}

/** The report block (first line, frame, parser's words) of the only diagnostic. */
function onlyBlock(quiz: string | Buffer, article?: string): string {
	const found = diagnosticsOf(quiz, article);
	expect(found, found.map((d) => d.message).join('\n')).toHaveLength(1);
	return formatDiagnosticBlock(found[0]!);
}

const TF = (id: string, lines: string[]) =>
	`  - id: ${id}\n    type: true-false\n${lines.map((l) => `${l}\n`).join('')}`;

const GOOD_LINES = [
	'    prompt: P',
	'    explanation: E',
	'    evidence: "deepening ties with China"',
	'    answer: true'
];

describe('YAML syntax errors in plain words, first error only, with a code frame', () => {
	it('a tab used for indentation', () => {
		const quiz = quizWith(
			TF('q1', ['    prompt: P', '    explanation: E', '\tevidence: "In 1949"', '    answer: true'])
		);
		expect(onlyBlock(quiz)).toBe(
			[
				'a/q.yaml:7:1 line 7 is indented with a tab; YAML indents with spaces only: replace the tab with spaces, lining `evidence:` up with `explanation:` above it',
				'    6 |     explanation: E',
				'  > 7 | →evidence: "In 1949"',
				'      | ^',
				'  (the YAML parser says: Tabs are not allowed as indentation)'
			].join('\n')
		);
	});

	it('a tab among the spaces of an indentation is pointed at', () => {
		const quiz = quizWith(
			TF('q1', [
				'    prompt: P',
				'    explanation: E',
				'  \t  evidence: "In 1949"',
				'    answer: true'
			])
		);
		expect(diagnosticsOf(quiz).map((d) => [d.line, d.col, d.message])).toEqual([
			[
				7,
				3,
				'line 7 is indented with a tab; YAML indents with spaces only: replace the tab with spaces, lining `evidence:` up with `explanation:` above it'
			]
		]);
	});

	it('a key indented more than the one above it', () => {
		const quiz = quizWith(
			TF('q1', [
				'    prompt: P',
				'    explanation: E',
				'      evidence: "In 1949"',
				'    answer: true'
			])
		);
		expect(onlyBlock(quiz)).toBe(
			[
				'a/q.yaml:7:7 `evidence:` is indented 2 spaces more than `explanation:` above it, so YAML reads it as more text of `explanation:`: line `evidence:` up with `explanation:`',
				'    6 |     explanation: E',
				'  > 7 |       evidence: "In 1949"',
				'      |       ^',
				'  (the YAML parser says: Nested mappings are not allowed in compact mappings)'
			].join('\n')
		);
	});

	it('a key indented less than the one above it', () => {
		const quiz = quizWith(
			TF('q1', [
				'    prompt: P',
				'    explanation: E',
				'   evidence: "In 1949"',
				'    answer: true'
			])
		);
		expect(onlyBlock(quiz)).toBe(
			[
				'a/q.yaml:7:4 `evidence:` is indented 1 space less than `explanation:` above it: line it up with `explanation:`',
				'    6 |     explanation: E',
				'  > 7 |    evidence: "In 1949"',
				'      |    ^',
				'  (the YAML parser says: Sequence item without - indicator)'
			].join('\n')
		);
	});

	it('an unquoted colon in a value: put the text in quotes', () => {
		const quiz = `title: Lincoln: Second Inaugural\nquestions:\n${TF('q1', GOOD_LINES)}`;
		expect(onlyBlock(quiz)).toBe(
			[
				'a/q.yaml:1:15 the text of `title:` contains a colon followed by a space, which YAML reads as another key: put the text in quotes: `title: "Lincoln: Second Inaugural"`',
				'  > 1 | title: Lincoln: Second Inaugural',
				'      |               ^',
				'  (the YAML parser says: Nested mappings are not allowed in compact mappings)'
			].join('\n')
		);
	});

	it('an unquoted colon in a text that has double quotes suggests single quotes', () => {
		const quiz = quizWith(
			TF('q1', ['    prompt: He called it "a rehearsal": true?', ...GOOD_LINES.slice(1)])
		);
		expect(diagnosticsOf(quiz).map((d) => `${d.line}:${d.col} ${d.message}`)).toEqual([
			`5:39 the text of \`prompt:\` contains a colon followed by a space, which YAML reads as another key: put the text in quotes: \`prompt: 'He called it "a rehearsal": true?'\``
		]);
	});

	it('an unquoted colon in the front matter of article.md, at its line in the file', () => {
		const article = ARTICLE.replace(
			'title: "FOCUS: N. Korea keen to cozy up to China"',
			'title: FOCUS: N. Korea keen to cozy up to China'
		);
		const found = diagnosticsOf(quizWith(TF('q1', GOOD_LINES)), article);
		expect(found.map(formatDiagnosticBlock)).toEqual([
			[
				'a/article.md:2:13 the text of `title:` contains a colon followed by a space, which YAML reads as another key: put the text in quotes: `title: "FOCUS: N. Korea keen to cozy up to China"`',
				'  > 2 | title: FOCUS: N. Korea keen to cozy up to China',
				'      |             ^',
				'  (the YAML parser says: Nested mappings are not allowed in compact mappings)'
			].join('\n')
		]);
	});

	it('a quoted text that contains its own quote mark', () => {
		const quiz = quizWith(TF('q1', ["    prompt: 'It's true'", ...GOOD_LINES.slice(1)]));
		expect(diagnosticsOf(quiz).map((d) => `${d.line}:${d.col} ${d.message}`)).toEqual([
			`5:16 the text of \`prompt:\` is in quotes and contains a single quote (an apostrophe), which ends it early: use the other quote marks: \`prompt: "It's true"\` (or write each ' inside single quotes twice: '')`
		]);
	});

	it('no space after a colon', () => {
		const quiz = `title:Reading check\nquestions:\n${TF('q1', GOOD_LINES)}`;
		expect(diagnosticsOf(quiz).map((d) => `${d.line}:${d.col} ${d.message}`)).toEqual([
			'1:7 put a space after the colon of `title:`: `title: Reading check`'
		]);
	});

	it('a key without its colon: the colon is missing, at the place it goes', () => {
		const noColon = quizWith(TF('q1', [...GOOD_LINES.slice(0, 3), '    answer false']));
		expect(diagnosticsOf(noColon).map((d) => `${d.line}:${d.col} ${d.message}`)).toEqual([
			'8:11 a colon is missing after `answer`: `answer: false`'
		]);
		const typeNoColon = quizWith(
			'  - id: q1\n    type true-false\n' + GOOD_LINES.map((l) => `${l}\n`).join('')
		);
		expect(diagnosticsOf(typeNoColon).map((d) => `${d.line}:${d.col} ${d.message}`)).toEqual([
			'4:9 a colon is missing after `type`: `type: true-false`'
		]);
	});

	it('a choice whose dash is out of line with the others, at that choice', () => {
		const single = (dash: string) =>
			quizWith(
				[
					'  - id: q1',
					'    type: single',
					...GOOD_LINES.slice(0, 3),
					'    choices:',
					'      - text: A',
					'        correct: true',
					`${dash}- text: B`,
					'      - text: C',
					''
				].join('\n')
			);
		const at = (quiz: string) => diagnosticsOf(quiz).map((d) => `${d.line}:${d.col} ${d.message}`);
		expect(at(single('       '))).toEqual([
			'11:8 the `-` of this list item is 1 space to the right of the `-` on line 9: the `-` of every item in a list must line up, one under the other'
		]);
		expect(at(single('     '))).toEqual([
			'11:6 the `-` of this list item is 1 space to the left of the `-` on line 9: the `-` of every item in a list must line up, one under the other'
		]);
		expect(at(single('        '))).toEqual([
			'11:9 the `-` of this list item is 2 spaces to the right of the `-` on line 9: the `-` of every item in a list must line up, one under the other'
		]);
	});

	it('other syntax errors keep the parser words, once, with the frame', () => {
		expect(onlyBlock('title: A\nquestions: [\n')).toBe(
			[
				'a/q.yaml:3:1 YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]',
				'    2 | questions: [',
				'  > 3 |',
				'      | ^'
			].join('\n')
		);
	});

	it('text swallowed by a folded block: the key indented as far as the text above it', () => {
		const quiz = quizWith(
			TF('q1', [
				'    prompt: P',
				'    explanation: >-',
				'      Because.',
				'      evidence: "In 1949"',
				'    answer: true'
			])
		);
		expect(onlyBlock(quiz)).toBe(
			[
				"a/q.yaml:8:7 missing required key 'evidence': its line is indented as far as the text of 'explanation:' above it, so YAML reads it as more of that text: line 'evidence:' up with 'explanation:'",
				'    7 |       Because.',
				'  > 8 |       evidence: "In 1949"',
				'      |       ^'
			].join('\n')
		);
	});

	it('a missing value reads like a missing key, at the key', () => {
		const quiz = quizWith(TF('q1', [...GOOD_LINES.slice(0, 3), '    answer:']));
		expect(quizProblems(quiz)).toEqual([
			"a/q.yaml:8:5 missing value for 'answer': write true or false after 'answer:'"
		]);
		const noPrompt = quizWith(TF('q1', ['    prompt:', ...GOOD_LINES.slice(1)]));
		expect(quizProblems(noPrompt)).toEqual([
			"a/q.yaml:5:5 missing value for 'prompt': write text after 'prompt:'"
		]);
		const noEvidence = quizWith(
			TF('q1', ['    prompt: P', '    explanation: E', '    evidence:', '    answer: true'])
		);
		expect(quizProblems(noEvidence)[0]).toMatch(
			/^a\/q\.yaml:7:5 missing value for 'evidence': write /
		);
	});

	it('a key missing altogether (nothing swallowed) is still a missing key', () => {
		const quiz = quizWith(TF('q1', ['    prompt: P', '    explanation: E', '    answer: true']));
		expect(quizProblems(quiz)).toEqual(["a/q.yaml:3:5 missing required key 'evidence'"]);
	});
});

describe('files the parser cannot handle are problems in that file, with a position', () => {
	it('an alias bomb', () => {
		const bomb =
			'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ntitle: T\nquestions: *d\n';
		expect(onlyBlock(bomb)).toBe(
			[
				'a/q.yaml:2:8 this file repeats its anchors and aliases (&name … *name) so often that it would grow enormous: write the text out instead of using aliases',
				'    1 | a: &a [x, x, x, x, x, x, x, x, x]',
				'  > 2 | b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
				'      |        ^',
				'  (the YAML parser says: Excessive alias count indicates a resource exhaustion attack)'
			].join('\n')
		);
	});

	it('binary junk', () => {
		const junk = Buffer.from([0x74, 0x69, 0x0a, 0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x10]);
		expect(diagnosticsOf(junk).map((d) => `${d.path}:${d.line}:${d.col} ${d.message}`)).toEqual([
			'a/q.yaml:2:3 this is not a text file (it contains binary data): save the quiz as plain text (UTF-8) with a .yaml extension, or copy its text into a new file'
		]);
	});

	it('a file saved in another encoding than UTF-8', () => {
		const latin1 = Buffer.from('title: Caf\xe9 quiz\nquestions: []\n', 'latin1');
		expect(diagnosticsOf(latin1).map((d) => `${d.line}:${d.col} ${d.message}`)).toEqual([
			'1:11 the file is not saved as UTF-8 text: a character here cannot be read. In your editor, save it again with the encoding UTF-8'
		]);
	});

	it('an article.md with binary data', () => {
		const found = diagnosticsOf(quizWith(TF('q1', GOOD_LINES)), `${ARTICLE}\n\u0000\u0001`);
		expect(found.map((d) => `${d.path}:${d.line} ${d.message.slice(0, 30)}`)).toEqual([
			'a/article.md:15 this is not a text file (it co'
		]);
	});
});

describe('a quiz whose quotes are all missing from its article', () => {
	const question = (id: string, quote: string) =>
		TF(id, ['    prompt: P', '    explanation: E', `    evidence: "${quote}"`, '    answer: true']);

	it('gets one line, at the top of the file, instead of one error per quote', () => {
		const quiz = quizWith(
			question('q1', 'With malice toward none'),
			question('q2', 'with charity for all'),
			question('q3', 'and the war came')
		);
		expect(quizProblems(quiz)).toEqual([
			'a/q.yaml:1:1 none of the 3 evidence quotes is in article.md (“FOCUS: N. Korea keen to cozy up to China”) — is this quiz in the right folder, or has the article changed?'
		]);
	});

	it('also when the file has other problems', () => {
		const quiz = quizWith(
			question('q1', 'With malice toward none'),
			question('q2', 'with charity for all') + '    colour: red\n'
		);
		const found = quizProblems(quiz);
		expect(found[0]).toBe(
			'a/q.yaml:1:1 none of the 2 evidence quotes is in article.md (“FOCUS: N. Korea keen to cozy up to China”) — is this quiz in the right folder, or has the article changed?'
		);
		expect(found).toHaveLength(2);
	});

	it('quotes with typos are not taken for a quiz in the wrong folder', () => {
		const quiz = quizWith(
			question('q1', 'deepening ties with Chna'),
			question('q2', 'In 1948, China and North Korea'),
			question('q3', 'long been described as blood brothers')
		);
		const found = quizProblems(quiz);
		expect(found).toHaveLength(3);
		expect(found.every((line) => line.includes('evidence: quote not found in the article'))).toBe(
			true
		);
	});

	it('one quote with a typo among quotes from another text keeps the message per quote', () => {
		// close to the article: 2 of its 4 pairs of words ('biden swiftly', 'swiftly criticized') are in it
		const quiz = quizWith(
			question('q1', 'Biden swiftly criticized Nroth Korea'),
			question('q2', 'With malice toward none'),
			question('q3', 'with charity for all')
		);
		const found = quizProblems(quiz);
		expect(found).toHaveLength(3);
		expect(found[0]).toBe(
			'a/q.yaml:7:15 evidence: quote not found in the article: "Biden swiftly criticized Nroth Korea". Closest passage, ¶2: "Biden swiftly criticized [Nroth → North] Korea"'
		);
	});

	it('one quote found is enough for the usual message per missing quote', () => {
		const quiz = quizWith(question('q1', 'With malice toward none'), question('q2', 'In 1949'));
		expect(quizProblems(quiz)).toEqual([
			'a/q.yaml:7:15 evidence: quote not found in the article: "With malice toward none". No passage of the article is close to it: copy the words from article.md'
		]);
	});
});

describe('¶N written in a question’s texts', () => {
	const q = (lines: string[]) => quizWith(TF('q1', lines));
	const base = (prompt: string, explanation = 'E') => [
		`    prompt: ${prompt}`,
		`    explanation: ${explanation}`,
		'    evidence: "deepening ties with China"',
		'    answer: true'
	];

	it('a ¶ the article does not have is an error, at the ¶', () => {
		expect(quizProblems(q(base('Reread ¶7.')))).toEqual([
			'a/q.yaml:5:20 prompt: the article has no ¶7; it has ¶1 to ¶3 (were paragraphs added, removed or split?)'
		]);
	});

	it('a ¶ the evidence does not cite is a warning', () => {
		expect(quizProblems(q(base('P', 'As ¶3 says, they are allies.')))).toEqual([
			'a/q.yaml:6:21 warning: explanation: ¶3 is not among the paragraphs this question cites (¶1): if the number is not out of date, cite ¶3 in evidence or quote its words beside the number'
		]);
	});

	it('a cited ¶, a range that includes a cited ¶, or words quoted from that ¶ are fine', () => {
		expect(quizProblems(q(base('In ¶1, why?', 'See ¶1–¶2.')))).toEqual([]);
		expect(quizProblems(q(base('P', '\'¶3 calls them "blood brothers".\'')))).toEqual([]);
	});

	it('a choice’s feedback and the hint are checked too', () => {
		const quiz = quizWith(
			'  - id: q1\n    type: single\n    prompt: P\n    explanation: E\n    hint: See ¶9.\n    evidence: "deepening ties with China"\n    choices:\n      - { text: A, correct: true }\n      - { text: B, feedback: "No: ¶2 says otherwise." }\n'
		);
		expect(quizProblems(quiz)).toEqual([
			'a/q.yaml:7:15 hint: the article has no ¶9; it has ¶1 to ¶3 (were paragraphs added, removed or split?)',
			'a/q.yaml:11:35 warning: feedback: ¶2 is not among the paragraphs this question cites (¶1): if the number is not out of date, cite ¶2 in evidence or quote its words beside the number'
		]);
	});

	it('warnings do not stop the quiz from building', () => {
		const dir = questionsFolder({ 'a/article.md': ARTICLE, 'a/q.yaml': q(base('P', 'See ¶3.')) });
		const result = checkContent(dir);
		expect(result.diagnostics.map((d) => d.severity)).toEqual(['warning']);
		expect(result.content?.articles[0]?.quizzes).toHaveLength(1);
	});
});

describe('codeFrame', () => {
	it('shows the line before, the line and a caret, numbered; a long line is cut around the caret', () => {
		const long = `key: ${'word '.repeat(40)}end: here`;
		const frame = codeFrame(`first\n${long}`, 2, long.indexOf('end') + 1);
		expect(frame[0]).toBe('  1 | first');
		expect(frame[1]!.startsWith('> 2 | …')).toBe(true);
		expect(frame[1]!.length).toBeLessThanOrEqual(110);
		const caret = frame[2]!.indexOf('^');
		expect(frame[1]!.slice(caret, caret + 3)).toBe('end');
	});
});

describe('type names from other tools say what each is here', () => {
	const typed = (type: string) =>
		quizProblems(quizWith(`  - id: q1\n    type: ${type}\n    prompt: P\n`));

	it('multiple-choice is not taken for `multiple`', () => {
		expect(typed('multiple-choice')).toEqual([
			"a/q.yaml:4:11 unknown type 'multiple-choice': use `single` for one right answer, `multiple` for several"
		]);
	});

	it("Google Forms' names, whatever their case and spacing", () => {
		expect(typed('Checkboxes')).toEqual([
			"a/q.yaml:4:11 unknown type 'Checkboxes': use `multiple` (the student ticks every right choice)"
		]);
		expect(typed('dropdown')).toEqual([
			"a/q.yaml:4:11 unknown type 'dropdown': use `single` (the student picks the one right choice)"
		]);
		expect(typed('short answer')).toEqual([
			"a/q.yaml:4:11 unknown type 'short answer': use `short-answer` (the student types a few words or a number)"
		]);
		expect(typed('paragraph')).toEqual([
			"a/q.yaml:4:11 unknown type 'paragraph': a long written answer cannot be marked automatically: use `short-answer` for a few typed words, or ask it in class"
		]);
	});

	it("Moodle's and H5P's names", () => {
		expect(typed('truefalse')).toEqual([
			"a/q.yaml:4:11 unknown type 'truefalse': use `true-false`, or `true-false-not-given` when the article may not say"
		]);
		expect(typed('matching')).toEqual([
			"a/q.yaml:4:11 unknown type 'matching': use `match` (the student pairs each item on the left with one on the right)"
		]);
		expect(typed('cloze')).toEqual([
			"a/q.yaml:4:11 unknown type 'cloze': use `fill-blanks` (a passage with gaps written [[answer]]; add a `wordBank` for words to choose from)"
		]);
		expect(typed('Mark the Words')).toEqual([
			"a/q.yaml:4:11 unknown type 'Mark the Words': use `highlight` (the student selects the sentences of the article that answer it)"
		]);
	});

	it('a misspelling of one of ours is still a misspelling', () => {
		expect(typed('multi')).toEqual([
			"a/q.yaml:4:11 unknown type 'multi' — did you mean 'multiple'?"
		]);
	});
});

describe('the docs list every type name from other tools', () => {
	it('each name of the table is in docs/writing-questions.md', () => {
		const docs = readFileSync('docs/writing-questions.md', 'utf8');
		const section = docs.slice(docs.indexOf('### Type names from other tools'));
		const table = foreignTypeKey(section.slice(0, section.indexOf('```')));
		expect(FOREIGN_TYPE_NAMES.filter((name) => !table.includes(name))).toEqual([]);
	});
});

describe('numbers where text is expected', () => {
	const shortAnswer = (...answers: string[]) =>
		quizWith(
			TF('q1', GOOD_LINES.slice(0, 3)).replace('type: true-false', 'type: short-answer') +
				`    answers:\n${answers.map((a) => `      - ${a}\n`).join('')}`
		);

	it('a number written as YAML reads it is the text the teacher wrote', () => {
		expect(diagnosticsOf(shortAnswer('12', 'twelve'))).toEqual([]);
	});

	it('a number YAML reads differently must be put in quotes, at its line', () => {
		const found = diagnosticsOf(shortAnswer('1.10', '010', '1e3', '0x1F'));
		expect(found.map((d) => `${d.line}:${d.col} ${d.message}`)).toEqual([
			"9:9 answers: 1.10 is read as the number 1.1: put it in quotes: '1.10'",
			"10:9 answers: 010 is read as the number 10: put it in quotes: '010'",
			"11:9 answers: 1e3 is read as the number 1000: put it in quotes: '1e3'",
			"12:9 answers: 0x1F is read as the number 31: put it in quotes: '0x1F'"
		]);
	});

	it('a year alone is a valid published date, in the source line as written', () => {
		const article = ARTICLE.replace('published: 2021-03-27', 'published: 1845');
		expect(diagnosticsOf(quizWith(TF('q1', GOOD_LINES)), article)).toEqual([]);
		expect(parseArticle(article, 'a', 'a/article.md').article?.publishedText).toBe('1845');
	});
});
