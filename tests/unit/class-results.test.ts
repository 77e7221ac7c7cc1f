/**
 * The class view's figures (class/class-results.ts, class-table.ts) from files handed in by
 * students who took the tests' class-results quiz in the attempt itself (state/attempt.svelte.ts):
 * each student's points are what the quiz scored for the same answers; per question, % right, the
 * most chosen wrong answer and tries; the flags (another quiz, a changed quiz, a student twice, an
 * unreadable file, an edited score); the evidence counts; sorting; the CSV, parsed back.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { classResults, type PickedFile } from '$lib/class/class-results';
import { classCsv, sortStudents } from '$lib/class/class-table';
import { handedIn, writeHandedIn } from '$lib/class/handed-in';
import { markText } from '$lib/components/class/words';
import { sentenceIndex } from '$lib/question-types/shared/sentence-picking';
import { checkArticle } from '$lib/checker/check-article';
import type { QuestionKey, QuizData } from '$lib/quiz/types';
import { Attempt } from '$lib/state/attempt.svelte';
import { loadedGrading } from './loaded-grading';
import { freshRecord, toSaved } from '$lib/state/saved-attempt';
import { memoryStore } from '$lib/state/storage';
import { scoreQuiz } from '$lib/quiz/scoring';
import { FIXTURE_ARTICLE, fixtureFile } from '../fixtures/content';

const QUIZ = 'class-results';
const quizText = readFileSync(fixtureFile(`${QUIZ}.yaml`), 'utf8');
const check = checkArticle({
	slug: FIXTURE_ARTICLE,
	path: fixtureFile('article.md'),
	text: readFileSync(fixtureFile('article.md'), 'utf8'),
	quizzes: [
		{ path: fixtureFile(`${QUIZ}.yaml`), slug: QUIZ, text: quizText },
		{
			path: fixtureFile('vocabulary.yaml'),
			slug: 'vocabulary',
			text: readFileSync(fixtureFile('vocabulary.yaml'), 'utf8')
		}
	]
});
const [bank, vocabulary] = check.entry!.quizzes as [QuizData, QuizData];
const keys = bank.keys as Record<string, QuestionKey>;
const sentenceIds = new Set(sentenceIndex(check.entry!.article).keys());
const RIGHT_EVIDENCE = (keys['road-critic'] as QuestionKey).evidenceSentences;

/** A student's answers: each question's response, and the road-critic question's Part B. */
interface Answers {
	'vote-margin': string;
	'old-service': boolean;
	'ferry-reasons': string[];
	'road-critic': string;
	evidence: string[];
}

const choice = (id: keyof typeof keys, n: number): string => {
	const view = bank.questions.find((q) => q.id === id)!;
	return 'choices' in view ? view.choices[n]!.id : '';
};
const ALL_RIGHT: Answers = {
	'vote-margin': choice('vote-margin', 0),
	'old-service': true,
	'ferry-reasons': [choice('ferry-reasons', 0), choice('ferry-reasons', 1)],
	'road-critic': choice('road-critic', 0),
	evidence: RIGHT_EVIDENCE
};

/** A student takes the test in the attempt (a test: keys come after Submit) and submits. */
async function takeQuiz(answers: Answers, attempt?: Attempt): Promise<Attempt> {
	const taking =
		attempt ??
		new Attempt({
			grading: loadedGrading,
			quiz: { ...bank, keys: null },
			store: memoryStore(),
			persistent: true,
			fetchKeys: async () => keys,
			sentenceIds
		});
	if (!attempt) taking.load();
	taking.setResponse('vote-margin', answers['vote-margin']);
	taking.setResponse('old-service', answers['old-service']);
	taking.setResponse('ferry-reasons', answers['ferry-reasons']);
	taking.setResponse('road-critic', answers['road-critic']);
	taking.setEvidence('road-critic', answers.evidence);
	await taking.submit();
	return taking;
}

const fileOf = (name: string, attempt: Attempt, student: string, at = Date.now()): PickedFile => ({
	name,
	text: writeHandedIn(handedIn(attempt.quiz, attempt.toSaved(), student, at))
});

