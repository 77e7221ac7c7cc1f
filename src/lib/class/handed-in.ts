/**
 * The handed-in results file (docs/results-file.md): what a student's "Hand in" saves and the
 * teacher's class view reads. One JSON object: which app and format it is, which quiz (article,
 * quiz, and the hash of the quiz file's text, so a changed quiz is told apart), the student's name,
 * when it was handed in, and the attempt exactly as the browser saves it (state/saved-attempt.ts:
 * every answer, tries, the draw's seed, times, a test's submissions each with its answers). No
 * score in it is trusted: the class view scores the answers again with the quiz's key. The
 * student's own highlights and notes ride along in an optional `annotations` field, each with the
 * words it quotes; a reader that does not know the field passes it by.
 *
 * `readHandedIn` accepts only what it recognises and says why it refuses a file, as data. The
 * attempt comes back as its JSON text, untouched: its one owner (`readSavedAttempt`) reads it
 * against the quiz, as it reads anything saved.
 */
import { field, isObject, isString, parseObject } from '../quiz/kit/untrusted.ts';
import type { QuizData } from '../quiz/types.ts';
import { NAME_MAX_LENGTH, readSavedAttempt, type SavedAttempt } from '../state/saved-attempt.ts';
import type { Annotation } from '../state/annotation-data.ts';

/** A highlight or note as handed in: with the words it is on, for a person reading the file. */
export type HandedInAnnotation = Annotation & { quote: string };

/** What the file says it is: this app's handed-in results, in this format. */
export const RESULTS_APP = 'close-reader';
export const RESULTS_KIND = 'handed-in-results';
export const RESULTS_FORMAT = 1;
/** The end of a results file's name: a JSON file any tool opens, named for what it is. */
export const RESULTS_EXTENSION = '.closereader.json';

export interface HandedIn {
	app: typeof RESULTS_APP;
	kind: typeof RESULTS_KIND;
	format: typeof RESULTS_FORMAT;
	/** the article's slug */
	article: string;
	/** the quiz's slug */
	quiz: string;
	/** the quiz's title when handed in, for a person reading the file */
	quizTitle: string;
	/** the hash of the quiz file's text (`QuizData.fileHash`), '' when the page had none */
	quizHash: string;
	/** the student's name, as written (trimmed, at most NAME_MAX_LENGTH characters) */
	student: string;
	/** when it was handed in (ISO 8601) */
	handedInAt: string;
	/** the attempt as saved (its answers are checked against the quiz when scored) */
	attempt: SavedAttempt;
	/** the student's own highlights and notes, when there are any (not read back: never scored) */
	annotations?: HandedInAnnotation[];
}

/** A file as read: the attempt is the JSON text it was, for `readSavedAttempt`. */
export type ReadHandedIn = Omit<HandedIn, 'attempt' | 'annotations'> & { attempt: string };

/** Why a file is refused. */
export type Refusal =
	/** not JSON, or not a JSON object */
	| { type: 'not-json' }
	/** JSON, but not this app's handed-in results */
	| { type: 'not-results' }
	/** results of a newer format than this page reads */
	| { type: 'newer-format'; format: number }
	/** the app's results, but a field is missing or wrong */
	| { type: 'malformed'; field: string };

export type HandedInRead =
	{ type: 'read'; file: ReadHandedIn } | { type: 'refused'; refusal: Refusal };

/** The results file of an attempt at `quiz`, handed in by `student` at `now` (ms). */
export function handedIn(
	quiz: Pick<QuizData, 'article' | 'slug' | 'title' | 'fileHash'>,
	attempt: SavedAttempt,
	student: string,
	now: number,
	annotations: readonly HandedInAnnotation[] = []
): HandedIn {
	return {
		app: RESULTS_APP,
		kind: RESULTS_KIND,
		format: RESULTS_FORMAT,
		article: quiz.article,
		quiz: quiz.slug,
		quizTitle: quiz.title,
		quizHash: quiz.fileHash ?? '',
		student: student.trim().slice(0, NAME_MAX_LENGTH).trim(),
		handedInAt: new Date(now).toISOString(),
		attempt,
		...(annotations.length > 0 && { annotations: [...annotations] })
	};
}

