/**
 * The saved form of an attempt, and the one owner of it: the attempt as it lives in memory
 * (`AttemptRecord`, one progress record per question) goes out as `toSaved` and comes back with
 * `readSavedAttempt` and `fromSaved`; the learning platform's suspend data (lms/suspend-data.ts) and
 * its choice between two saved copies (`savedTime`) take the same shape. What comes back from
 * storage is untrusted: it may be from an older build, another app, a half-written value or a
 * hand-edited one, so it is checked field by field against the quiz as it is now.
 *
 * Rules of `readSavedAttempt`:
 * - nothing saved → 'none';
 * - not JSON, not our object (format 1 with a string quizVersion, a 32-bit integer seed, an object of
 *   questions, a boolean submitted, a finite updatedAt) → 'corrupt': start afresh;
 * - a saved question whose version differs from the question's, or whose question is gone → its
 *   answer is dropped and its id listed in `dropped` → 'updated' (the page tells the student);
 * - a saved question that is malformed (wrong shape, an answer of another type, a choice, item,
 *   right or sentence id the question does not have) → that question alone is treated as unanswered
 *   and listed in `invalid`; one bad entry does not cost the student the other answers;
 * - a submitted attempt stays submitted only when every saved answer survived: otherwise the student
 *   must answer the changed questions and submit again.
 * - the optional fields added later (tries, the student's name, when it was submitted, where the
 *   student was, a test's submissions and the answers each was given) are each used only when
 *   they make sense, and otherwise ignored: an attempt saved before they existed, or with one
 *   spoilt, restores with its answers.
 */
import type { QuestionView, QuizData } from '../quiz/types.ts';
import { field, isObject, isString, parseObject } from '../quiz/kit/untrusted.ts';
import { readSubmissions, type Submission, type SubmissionRecord } from './submissions.ts';
import { answersRecord, isSeed, readSavedQuestions, savedQuestions } from './saved-questions.ts';
import type { SavedQuestion } from './saved-questions.ts';

export { NOT_STARTED, type QuestionProgress, type SavedQuestion } from './saved-questions.ts';

/** Where the student was: the question last worked on and the article's paragraph at the top. */
export interface SavedPlace {
	question?: string;
	paragraph?: number;
	/** on a phone, the student was last reading the article rather than answering */
	inArticle?: true;
}

export interface SavedAttempt {
	format: 1;
	quizVersion: string;
	seed: number;
	questions: Record<string, SavedQuestion>;
	submitted: boolean;
	/** ms since the epoch */
	updatedAt: number;
	/** ms since the epoch, when last submitted */
	submittedAt?: number;
	/** the name the student wrote on the results, for the printout */
	name?: string;
	place?: SavedPlace;
	submissions?: Submission[];
}

/**
 * The attempt as it lives in memory: what `toSaved` writes and `fromSaved` reads back; whether and
 * when it was submitted, and a test's submissions, as submissions.ts reads them.
 */
export interface AttemptRecord extends SubmissionRecord {
	/** the student's name on the results (optional, for the printout) */
	name: string;
	/** the question last worked on and the article's paragraph at the top */
	place: SavedPlace;
}

/** A new attempt: every answer empty, nothing tried, submitted, named or placed. */
export function freshRecord(quiz: Pick<QuizData, 'questions'>, seed: number): AttemptRecord {
	const { answers } = answersRecord({}, quiz);
	const unsubmitted = { submitted: false, submittedAt: null, submissions: [] };
	return { seed, answers, progress: {}, ...unsubmitted, name: '', place: {} };
}

/** Whether a question of the attempt has been checked (practice mode: revealed, or a try waiting). */
export function isChecked(record: Pick<AttemptRecord, 'progress'>): boolean {
	return Object.values(record.progress).some((progress) => progress.phase !== 'answering');
}

/** The record of an attempt read back (checked by `readSavedAttempt` against `quiz`). */
export function fromSaved(saved: SavedAttempt, quiz: Pick<QuizData, 'questions'>): AttemptRecord {
	return {
		seed: saved.seed,
		...answersRecord(saved.questions, quiz),
		submitted: saved.submitted,
		submittedAt: saved.submitted ? (saved.submittedAt ?? saved.updatedAt) : null,
		name: saved.name ?? '',
		place: saved.place ?? {},
		submissions: saved.submissions ?? []
	};
}