const ana = await takeQuiz(ALL_RIGHT);
const ben = await takeQuiz({
	...ALL_RIGHT,
	'vote-margin': choice('vote-margin', 1),
	'ferry-reasons': [choice('ferry-reasons', 0)],
	evidence: ['1.1']
});
// Cai retakes: first all wrong, then (a recorded retake, the last counting) Part A right
const cai = await takeQuiz({
	'vote-margin': choice('vote-margin', 1),
	'old-service': false,
	'ferry-reasons': [choice('ferry-reasons', 2)],
	'road-critic': choice('road-critic', 1),
	evidence: ['1.1']
});
cai.startOver();
await takeQuiz({ ...ALL_RIGHT, 'vote-margin': choice('vote-margin', 1), evidence: ['1.1'] }, cai);

const files = [
	fileOf('ana.json', ana, 'Ana'),
	fileOf('ben.json', ben, 'Ben'),
	fileOf('cai.json', cai, 'Cai')
];
const results = classResults(files, bank, keys, sentenceIds);
const row = (name: string) => results.students.find((student) => student.student === name)!;

describe('classResults: each student scored again', () => {
	it('gives each student the points the quiz itself gave the same answers', () => {
		expect(results.students.map((s) => s.student)).toEqual(['Ana', 'Ben', 'Cai']);
		for (const [name, attempt] of [
			['Ana', ana],
			['Ben', ben],
			['Cai', cai]
		] as const) {
			expect(row(name).score.shown, name).toEqual(attempt.score!.shown);
			expect(row(name).score.percent).toBe(attempt.test!.ofRecord!.percent);
			expect(row(name).score.passed).toBe(attempt.test!.ofRecord!.passed);
			expect(row(name).marks, name).toEqual([]);
		}
		expect(row('Ana').score.percent).toBe(100);
		expect(row('Cai').attempts).toBe(2);
		expect(row('Ana').attempts).toBe(1);
	});

	it('gives per question % right, the most chosen wrong answer and tries', () => {
		const vote = results.questions.find((q) => q.id === 'vote-margin')!;
		expect(vote).toMatchObject({ number: 1, asked: 3, right: 1, percentRight: 33.3 });
		// lettered as the quiz is written (the teacher's key), whatever each student's shuffle showed
		expect(vote.commonWrong).toEqual({ answer: 'B. by order of the state', count: 2 });
		expect(vote.averageTries).toBe(1);
		const reasons = results.questions.find((q) => q.id === 'ferry-reasons')!;
		expect(reasons).toMatchObject({ right: 2, percentRight: 66.7 });
		expect(results.questions.find((q) => q.id === 'old-service')!.commonWrong).toBeNull();
	});

	it('counts the students who selected each sentence as evidence', () => {
		expect(results.evidence['1.1']).toBe(2);
		for (const id of RIGHT_EVIDENCE) expect(results.evidence[id]).toBe(1);
	});
});

