/**
 * A test's submissions and what follows from them, under its rules (`retakes`, `grade`, `review`):
 * the first submission is recorded, and so are the next `retakes`; any later one is a practice
 * retake, scored and listed but never the score of record. Which recorded submission counts is
 * `grade`'s choice. The right answers are shown only once no recorded retake remains, and then only
 * when `review` is `answers`. Each submission keeps its answers as submitted (and the draw's seed),
 * so that the teacher's class view can score every submission again, not only the last.
 * Pure: the attempt keeps the list in its record and saves it (saved-attempt.ts, which reads a
 * saved list back with `readSubmissions`).
 */
import type { QuizScore } from '../quiz/scoring.ts';
import type { QuestionView, QuizData, TestRules } from '../quiz/types.ts';
import { field, isObject, isString } from '../quiz/kit/untrusted.ts';
import { isSeed, readSavedQuestions, savedQuestions } from './saved-questions.ts';
import type { AnswersRecord, SavedQuestion } from './saved-questions.ts';

/** A submission's answers as submitted, in their saved form, and the seed of the draw they answer. */
export interface SubmittedAnswers {
	seed: number;
	questions: Record<string, SavedQuestion>;
}

/** One scored submission of a test. */
export interface Submission {
	earned: number;
	possible: number;
	/** 0..100, as the score gave it */
	percent: number;
	/** null when the quiz has no pass mark */
	passed: boolean | null;
	/** when it was submitted (ISO 8601) */
	at: string;
	/** it may be the score of record; false: a practice retake beyond `retakes` */
	recorded: boolean;
	/** the answers submitted (absent from submissions saved before they were kept) */
	answers?: SubmittedAnswers;
}

/** How many recorded submissions a test allows: the first and its `retakes`. */
const recordedAllowed = (rules: TestRules): number => 1 + rules.retakes;

const recordedCount = (submissions: readonly Submission[]): number =>
	submissions.filter((submission) => submission.recorded).length;

/** Whether the next submission is recorded (true) or a practice retake (false). */
export function isNextRecorded(rules: TestRules, submissions: readonly Submission[]): boolean {
	return recordedCount(submissions) < recordedAllowed(rules);
}

/** The score of record: the first, best (the earliest of equals) or last recorded submission. */
export function scoreOfRecord(
	grade: TestRules['grade'],
	submissions: readonly Submission[]
): Submission | null {
	const recorded = submissions.filter((submission) => submission.recorded);
	switch (grade) {
		case 'first':
			return recorded[0] ?? null;
		case 'last':
			return recorded.at(-1) ?? null;
		case 'best':
			return recorded.reduce<Submission | null>(
				(best, next) => (best === null || next.percent > best.percent ? next : best),
				null
			);
	}
}

/** Whether the results may show the right answers and explanations. */
export function answersShown(rules: TestRules, submissions: readonly Submission[]): boolean {
	return rules.review === 'answers' && !isNextRecorded(rules, submissions);
}

/** The time a submission is known by: its ISO 8601 form. */
export const submissionTime = (at: number): string => new Date(at).toISOString();

/** When a new submission is made: now, but always after the last one, which its time tells apart. */
export function submissionClock(submissions: readonly Submission[], now = Date.now()): number {
	const last = submissions.at(-1);
	return last ? Math.max(now, Date.parse(last.at) + 1) : now;
}

/** Where a test stands: what the results and the learning platform report. */
export interface TestStanding {
	rules: TestRules;
	/** every scored submission, oldest first, the present one included once scored */
	submissions: readonly Submission[];
	/** the submission the results are about, once submitted and scored */
	current: Submission | null;
	/** the submission that counts, once there is one */
	ofRecord: Submission | null;
	/** recorded retakes still to come */
	recordedLeft: number;
	answersShown: boolean;
	/** the present submission is scored but not yet in the saved list */
	unsaved: boolean;
}

/** What the standing is made from: the attempt's record (its answers: those of a new submission). */
export interface SubmissionRecord extends AnswersRecord {
	/** the seed of the draw and arrangement */
	seed: number;
	submitted: boolean;
	/** when the quiz was last submitted (ms since the epoch), for the report */
	submittedAt: number | null;
	/** a test's scored submissions, oldest first (kept by Start over) */
	submissions: readonly Submission[];
}