/** The file's text: indented, so that a teacher who opens it can read it. */
export function writeHandedIn(file: HandedIn): string {
	return JSON.stringify(file, null, 2) + '\n';
}

const isName = (value: unknown): value is string =>
	isString(value) && value.trim() === value && value !== '' && value.length <= NAME_MAX_LENGTH;
const isSlug = (value: unknown): value is string =>
	isString(value) && /^[a-z0-9][a-z0-9_-]*$/i.test(value);
const isIsoTime = (value: unknown): value is string =>
	isString(value) && !Number.isNaN(Date.parse(value));

/** Reads a results file's text (untrusted: anything may be dropped on the class view). */
export function readHandedIn(text: string): HandedInRead {
	const refuse = (refusal: Refusal): HandedInRead => ({ type: 'refused', refusal });
	const parsed = parseObject(text);
	if (!parsed) return refuse({ type: 'not-json' });
	const format = field(parsed, 'format');
	if (field(parsed, 'app') !== RESULTS_APP || field(parsed, 'kind') !== RESULTS_KIND)
		return refuse({ type: 'not-results' });
	if (typeof format === 'number' && Number.isInteger(format) && format > RESULTS_FORMAT)
		return refuse({ type: 'newer-format', format });
	if (format !== RESULTS_FORMAT) return refuse({ type: 'malformed', field: 'format' });
	const article = field(parsed, 'article');
	const quiz = field(parsed, 'quiz');
	const quizTitle = field(parsed, 'quizTitle');
	const quizHash = field(parsed, 'quizHash');
	const student = field(parsed, 'student');
	const handedInAt = field(parsed, 'handedInAt');
	const attempt = field(parsed, 'attempt');
	if (!isSlug(article)) return refuse({ type: 'malformed', field: 'article' });
	if (!isSlug(quiz)) return refuse({ type: 'malformed', field: 'quiz' });
	if (!isString(quizTitle)) return refuse({ type: 'malformed', field: 'quizTitle' });
	if (!isString(quizHash)) return refuse({ type: 'malformed', field: 'quizHash' });
	if (!isName(student)) return refuse({ type: 'malformed', field: 'student' });
	if (!isIsoTime(handedInAt)) return refuse({ type: 'malformed', field: 'handedInAt' });
	if (!isObject(attempt)) return refuse({ type: 'malformed', field: 'attempt' });
	const attemptText = JSON.stringify(attempt);
	// its shape alone (read against no questions); its answers are read against the quiz later
	if (readSavedAttempt(attemptText, { questions: [], version: '' }).progress === null)
		return refuse({ type: 'malformed', field: 'attempt' });
	return {
		type: 'read',
		file: {
			app: RESULTS_APP,
			kind: RESULTS_KIND,
			format: RESULTS_FORMAT,
			article,
			quiz,
			quizTitle,
			quizHash,
			student,
			handedInAt,
			attempt: attemptText
		}
	};
}

/** Characters no file system takes in a name, and runs of space. */
const UNSAFE_IN_NAME = /[\\/:*?"<>|\p{Cc}\s]+/gu;

/**
 * The file's name: `<quiz>-<student>-<YYYY-MM-DD>.closereader.json`, the name with anything a file
 * system refuses made a hyphen; `date` is the local date of handing in.
 */
export function handedInFileName(quiz: string, student: string, date: Date): string {
	const name =
		student
			.trim()
			.replace(UNSAFE_IN_NAME, '-')
			.replace(/^-+|-+$/g, '') || 'student';
	const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()]
		.map((part, i) => String(part).padStart(i === 0 ? 4 : 2, '0'))
		.join('-');
	return `${quiz}-${name}-${day}${RESULTS_EXTENSION}`;
}