describe('classResults: flags', () => {
	it('skips and names an unreadable file and one of another quiz; loads the rest', () => {
		const vocabularyFile: PickedFile = {
			name: 'vocab.json',
			text: writeHandedIn(
				handedIn(vocabulary, { ...ana.toSaved(), quizVersion: vocabulary.version }, 'Dee', 1)
			)
		};
		const broken: PickedFile = { name: 'broken.json', text: '{"app": "close-reader", ' };
		const loaded = classResults([...files, broken, vocabularyFile], bank, keys, sentenceIds);
		expect(loaded.students).toHaveLength(3);
		expect(loaded.skipped).toEqual([
			{ type: 'unreadable', file: 'broken.json', refusal: { type: 'not-json' } },
			{
				type: 'other-quiz',
				file: 'vocab.json',
				article: FIXTURE_ARTICLE,
				quiz: 'vocabulary',
				title: vocabulary.title
			}
		]);
	});

	it('an edited file: the stored score is not believed, the answers are scored', () => {
		const edited = JSON.parse(files[1]!.text) as {
			attempt: { submissions: { earned: number; percent: number }[] };
		};
		for (const submission of edited.attempt.submissions) {
			submission.earned = 5;
			submission.percent = 100;
		}
		const loaded = classResults([{ name: 'ben.json', text: JSON.stringify(edited) }], bank, keys);
		const [benEdited] = loaded.students;
		expect(benEdited!.score.shown).toEqual(ben.score!.shown);
		expect(benEdited!.marks).toEqual([
			{
				type: 'score-differs',
				edits: [{ attempt: 1, claimed: 5, rescored: ben.score!.earned, counts: true }]
			}
		]);
	});

	it('the same student twice: the later file kept, the earlier named', () => {
		const early = fileOf('cai-monday.json', ana, 'cai ', 1);
		const loaded = classResults([early, files[2]!], bank, keys, sentenceIds);
		expect(loaded.students).toHaveLength(1);
		expect(loaded.students[0]).toMatchObject({ student: 'Cai', file: 'cai.json' });
		expect(loaded.students[0]!.marks).toEqual([
			{ type: 'earlier-files', files: ['cai-monday.json'] }
		]);
	});

	it('a changed quiz: scored against the current key, marked', () => {
		const changed = { ...bank, fileHash: 'another' };
		const loaded = classResults(files, changed, keys, sentenceIds);
		expect(row('Ana').score.shown).toEqual(loaded.students[0]!.score.shown);
		expect(loaded.students[0]!.marks).toEqual([{ type: 'changed-quiz', dropped: 0 }]);
	});

	it('a changed question: its answer is not counted, the others are, and it stays submitted', () => {
		const changed = {
			...bank,
			fileHash: 'another',
			questions: bank.questions.map((q) => (q.id === 'vote-margin' ? { ...q, version: 'new' } : q))
		};
		const [one] = classResults([files[0]!], changed, keys, sentenceIds).students;
		expect(one!.marks).toEqual([{ type: 'changed-quiz', dropped: 1 }]);
		expect(one!.cells['vote-margin']).toMatchObject({ points: 0, answered: false });
		expect(one!.score.shown.earned).toBe(4);
		expect(one!.submittedAt).toBe(ana.submittedAt);
		expect(one!.attempts).toBe(1);
	});
});

