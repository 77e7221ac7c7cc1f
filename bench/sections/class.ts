/**
 * The teacher's class view (issue #24): 200 handed-in results files read, checked, scored again
 * with the key and tabulated (src/lib/class/: `classResults`, then the table sorted and its CSV),
 * as the browser does once it has the files' text, beside the floor of only parsing their JSON.
 * The students' answers are seeded and random; the quiz is the tests' class-results quiz, built as
 * the site builds it. Goal: a 200-file load within 2 s.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { classResults, type PickedFile } from '../../src/lib/class/class-results.ts';
import { classCsv, sortStudents } from '../../src/lib/class/class-table.ts';
import { handedIn, writeHandedIn } from '../../src/lib/class/handed-in.ts';
import { drawnQuiz } from '../../src/lib/quiz/pool.ts';
import { scoreQuiz } from '../../src/lib/quiz/scoring.ts';
import type { Answer, QuestionKey, QuestionView, QuizData } from '../../src/lib/quiz/types.ts';
import { checkArticle } from '../../src/lib/checker/check-article.ts';
import { freshRecord, toSaved } from '../../src/lib/state/saved-attempt.ts';
import { submissionTime } from '../../src/lib/state/submissions.ts';
import { median } from '../lib/process.ts';
import { pick, seeded, type Random } from '../lib/generate.ts';
import { ms, verdict, type Table } from '../lib/report.ts';
import type { Context } from '../context.ts';

const FILES = 200;
const GOAL_MS = 2000;
const FOLDER = 'tests/fixtures/content/kettle-bay-ferry';

/** A random answer to one of the quiz's questions (its types: choices, true or false). */
function randomAnswer(view: QuestionView, random: Random): Answer {
	const ids = 'choices' in view ? view.choices.map((choice) => choice.id) : [];
	const evidence = random() < 0.5 ? ['11.2'] : [`${1 + Math.floor(random() * 10)}.1`];
	switch (view.type) {
		case 'single':
			return { type: view.type, response: pick(random, ids), evidence };
		case 'multiple':
			return { type: view.type, response: ids.filter(() => random() < 0.5), evidence };
		case 'true-false':
			return { type: view.type, response: random() < 0.7, evidence };
		default:
			throw new Error(`the bench's quiz has no ${view.type} question`);
	}
}

/** The files of `count` students, each submitted once and scored as the page scores it. */
function classFiles(
	bank: QuizData,
	keys: Record<string, QuestionKey>,
	count: number
): PickedFile[] {
	const random = seeded(24);
	return Array.from({ length: count }, (_, i) => {
		const record = freshRecord(bank, Math.floor(random() * 2 ** 32));
		const quiz = drawnQuiz(bank, record.seed);
		for (const view of quiz.questions) record.answers[view.id] = randomAnswer(view, random);
		const at = Date.UTC(2026, 11, 7, 9) + i * 60_000;
		const score = scoreQuiz(quiz, keys, record.answers);
		const { earned, possible, percent, passed } = score;
		const submission = {
			earned,
			possible,
			percent,
			passed,
			at: submissionTime(at),
			recorded: true
		};
		const saved = toSaved(
			{ ...record, submitted: true, submittedAt: at, submissions: [submission] },
			quiz,
			at
		);
		const student = `Student ${String(i + 1).padStart(3, '0')}`;
		return {
			name: `${bank.slug}-${student.replace(' ', '-')}-2026-12-07.closereader.json`,
			text: writeHandedIn(handedIn(bank, saved, student, at + 1000))
		};
	});
}

export async function classView(context: Context): Promise<Table[]> {
	const runs = Number(process.env.BENCH_CLASS_RUNS ?? 15);
	const read = (name: string) => readFileSync(`${context.root}/${FOLDER}/${name}`, 'utf8');
	const check = checkArticle({
		slug: 'kettle-bay-ferry',
		path: `${FOLDER}/article.md`,
		text: read('article.md'),
		quizzes: [
			{
				path: `${FOLDER}/class-results.yaml`,
				slug: 'class-results',
				text: read('class-results.yaml')
			}
		]
	});
	const bank = check.entry?.quizzes[0];
	if (!bank?.keys) throw new Error('the class-results quiz did not build');
	const keys = bank.keys;
	const files = classFiles(bank, keys, FILES);
	const bytes = files.reduce((sum, file) => sum + file.text.length, 0);
	context.log(`class: ${FILES} files, ${Math.round(bytes / 1000)} kB; ${runs} runs`);

	const load = () => {
		const results = classResults(files, bank, keys);
		const sorted = sortStudents(results.students, { type: 'points' }, 'descending');
		return { results, csv: classCsv(sorted, bank) };
	};
	const first = load();
	if (first.results.students.length !== FILES || first.results.skipped.length > 0)
		throw new Error(
			`the class view did not read every file: ${first.results.skipped.length} skipped`
		);
	const loads: number[] = [];
	const floors: number[] = [];
	for (let i = 0; i < runs; i++) {
		let start = performance.now();
		for (const file of files) JSON.parse(file.text);
		floors.push(performance.now() - start);
		start = performance.now();
		load();
		loads.push(performance.now() - start);
	}
	const slowest = Math.max(...loads);
	return [
		{
			title: `Class results: ${FILES} handed-in files`,
			intro:
				`The class view's work once the browser has the files' text (src/lib/class/: each file read, ` +
				`checked against the quiz, scored again with the key; the table sorted; the CSV written), in Node, ` +
				`${runs} runs after one warm-up, beside only parsing the same files' JSON. ${FILES} files of the tests' ` +
				`class-results quiz (4 questions), ${Math.round(bytes / 1000)} kB, seeded random answers.`,
			head: ['what', 'median', 'slowest'],
			rows: [
				['read, score, sort and CSV', ms(median(loads)), ms(slowest)],
				['JSON.parse of the files alone', ms(median(floors)), ms(Math.max(...floors))]
			],
			notes: [
				`goal: ${FILES} files within ${ms(GOAL_MS)}, slowest run: ${verdict(slowest < GOAL_MS)}`
			]
		}
	];
}