/** The record as it is saved (only what is set: it may have to fit an LMS's small suspend data). */
export function toSaved(
	record: AttemptRecord,
	quiz: Pick<QuizData, 'questions' | 'version'>,
	now: number
): SavedAttempt {
	const name = record.name.trim();
	return {
		format: 1,
		quizVersion: quiz.version,
		seed: record.seed,
		questions: savedQuestions(record, quiz),
		submitted: record.submitted,
		updatedAt: now,
		...(record.submitted && record.submittedAt !== null && { submittedAt: record.submittedAt }),
		...(name !== '' && { name }),
		...(Object.keys(record.place).length > 0 && { place: record.place }),
		...(record.submissions.length > 0 && { submissions: [...record.submissions] })
	};
}

/** When a saved attempt (untrusted JSON) was saved; 0 when it does not say. */
export function savedTime(raw: string): number {
	const parsed = parseObject(raw);
	const updatedAt = parsed ? field(parsed, 'updatedAt') : undefined;
	return typeof updatedAt === 'number' && Number.isFinite(updatedAt) ? updatedAt : 0;
}

/** The longest name kept. */
export const NAME_MAX_LENGTH = 100;

export interface RestoredAttempt {
	/** the attempt as it may be used now, or null when there is none to use */
	progress: SavedAttempt | null;
	status: 'none' | 'restored' | 'updated' | 'corrupt';
	/** questions whose saved answer was discarded because the question changed or is gone */
	dropped: string[];
	/** questions whose saved answer was discarded because it was malformed */
	invalid: string[];
}

const isTime = (value: unknown): value is number =>
	typeof value === 'number' && Number.isFinite(value) && value > 0;

/** A saved place, keeping only a question of the quiz and a paragraph number. */
function readPlace(value: unknown, views: ReadonlyMap<string, QuestionView>): SavedPlace | null {
	if (!isObject(value)) return null;
	const question = field(value, 'question');
	const paragraph = field(value, 'paragraph');
	const place: SavedPlace = {
		...(isString(question) && views.has(question) && { question }),
		...(typeof paragraph === 'number' &&
			Number.isInteger(paragraph) &&
			paragraph > 0 && { paragraph }),
		...(field(value, 'inArticle') === true && { inArticle: true as const })
	};
	return Object.keys(place).length > 0 ? place : null;
}

const corrupt: RestoredAttempt = { progress: null, status: 'corrupt', dropped: [], invalid: [] };

/**
 * Reads an attempt saved for `quiz` (see the rules above). Pass the article's sentence ids to check
 * highlight and Part B answers against them; without them any "¶.n" is accepted.
 */
export function readSavedAttempt(
	raw: string | null,
	quiz: Pick<QuizData, 'questions' | 'version'>,
	sentenceIds?: ReadonlySet<string>
): RestoredAttempt {
	if (raw === null) return { progress: null, status: 'none', dropped: [], invalid: [] };
	const parsed = parseObject(raw);
	if (!parsed || field(parsed, 'format') !== 1) return corrupt;
	const seed = field(parsed, 'seed');
	const saved = field(parsed, 'questions');
	const submitted = field(parsed, 'submitted');
	const updatedAt = field(parsed, 'updatedAt');
	if (
		!isString(field(parsed, 'quizVersion')) ||
		!isSeed(seed) ||
		!isObject(saved) ||
		typeof submitted !== 'boolean' ||
		!(typeof updatedAt === 'number' && Number.isFinite(updatedAt))
	) {
		return corrupt;
	}

	const views = new Map(quiz.questions.map((view) => [view.id, view]));
	const { questions, dropped, invalid } = readSavedQuestions(saved, views, sentenceIds);
	const stillSubmitted = submitted && dropped.length === 0 && invalid.length === 0;
	const submittedAt = field(parsed, 'submittedAt');
	const name = field(parsed, 'name');
	const place = readPlace(field(parsed, 'place'), views);
	return {
		progress: {
			format: 1,
			quizVersion: quiz.version,
			seed,
			questions,
			submitted: stillSubmitted,
			updatedAt,
			...(stillSubmitted && isTime(submittedAt) && { submittedAt }),
			...(isString(name) && name.trim() !== '' && { name: name.slice(0, NAME_MAX_LENGTH) }),
			...(place && { place }),
			...readSubmissions(field(parsed, 'submissions'), views, sentenceIds)
		},
		status: dropped.length > 0 ? 'updated' : 'restored',
		dropped,
		invalid
	};
}