describe('classResults: the score of record, as the quiz picks it', () => {
	/** The quiz with two recorded retakes, `grade` choosing among them. */
	const withRetakes = (grade: 'first' | 'best' | 'last'): QuizData => ({
		...bank,
		testRules: { retakes: 2, grade, review: 'answers' }
	});
	const WRONG: Answers = {
		'vote-margin': choice('vote-margin', 1),
		'old-service': false,
		'ferry-reasons': [choice('ferry-reasons', 2)],
		'road-critic': choice('road-critic', 1),
		evidence: ['1.1']
	};
	const SOME_RIGHT: Answers = {
		...ALL_RIGHT,
		'vote-margin': WRONG['vote-margin'],
		'ferry-reasons': WRONG['ferry-reasons']
	};

	/** Three recorded submissions (some right, all right, all wrong), then a practice retake all right. */
	async function retaken(quiz: QuizData): Promise<Attempt> {
		const attempt = new Attempt({
			grading: loadedGrading,
			quiz: { ...quiz, keys: null },
			store: memoryStore(),
			persistent: true,
			fetchKeys: async () => keys,
			sentenceIds
		});
		attempt.load();
		await takeQuiz(SOME_RIGHT, attempt);
		for (const answers of [ALL_RIGHT, WRONG, ALL_RIGHT]) {
			attempt.startOver();
			await takeQuiz(answers, attempt);
		}
		return attempt;
	}

	it.each([
		['first', 3],
		['best', 5],
		['last', 0]
	] as const)(
		'grade: %s gives the row the points of the submission that counts (%i)',
		async (grade, points) => {
			const quiz = withRetakes(grade);
			const attempt = await retaken(quiz);
			expect(attempt.test!.submissions.map((s) => s.recorded)).toEqual([true, true, true, false]);
			const [one] = classResults(
				[fileOf('eve.json', attempt, 'Eve')],
				quiz,
				keys,
				sentenceIds
			).students;
			// what the quiz itself showed as the score of record
			expect(one!.score.earned).toBe(attempt.test!.ofRecord!.earned);
			expect(one!.score.percent).toBe(attempt.test!.ofRecord!.percent);
			expect(one!.score.shown.earned).toBe(points);
			expect(one!.submittedAt).toBe(Date.parse(attempt.test!.ofRecord!.at));
			// each cell is that submission's: the vote is right only in the all-right one
			expect(one!.cells['vote-margin']!.points).toBe(grade === 'best' ? 1 : 0);
			expect(one!.attempts).toBe(4);
			expect(one!.marks).toEqual([]);
		}
	);

	it('an edited file: a submission’s stored score raised, the answers decide', async () => {
		const quiz = withRetakes('first');
		const file = JSON.parse(fileOf('eve.json', await retaken(quiz), 'Eve').text) as {
			attempt: { submissions: { earned: number; percent: number; recorded: boolean }[] };
		};
		const [first, , , practice] = file.attempt.submissions;
		Object.assign(first!, { earned: 5, percent: 100 });
		// and the practice retake called recorded: the quiz's rule decides, not the file
		practice!.recorded = true;
		const text = JSON.stringify(file);
		const [one] = classResults([{ name: 'eve.json', text }], quiz, keys, sentenceIds).students;
		expect(one!.score.shown.earned).toBe(3);
		expect(one!.marks).toEqual([
			{ type: 'score-differs', edits: [{ attempt: 1, claimed: 5, rescored: 3, counts: true }] }
		]);
	});

	it('an edited earlier submission, not the one that counts, is flagged with its attempt', async () => {
		// grade: last, so the third (all wrong) counts; the second (all right) and the practice
		// retake are raised by hand, the one that counts is left as it was
		const quiz = withRetakes('last');
		const file = JSON.parse(fileOf('eve.json', await retaken(quiz), 'Eve').text) as {
			attempt: { submissions: { earned: number; percent: number }[] };
		};
		const [first, second, , practice] = file.attempt.submissions;
		Object.assign(first!, { earned: 4, percent: 80 });
		Object.assign(practice!, { earned: 5.5 });
		const text = JSON.stringify(file);
		const [one] = classResults([{ name: 'eve.json', text }], quiz, keys, sentenceIds).students;
		expect(second!.earned).toBe(5);
		expect(one!.score.shown.earned).toBe(0);
		expect(one!.marks).toEqual([
			{
				type: 'score-differs',
				edits: [
					{ attempt: 1, claimed: 4, rescored: 3, counts: false },
					{ attempt: 4, claimed: 5.5, rescored: 5, counts: false }
				]
			}
		]);
		expect(markText(one!.marks[0]!)).toBe(
			'Attempt 1: the file says 4 points; its answers earn 3. Attempt 4: the file says 5.5 points; its answers earn 5. The file may have been edited.'
		);
	});

	it('a file from before submissions kept their answers: the present answers, the rest named', async () => {
		const quiz = withRetakes('first');
		const file = JSON.parse(fileOf('eve.json', await retaken(quiz), 'Eve').text) as {
			attempt: { submissions: { answers?: unknown }[] };
		};
		for (const submission of file.attempt.submissions) delete submission.answers;
		const text = JSON.stringify(file);
		const [one] = classResults([{ name: 'eve.json', text }], quiz, keys, sentenceIds).students;
		// no recorded submission can be scored: the present answers (the practice retake) are the
		// only ones the file has, and the row says why
		expect(one!.marks).toEqual([{ type: 'unscored-submissions', count: 3 }]);
		expect(one!.score.shown.earned).toBe(5);
		expect(one!.attempts).toBe(4);
	});
});

