/**
 * A class's results from the files its students handed in (handed-in.ts), for the teacher's class
 * view: each file read, checked to be of this quiz, and scored again with the quiz's key by the
 * quiz's own scoring (quiz/scoring.ts), so a student's points here are what the same answers score
 * in the quiz; a file's own figures are never used, only compared. In a test, the answers of the
 * submission of record count, picked as the quiz picks it (counting-answers.ts). One row per student
 * (the latest file kept when a student handed in twice), each question's figures, and the flags.
 * Pure.
 */
import { sentenceText } from '../quiz/kit/sentence-ids.ts';
import { answerText } from '../quiz/grading.ts';
import { isAnswered } from '../quiz/questions.ts';
import type { QuizScore } from '../quiz/scoring.ts';
import { percentOf, roundTenth } from '../quiz/points.ts';
import type { Answer, QuestionKey, QuizData } from '../quiz/types.ts';
import { fromSaved, readSavedAttempt } from '../state/saved-attempt.ts';
import { selectedSentences } from '../state/selecting.ts';
import { field, parseObject } from '../quiz/kit/untrusted.ts';
import { countingAnswers, type ScoreEdit } from './counting-answers.ts';
import { readHandedIn, type ReadHandedIn, type Refusal } from './handed-in.ts';

/** A file as the teacher picked it: its name and its text. */
export interface PickedFile {
	name: string;
	text: string;
}

/** Something to know about a student's row. */
export type StudentMark =
	/** the file is from another version of the quiz: scored against this one's key */
	| { type: 'changed-quiz'; dropped: number }
	/** scores the file stores that its answers do not earn (an edited file), each with its attempt */
	| { type: 'score-differs'; edits: ScoreEdit[] }
	/** handed in before submitting */
	| { type: 'not-submitted' }
	/** recorded submissions the file keeps no answers of (an older file): not scored, not counted */
	| { type: 'unscored-submissions'; count: number }
	/** answers that did not fit their question (edited or broken), scored as unanswered */
	| { type: 'unreadable-answers'; count: number }
	/** the student handed in more than once: these earlier files were set aside */
	| { type: 'earlier-files'; files: string[] };

/** One question of one student's draw. */
export interface StudentCell {
	/** the points shown (apportioned so that a row's cells add up to its total) */
	points: number;
	possible: number;
	verdict: 'correct' | 'partial' | 'incorrect';
	answered: boolean;
	/** the answer in words ('' when unanswered) */
	answer: string;
	/** tries used: practice mode's checks, and the submission of an unchecked answer */
	tries: number;
}

export interface StudentResult {
	student: string;
	file: string;
	handedInAt: string;
	/** when the answers that count were submitted (ms), or null */
	submittedAt: number | null;
	/** in a test, the score of record, as the quiz picks it; else the answers as they stand */
	score: QuizScore;
	/** per question of the bank: null when this student's draw has not got it */
	cells: Record<string, StudentCell | null>;
	/** submissions made (a test's retakes included, practice retakes too) */
	attempts: number;
	/** the sentences selected as answers or as evidence */
	sentences: string[];
	marks: StudentMark[];
}

/** A file that gives no row. */
export type SkippedFile =
	| { type: 'unreadable'; file: string; refusal: Refusal }
	| { type: 'other-quiz'; file: string; article: string; quiz: string; title: string };

export interface QuestionFigures {
	id: string;
	/** its number in the bank's order */
	number: number;
	/** students whose draw has it */
	asked: number;
	/** of them, fully right */
	right: number;
	/** 0..100, of those asked */
	percentRight: number;
	/** the wrong answer given most (the first of equals), and by how many */
	commonWrong: { answer: string; count: number } | null;
	/** the mean of the tries of those asked, one decimal; null when none was */
	averageTries: number | null;
}

export interface ClassResults {
	/** one per student, in name order */
	students: StudentResult[];
	questions: QuestionFigures[];
	skipped: SkippedFile[];
	/** sentence id → how many students selected it */
	evidence: Record<string, number>;
}

/** A name as two files of one student may spell it: trimmed, spaces folded, any case. */
const sameName = (name: string): string =>
	name.normalize('NFKC').replace(/\s+/g, ' ').toLowerCase();

/**
 * When the file's attempt was submitted (ms), as it says, or null: a changed quiz un-submits an
 * attempt when it is read (saved-attempt.ts), but the student did submit it.
 */
function submittedAtOf(attempt: string): number | null {
	const saved = parseObject(attempt);
	if (!saved || field(saved, 'submitted') !== true) return null;
	const at = field(saved, 'submittedAt') ?? field(saved, 'updatedAt');
	return typeof at === 'number' && Number.isFinite(at) && at > 0 ? at : null;
}

