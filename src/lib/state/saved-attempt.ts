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
 *   student was, a test's submissions) are each used only when they make sense, and otherwise
 *   ignored: an attempt saved before they existed, or with one spoilt, restores with its answers.
 */
import { emptyAnswer, restoreAnswer } from '../quiz/questions.ts';
import type { TryRecord } from '../quiz/tries.ts';
import type { Answer, QuestionView, QuizData } from '../quiz/types.ts';
import { field, isObject, isString, parseObject, type JsonObject } from '../quiz/kit/untrusted.ts';
import { readSubmissions, type Submission, type SubmissionRecord } from './submissions.ts';

export interface SavedQuestion {
	/** the question's `version` when this answer was given */
	version: string;
	answer: Answer;
	/** practice mode: the answer is revealed and locked (right, out of tries, or "Show answer") */
	checked: boolean;
	/** practice mode: tries used so far (absent: none) */
	tries?: number;
	/** practice mode: the best credit (0..1, after the try's factor) of those tries (absent: 0) */
	best?: number;
	/** practice mode: the last try was not right and the student has not yet chosen to try again */
	waiting?: true;
}

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
 * Where a question stands in practice mode: answering; waiting after a wrong try with tries left
 * (locked until "Try again" or "Show answer"); revealed (right, out of tries, or shown: locked, key
 * shown). `used` tries so far and the `best` credit they earned (see quiz/tries.ts).
 */
export interface QuestionProgress extends TryRecord {
	phase: 'answering' | 'waiting' | 'revealed';
}

export const NOT_STARTED: QuestionProgress = { phase: 'answering', used: 0, best: 0 };

/**
 * The attempt as it lives in memory: what `toSaved` writes and `fromSaved` reads back; whether and
 * when it was submitted, and a test's submissions, as submissions.ts reads them.
 */
export interface AttemptRecord extends SubmissionRecord {
	seed: number;
	answers: Record<string, Answer>;
	/** practice mode: per question, absent while nothing has happened (`NOT_STARTED`) */
	progress: Record<string, QuestionProgress>;
	/** the student's name on the results (optional, for the printout) */
	name: string;
	/** the question last worked on and the article's paragraph at the top */
	place: SavedPlace;
}

/** A new attempt: every answer empty, nothing tried, submitted, named or placed. */
export function freshRecord(quiz: Pick<QuizData, 'questions'>, seed: number): AttemptRecord {
	const answers = Object.fromEntries(quiz.questions.map((view) => [view.id, emptyAnswer(view)]));
	const unsubmitted = { submitted: false, submittedAt: null, submissions: [] };
	return { seed, answers, progress: {}, ...unsubmitted, name: '', place: {} };
}

/** The record of an attempt read back (checked by `readSavedAttempt` against `quiz`). */
export function fromSaved(saved: SavedAttempt, quiz: Pick<QuizData, 'questions'>): AttemptRecord {
	const { answers } = freshRecord(quiz, saved.seed);
	const progress: Record<string, QuestionProgress> = {};
	for (const [id, question] of Object.entries(saved.questions)) {
		answers[id] = question.answer;
		const phase = question.checked ? 'revealed' : question.waiting ? 'waiting' : 'answering';
		const used = question.tries ?? 0;
		if (phase !== 'answering' || used > 0) progress[id] = { phase, used, best: question.best ?? 0 };
	}
	return {
		seed: saved.seed,
		answers,
		progress,
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
	const questions: Record<string, SavedQuestion> = {};
	for (const view of quiz.questions) {
		const answer = record.answers[view.id];
		if (!answer) continue;
		const { phase, used, best } = record.progress[view.id] ?? NOT_STARTED;
		questions[view.id] = {
			version: view.version,
			answer,
			checked: phase === 'revealed',
			...(used > 0 && { tries: used }),
			// three decimals are plenty for a fraction of the points, and keep the saved attempt short
			...(best > 0 && { best: Math.round(best * 1000) / 1000 }),
			...(phase === 'waiting' && { waiting: true as const })
		};
	}
	const name = record.name.trim();
	return {
		format: 1,
		quizVersion: quiz.version,
		seed: record.seed,
		questions,
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

/**
 * A saved question's tries, made to fit the question as it is now: a count beyond its tries (the
 * teacher lowered `attempts`) reveals the answer; anything malformed counts as no tries.
 */
function readTries(
	saved: JsonObject,
	view: QuestionView,
	checked: boolean
): Pick<SavedQuestion, 'checked' | 'tries' | 'best' | 'waiting'> {
	const tries = field(saved, 'tries');
	const best = field(saved, 'best');
	const used = typeof tries === 'number' && Number.isInteger(tries) && tries > 0 ? tries : 0;
	if (used === 0) return { checked };
	const credit = typeof best === 'number' && best > 0 && best <= 1 ? best : 0;
	const revealed = checked || used >= view.attempts;
	const waiting = !revealed && field(saved, 'waiting') === true;
	return {
		checked: revealed,
		tries: Math.min(used, view.attempts),
		...(credit > 0 && { best: credit }),
		...(waiting && { waiting: true as const })
	};
}

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
	const savedQuestions = field(parsed, 'questions');
	const submitted = field(parsed, 'submitted');
	const updatedAt = field(parsed, 'updatedAt');
	if (
		!isString(field(parsed, 'quizVersion')) ||
		!(typeof seed === 'number' && Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32) ||
		!isObject(savedQuestions) ||
		typeof submitted !== 'boolean' ||
		!(typeof updatedAt === 'number' && Number.isFinite(updatedAt))
	) {
		return corrupt;
	}

	const views = new Map(quiz.questions.map((view) => [view.id, view]));
	const questions: Record<string, SavedQuestion> = {};
	const dropped: string[] = [];
	const invalid: string[] = [];
	for (const [id, saved] of Object.entries(savedQuestions)) {
		const view = views.get(id);
		if (!view) {
			dropped.push(id);
			continue;
		}
		const version = isObject(saved) ? field(saved, 'version') : undefined;
		const checked = isObject(saved) ? field(saved, 'checked') : undefined;
		if (!isObject(saved) || !isString(version) || typeof checked !== 'boolean') {
			invalid.push(id);
			continue;
		}
		if (version !== view.version) {
			dropped.push(id);
			continue;
		}
		const answer = restoreAnswer(view, field(saved, 'answer'), sentenceIds);
		if (!answer) {
			invalid.push(id);
			continue;
		}
		questions[id] = { version, answer, ...readTries(saved, view, checked) };
	}

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
			...readSubmissions(field(parsed, 'submissions'))
		},
		status: dropped.length > 0 ? 'updated' : 'restored',
		dropped,
		invalid
	};
}