/** A test's rules when its file gives none: the first submission counts; answers shown after it. */
export const FIRST_COUNTS: TestRules = { retakes: 0, grade: 'first', review: 'answers' };

/**
 * Where a test stands (null for a practice quiz). A submitted attempt whose score is known but not
 * yet listed is counted as it will be listed: recorded if a recorded submission remains.
 */
export function testStanding(
	quiz: Pick<QuizData, 'mode' | 'testRules' | 'questions'>,
	record: SubmissionRecord,
	score: Pick<QuizScore, 'earned' | 'possible' | 'percent' | 'passed'> | null
): TestStanding | null {
	if (quiz.mode !== 'test') return null;
	const rules = quiz.testRules ?? FIRST_COUNTS;
	const at =
		record.submitted && record.submittedAt !== null ? submissionTime(record.submittedAt) : null;
	let submissions = record.submissions;
	let current = at === null ? null : (submissions.find((s) => s.at === at) ?? null);
	const unsaved = at !== null && current === null && score !== null;
	if (unsaved) {
		const { earned, possible, percent, passed } = score;
		current = {
			earned,
			possible,
			percent,
			passed,
			at,
			recorded: isNextRecorded(rules, submissions),
			answers: { seed: record.seed, questions: savedQuestions(record, quiz) }
		};
		submissions = [...submissions, current];
	}
	return {
		rules,
		submissions,
		current,
		ofRecord: scoreOfRecord(rules.grade, submissions),
		recordedLeft: Math.max(0, recordedAllowed(rules) - recordedCount(submissions)),
		answersShown: answersShown(rules, submissions),
		unsaved
	};
}

const isCount = (value: unknown): value is number =>
	typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** A submission's saved answers (untrusted JSON) read against the quiz's `views`, or undefined. */
function readAnswers(
	value: unknown,
	views: ReadonlyMap<string, QuestionView>,
	sentenceIds?: ReadonlySet<string>
): SubmittedAnswers | undefined {
	if (!isObject(value)) return undefined;
	const seed = field(value, 'seed');
	const questions = field(value, 'questions');
	if (!isSeed(seed) || !isObject(questions)) return undefined;
	// an answer to a question changed since, or malformed, is left out: unanswered, as in the attempt
	return { seed, questions: readSavedQuestions(questions, views, sentenceIds).questions };
}

/**
 * A saved list of submissions (untrusted JSON), keeping each entry that is whole, as the saved
 * attempt's field: `{}` when none is. A submission's answers are read against the quiz's `views`
 * as the attempt's own are; spoilt, they are left out and the submission kept.
 */
export function readSubmissions(
	value: unknown,
	views: ReadonlyMap<string, QuestionView>,
	sentenceIds?: ReadonlySet<string>
): { submissions?: Submission[] } {
	if (!Array.isArray(value)) return {};
	const submissions = value.flatMap((entry: unknown): Submission[] => {
		if (!isObject(entry)) return [];
		const [earned, possible, percent] = ['earned', 'possible', 'percent'].map((f) =>
			field(entry, f)
		);
		const passed = field(entry, 'passed');
		const at = field(entry, 'at');
		const recorded = field(entry, 'recorded');
		const whole =
			isCount(earned) &&
			isCount(possible) &&
			isCount(percent) &&
			percent <= 100 &&
			(passed === null || typeof passed === 'boolean') &&
			isString(at) &&
			!Number.isNaN(Date.parse(at)) &&
			typeof recorded === 'boolean';
		if (!whole) return [];
		const answers = readAnswers(field(entry, 'answers'), views, sentenceIds);
		return [{ earned, possible, percent, passed, at, recorded, ...(answers && { answers }) }];
	});
	return submissions.length > 0 ? { submissions } : {};
}

/**
 * The saved attempt with its submissions' answers left out: what a learning platform's small
 * suspend data keeps when the whole does not fit (the platform has each submission's score).
 */
export function withoutSubmittedAnswers<T extends { submissions?: readonly Submission[] }>(
	saved: T
): T {
	if (!saved.submissions) return saved;
	return { ...saved, submissions: saved.submissions.map(({ answers: _, ...rest }) => rest) };
}
