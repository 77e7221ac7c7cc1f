// @vitest-environment node
/** The checker's words on a quiz's `pick` and its questions' `group`, at the line and column to fix. */
import { afterEach, describe, expect, it } from 'vitest';
import { clearContentCache, getQuiz } from '$lib/server/content-source';
import { ARTICLE, questionsFolder, quizProblems, removeFolders } from './content-fixtures';

afterEach(() => {
	removeFolders();
	clearContentCache();
});

/** A true-false question, in `group` when given; its quote occurs once in ARTICLE. */
const question = (id: string, group?: string) =>
	`  - id: ${id}\n    type: true-false\n    prompt: P\n    explanation: E\n    evidence: "deepening ties with China"\n    answer: true\n` +
	(group === undefined ? '' : `    group: ${group}\n`);
const quiz = (head: string, ...questions: string[]) =>
	`title: Pool\n${head}questions:\n${questions.join('')}`;

describe('pick and group in the quiz file', () => {
	it('pick larger than the quiz is an error at pick, with the counts', () => {
		expect(quizProblems(quiz('pick: 12\n', question('a'), question('b')))).toEqual([
			'a/q.yaml:2:7 pick: 12, but the quiz has 2 questions: write a number up to 2, or add questions'
		]);
	});

	it('pick of 0, or of a fraction, says what pick is and how to show every question', () => {
		const message =
			'pick: must be a whole number, 1 or more: how many questions each student gets; to give every student every question, remove pick';
		expect(quizProblems(quiz('pick: 0\n', question('a')))).toEqual([`a/q.yaml:2:7 ${message}`]);
		expect(quizProblems(quiz('pick: 1.5\n', question('a')))).toEqual([`a/q.yaml:2:7 ${message}`]);
		expect(quizProblems(quiz('pick: {a: 0}\n', question('x', 'a')))).toEqual([
			'a/q.yaml:2:11 a: must be a whole number, 1 or more: how many questions of this group each student gets'
		]);
	});

	it('pick that is neither a number nor one per group', () => {
		expect(quizProblems(quiz('pick: all\n', question('a')))).toEqual([
			"a/q.yaml:2:7 pick: expected a number or a mapping (key: value lines), not text ('all')"
		]);
	});

	it('a group no question has is an error at its name, with the closest group', () => {
		expect(
			quizProblems(
				quiz(
					'pick:\n  vocab: 1\n  evidence: 1\n',
					question('a', 'vocabulary'),
					question('b', 'evidence')
				)
			)
		).toEqual(["a/q.yaml:3:3 pick: no question has group 'vocab' — did you mean 'vocabulary'?"]);
		expect(quizProblems(quiz('pick: { people: 1 }\n', question('a', 'words')))).toEqual([
			"a/q.yaml:2:9 pick: no question has group 'people' — the groups are 'words'",
			"a/q.yaml:10:12 warning: group 'words' is not in pick, so every student gets its question; to draw from it, add words: N to pick"
		]);
		expect(quizProblems(quiz('pick: { people: 1 }\n', question('a')))).toEqual([
			"a/q.yaml:2:9 pick: no question has group 'people' — give questions a group: group: people"
		]);
	});

	it('a group’s pick larger than the group is an error at its number', () => {
		expect(
			quizProblems(quiz('pick: { evidence: 3 }\n', question('a', 'evidence'), question('b')))
		).toEqual([
			"a/q.yaml:2:19 pick: evidence: 3, but group 'evidence' has 1 question: write a number up to 1, or add questions to the group"
		]);
	});

	it('an empty map names the file’s groups in its example', () => {
		expect(
			quizProblems(quiz('pick: {}\n', question('a', 'words'), question('b', 'people')))
		).toEqual([
			'a/q.yaml:2:7 pick: name each group and how many of its questions each student gets: pick: { words: 1, people: 1 }'
		]);
	});

	it('group under a plain pick: a warning that the draw ignores groups (the quiz still builds)', () => {
		const file = quiz('pick: 1\n', question('a', 'words'), question('b', 'people'));
		expect(quizProblems(file)).toEqual([
			"a/q.yaml:2:7 warning: pick: 1 draws from the whole quiz, whatever each question's group; to draw from each group, write how many of each: pick: { words: 1, people: 1 }"
		]);
		const dir = questionsFolder({ 'a/article.md': ARTICLE, 'a/q.yaml': file });
		expect(getQuiz('a', 'q', dir)?.pick).toBe(1);
	});

	it('a group the map leaves out: a warning that all of it is shown', () => {
		expect(
			quizProblems(
				quiz(
					'pick: { words: 1 }\n',
					question('a', 'words'),
					question('b', 'words'),
					question('c', 'people'),
					question('d', 'people')
				)
			)
		).toEqual([
			"a/q.yaml:24:12 warning: group 'people' is not in pick, so every student gets all 2 of its questions; to draw from it, add people: N to pick"
		]);
	});

	it('an empty group is an error at it', () => {
		expect(quizProblems(quiz('', question('a', "''")))).toEqual([
			'a/q.yaml:9:12 group must not be empty'
		]);
	});
});

describe('a quiz with pick, as built', () => {
	it('keeps the whole bank, each question’s group, and says what a student gets', () => {
		const dir = questionsFolder({
			'a/article.md': ARTICLE,
			'a/q.yaml': quiz(
				'pick: { words: 1 }\n',
				question('a', 'words'),
				question('b', 'words'),
				question('c')
			)
		});
		const built = getQuiz('a', 'q', dir)!;
		expect(built.pick).toEqual({ words: 1 });
		expect(built.questions.map((q) => [q.id, q.group])).toEqual([
			['a', 'words'],
			['b', 'words'],
			['c', undefined]
		]);
		expect(built.questionCount).toBe(2);
		expect(built.points).toBe(2);
		expect(built.pool).toEqual({ questions: 3, fewestPoints: 2 });
	});

	it('a question’s group is not part of its version: grouping keeps saved answers', () => {
		const version = (group?: string) => {
			clearContentCache();
			const dir = questionsFolder({
				'a/article.md': ARTICLE,
				'a/q.yaml': quiz('', question('a', group))
			});
			return getQuiz('a', 'q', dir)!.questions[0]!.version;
		};
		expect(version('words')).toBe(version());
	});
});
