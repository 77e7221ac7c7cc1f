// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { clearContentCache, getQuiz } from '$lib/server/content-source';
import { ARTICLE, questionsFolder, quizProblems, removeFolders } from './content-fixtures';

afterEach(() => {
	removeFolders();
	clearContentCache();
});

const EVIDENCE = '    evidence: "deepening ties with China"\n';
const question = (id: string, type: string, rest: string) =>
	`  - id: ${id}\n    type: ${type}\n    prompt: P\n    explanation: E\n${EVIDENCE}${rest}`;
const quiz = (head: string, ...questions: string[]) =>
	`title: Test quiz\n${head}questions:\n${questions.join('')}`;

function built(file: string) {
	const dir = questionsFolder({ 'a/article.md': ARTICLE, 'a/q.yaml': file });
	return getQuiz('a', 'q', dir)!;
}

describe('attempts and spelling in the quiz file', () => {
	it('attempts: 2 by default in practice, the quiz’s, or the question’s own; 1 in a test', () => {
		const practice = built(
			quiz(
				'attempts: 3\n',
				question('own', 'true-false', '    answer: true\n    attempts: 1\n'),
				question('quiz', 'true-false', '    answer: true\n')
			)
		);
		expect(practice.questions.map((q) => [q.id, q.attempts])).toEqual([
			['own', 1],
			['quiz', 3]
		]);
		clearContentCache();
		const plain = built(quiz('', question('q', 'true-false', '    answer: true\n')));
		expect(plain.questions[0]!.attempts).toBe(2);
		clearContentCache();
		const test = built(quiz('mode: test\n', question('q', 'true-false', '    answer: true\n')));
		expect(test.questions[0]!.attempts).toBe(1);
	});

	it('a test with more than one try is an error that says how to fix it', () => {
		expect(
			quizProblems(
				quiz(
					'mode: test\nattempts: 2\n',
					question('q', 'true-false', '    answer: true\n    attempts: 3\n')
				)
			)
		).toEqual([
			'a/q.yaml:3:11 attempts: a test has one try per question; remove attempts, or use mode: practice',
			'a/q.yaml:11:15 attempts: a test has one try per question; remove attempts, or use mode: practice'
		]);
	});

	it('attempts must be a whole number from 1 to 10; spelling forgiving or exact', () => {
		const problems = quizProblems(
			quiz(
				'attempts: 0\nspelling: loose\n',
				question('q', 'short-answer', '    answers: [Alaska]\n    attempts: 1.5\n')
			)
		);
		expect(problems).toHaveLength(3);
		expect(problems[0]).toMatch(/^a\/q\.yaml:2:11 attempts must be a whole number from 1 to 10/);
		expect(problems[1]).toMatch(/^a\/q\.yaml:3:11 .*'forgiving', 'exact'/);
		expect(problems[2]).toMatch(/^a\/q\.yaml:11:15 attempts must be a whole number from 1 to 10/);
	});

	it('spelling reaches the keys of typed answers: the question’s, else the quiz’s; exact with a word bank', () => {
		const data = built(
			quiz(
				'spelling: exact\n',
				question('typed', 'short-answer', '    answers: [Alaska]\n'),
				question('own', 'short-answer', '    answers: [Alaska]\n    spelling: forgiving\n'),
				question('gaps', 'fill-blanks', '    text: "In [[1949]]."\n    spelling: forgiving\n'),
				question('bank', 'fill-blanks', '    text: "In [[1949]]."\n    wordBank: ["1950"]\n')
			)
		);
		const spelling = (id: string) => {
			const key = data.keys![id]!;
			return 'spelling' in key ? key.spelling : null;
		};
		expect(['typed', 'own', 'gaps', 'bank'].map(spelling)).toEqual([
			'exact',
			'forgiving',
			'forgiving',
			'exact'
		]);
	});

	it('spelling is not a key of a question whose answer is not typed', () => {
		expect(
			quizProblems(quiz('', question('q', 'true-false', '    answer: true\n    spelling: exact\n')))
		).toEqual([expect.stringMatching(/^a\/q\.yaml:9:5 unknown key 'spelling'/)]);
	});

	it('explanations, hints and feedback get typographic quotes and dashes at build time', () => {
		const data = built(
			quiz(
				'',
				question(
					'q',
					'single',
					`    hint: Reread the "first" paragraph.\n    choices:\n      - { text: A, correct: true }\n      - { text: B, feedback: "It's not - see ¶1." }\n`
				).replace('explanation: E', `explanation: 'It says "deepening ties" - not talks.'`)
			)
		);
		const key = data.keys!['q']!;
		expect(key.explanation).toEqual([{ text: 'It says “deepening ties” — not talks.' }]);
		expect(data.questions[0]!.hint).toEqual([{ text: 'Reread the “first” paragraph.' }]);
		expect('feedback' in key && key.feedback['b']).toEqual([{ text: 'It’s not — see ¶1.' }]);
	});

	it('a question’s version (which keys saved answers) does not change for a quiz-level setting', () => {
		const before = built(quiz('', question('q', 'true-false', '    answer: true\n')));
		clearContentCache();
		const after = built(
			quiz('attempts: 3\nspelling: exact\n', question('q', 'true-false', '    answer: true\n'))
		);
		expect(after.questions[0]!.version).toBe(before.questions[0]!.version);
		expect(after.version).toBe(before.version);
	});
});