describe('classResults: practice mode', () => {
	// the same questions as a practice quiz of two tries each
	const practice: QuizData = {
		...bank,
		mode: 'practice',
		testRules: undefined,
		questions: bank.questions.map((view) => ({ ...view, attempts: 2 }))
	};
	const fileWith = (best: number): PickedFile => {
		const record = freshRecord(practice, 3);
		record.answers['vote-margin'] = { type: 'single', response: ALL_RIGHT['vote-margin'] };
		record.progress['vote-margin'] = { phase: 'revealed', used: 2, best };
		const saved = toSaved({ ...record, submitted: true, submittedAt: 5_000 }, practice, 5_000);
		return { name: 'p.json', text: writeHandedIn(handedIn(practice, saved, 'Pat', 6_000)) };
	};

	it('a question right on its second try earns what the quiz gave it: half', () => {
		const [pat] = classResults([fileWith(0.5)], practice, keys).students;
		const own = scoreQuiz(
			practice,
			keys,
			{ 'vote-margin': { type: 'single', response: ALL_RIGHT['vote-margin'] } },
			{
				'vote-margin': { used: 2, best: 0.5 }
			}
		);
		expect(pat!.cells['vote-margin']).toMatchObject({ points: 0.5, tries: 2, verdict: 'correct' });
		expect(pat!.score.shown).toEqual(own.shown);
		expect(pat!.marks).toEqual([]);
	});

	it('a try’s credit raised by hand is not believed', () => {
		const [pat] = classResults([fileWith(1)], practice, keys).students;
		expect(pat!.cells['vote-margin']!.points).toBe(0.5);
		expect(pat!.marks).toEqual([
			{ type: 'score-differs', edits: [{ attempt: null, claimed: 1, rescored: 0.5, counts: true }] }
		]);
		expect(markText(pat!.marks[0]!)).toBe(
			'The file says 1 point; its answers earn 0.5 (shown). The file may have been edited.'
		);
	});
});

describe('sortStudents and classCsv', () => {
	it('sorts by a column either way, the equal keeping name order', () => {
		const byPoints = sortStudents(results.students, { type: 'points' }, 'descending');
		const points = byPoints.map((s) => s.score.shown.earned);
		expect(points).toEqual([...points].sort((a, b) => b - a));
		expect(byPoints[0]!.student).toBe('Ana');
		const ascending = sortStudents(results.students, { type: 'points' }, 'ascending');
		expect(ascending.map((s) => s.student)).toEqual(byPoints.map((s) => s.student).reverse());
		const byName = sortStudents(results.students, { type: 'name' }, 'descending');
		expect(byName.map((s) => s.student)).toEqual(['Cai', 'Ben', 'Ana']);
		const byVote = sortStudents(
			results.students,
			{ type: 'question', id: 'vote-margin' },
			'descending'
		);
		expect(byVote[0]!.student).toBe('Ana');
	});

	it('writes one row per student with the gradebook columns, which papaparse reads back', () => {
		const csv = classCsv(results.students, bank);
		const parsed = Papa.parse<Record<string, string>>(csv, { header: true });
		expect(parsed.errors).toEqual([]);
		expect(parsed.meta.fields).toEqual([
			'Name',
			'Points',
			'Max',
			'Percent',
			'Passed',
			'Attempts',
			'Submitted at',
			'Q1',
			'Q2',
			'Q3',
			'Q4'
		]);
		expect(parsed.data).toHaveLength(3);
		for (const line of parsed.data) {
			const student = row(line.Name!);
			expect(Number(line.Points)).toBe(student.score.shown.earned);
			expect(Number(line.Max)).toBe(5);
			expect(Number(line.Percent)).toBe(student.score.percent);
			expect(line.Passed).toBe(student.score.passed ? 'yes' : 'no');
			expect(Number(line.Attempts)).toBe(student.attempts);
			expect(Date.parse(line['Submitted at']!)).toBe(student.submittedAt);
			expect(Number(line.Q1)).toBe(student.cells['vote-margin']!.points);
		}
	});

	it('keeps a name that looks like a formula from running in a spreadsheet', () => {
		const evil = classResults([fileOf('x.json', ana, '=HYPERLINK("http://x")')], bank, keys);
		const csv = classCsv(evil.students, bank);
		const [line] = Papa.parse<Record<string, string>>(csv, { header: true }).data;
		expect(line!.Name).toBe(`'=HYPERLINK("http://x")`);
	});
});