/** One file of this quiz, scored. */
function scoreFile(
	file: ReadHandedIn,
	name: string,
	bank: QuizData,
	keys: Record<string, QuestionKey>,
	sentenceIds: ReadonlySet<string> | undefined,
	sentenceWords: (id: string) => string
): StudentResult | null {
	const restored = readSavedAttempt(file.attempt, bank, sentenceIds);
	if (!restored.progress) return null;
	const record = fromSaved(restored.progress, bank);
	const counting = countingAnswers(bank, keys, record, submittedAtOf(file.attempt));
	const { quiz, score, answers, progress: tries, submittedAt } = counting;
	const marks: StudentMark[] = [];
	const changed = bank.fileHash !== undefined && file.quizHash !== bank.fileHash;
	if (changed) marks.push({ type: 'changed-quiz', dropped: restored.dropped.length });
	// another version of the quiz may score the same answers otherwise: no sign of an edit
	if (!changed && counting.edits.length > 0)
		marks.push({ type: 'score-differs', edits: counting.edits });
	if (submittedAt === null) marks.push({ type: 'not-submitted' });
	if (counting.unscored > 0) marks.push({ type: 'unscored-submissions', count: counting.unscored });
	if (restored.invalid.length > 0)
		marks.push({ type: 'unreadable-answers', count: restored.invalid.length });
	const cells: Record<string, StudentCell | null> = {};
	const sentences = new Set<string>();
	for (const view of bank.questions) cells[view.id] = null;
	for (const view of quiz.questions) {
		const answer: Answer | undefined = answers[view.id];
		const question = score.byQuestion[view.id];
		const progress = tries[view.id];
		const answered = isAnswered(view, answer);
		const unchecked = answered && progress?.phase !== 'revealed' ? 1 : 0;
		cells[view.id] = {
			points: score.shown.byQuestion[view.id] ?? 0,
			possible: view.points,
			verdict: question?.verdict ?? 'incorrect',
			answered,
			// lettered as the quiz is written (the teacher's key), not as each student's shuffle showed them
			answer: answerText(view, answer, { order: [], sentence: sentenceWords }),
			tries: (progress?.used ?? 0) + unchecked
		};
		for (const part of ['response', 'evidence'] as const)
			for (const id of selectedSentences(view, answer, part)) sentences.add(id);
	}
	return {
		student: file.student,
		file: name,
		handedInAt: file.handedInAt,
		submittedAt,
		score,
		cells,
		attempts: counting.attempts,
		sentences: [...sentences],
		marks
	};
}

/** Which of two results of one student is the later (submitted, then handed in). */
const later = (a: StudentResult, b: StudentResult): StudentResult =>
	(b.submittedAt ?? 0) > (a.submittedAt ?? 0) ||
	((b.submittedAt ?? 0) === (a.submittedAt ?? 0) && b.handedInAt > a.handedInAt)
		? b
		: a;

/** The figures of each question of the bank. */
function questionFigures(bank: QuizData, students: readonly StudentResult[]): QuestionFigures[] {
	return bank.questions.map((view, index) => {
		const cells = students.flatMap((student) => student.cells[view.id] ?? []);
		const right = cells.filter((cell) => cell.verdict === 'correct').length;
		const wrong = new Map<string, number>();
		for (const cell of cells)
			if (cell.verdict !== 'correct' && cell.answer !== '')
				wrong.set(cell.answer, (wrong.get(cell.answer) ?? 0) + 1);
		let commonWrong: QuestionFigures['commonWrong'] = null;
		for (const [answer, count] of wrong)
			if (!commonWrong || count > commonWrong.count) commonWrong = { answer, count };
		const tries = cells.reduce((sum, cell) => sum + cell.tries, 0);
		return {
			id: view.id,
			number: index + 1,
			asked: cells.length,
			right,
			percentRight: percentOf(right, cells.length),
			commonWrong,
			averageTries: cells.length > 0 ? roundTenth(tries / cells.length) : null
		};
	});
}

/**
 * The class's results for `bank` (the quiz as built, with `keys`) from the files picked: each read,
 * skipped with its reason when it is unreadable or of another quiz, scored again otherwise.
 * `sentenceIds`: the article's, to check sentence answers against; `sentenceWords`: a selected
 * sentence in words for the table (by default its place, "¶12, sentence 3").
 */
export function classResults(
	files: readonly PickedFile[],
	bank: QuizData,
	keys: Record<string, QuestionKey>,
	sentenceIds?: ReadonlySet<string>,
	sentenceWords: (id: string) => string = sentenceText
): ClassResults {
	const skipped: SkippedFile[] = [];
	const byStudent = new Map<string, StudentResult[]>();
	for (const { name, text } of files) {
		const read = readHandedIn(text);
		if (read.type === 'refused') {
			skipped.push({ type: 'unreadable', file: name, refusal: read.refusal });
			continue;
		}
		const { article, quiz, quizTitle } = read.file;
		if (article !== bank.article || quiz !== bank.slug) {
			skipped.push({ type: 'other-quiz', file: name, article, quiz, title: quizTitle });
			continue;
		}
		const result = scoreFile(read.file, name, bank, keys, sentenceIds, sentenceWords);
		if (!result) {
			skipped.push({
				type: 'unreadable',
				file: name,
				refusal: { type: 'malformed', field: 'attempt' }
			});
			continue;
		}
		const known = sameName(result.student);
		byStudent.set(known, [...(byStudent.get(known) ?? []), result]);
	}
	const students = [...byStudent.values()].map((results) => {
		const kept = results.reduce(later);
		const earlier = results.filter((result) => result !== kept).map((result) => result.file);
		return earlier.length === 0
			? kept
			: { ...kept, marks: [...kept.marks, { type: 'earlier-files' as const, files: earlier }] };
	});
	students.sort((a, b) => a.student.localeCompare(b.student));
	const evidence: Record<string, number> = {};
	for (const student of students)
		for (const id of student.sentences) evidence[id] = (evidence[id] ?? 0) + 1;
	return { students, questions: questionFigures(bank, students), skipped, evidence };
}
