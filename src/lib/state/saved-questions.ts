/**
 * The saved form of a set of answers, question by question: each answer with its question's
 * version and, in practice mode, its tries. The saved attempt (saved-attempt.ts) keeps the answers
 * as they stand in this form, and a test keeps each submission's answers in it (submissions.ts), so
 * that both are written and read back by the same rules: a question changed or gone is dropped, a
 * malformed entry is treated as unanswered, and tries are made to fit the question as it is now.
 */
import { emptyAnswer, restoreAnswer } from '../quiz/questions.ts';
import type { TryRecord } from '../quiz/tries.ts';
import type { Answer, QuestionView, QuizData } from '../quiz/types.ts';
import { field, isObject, isString, type JsonObject } from '../quiz/kit/untrusted.ts';

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

/**
 * Where a question stands in practice mode: answering; waiting after a wrong try with tries left
 * (locked until "Try again" or "Show answer"); revealed (right, out of tries, or shown: locked, key
 * shown). `used` tries so far and the `best` credit they earned (see quiz/tries.ts).
 */
export interface QuestionProgress extends TryRecord {
	phase: 'answering' | 'waiting' | 'revealed';
}

export const NOT_STARTED: QuestionProgress = { phase: 'answering', used: 0, best: 0 };

/** Answers as they live in memory: every question of the quiz has one; progress only once tried. */
export interface AnswersRecord {
	answers: Record<string, Answer>;
	/** practice mode: per question, absent while nothing has happened (`NOT_STARTED`) */
	progress: Record<string, QuestionProgress>;
}

/** Each question's answer and progress in their saved form (only what is set). */
export function savedQuestions(
	record: AnswersRecord,
	quiz: Pick<QuizData, 'questions'>
): Record<string, SavedQuestion> {
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
	return questions;
}

/** Saved answers (already read back) as they live in memory: the rest of `quiz`'s empty. */
export function answersRecord(
	saved: Record<string, SavedQuestion>,
	quiz: Pick<QuizData, 'questions'>
): AnswersRecord {
	const answers = Object.fromEntries(quiz.questions.map((view) => [view.id, emptyAnswer(view)]));
	const progress: Record<string, QuestionProgress> = {};
	for (const [id, question] of Object.entries(saved)) {
		answers[id] = question.answer;
		const phase = question.checked ? 'revealed' : question.waiting ? 'waiting' : 'answering';
		const used = question.tries ?? 0;
		if (phase !== 'answering' || used > 0) progress[id] = { phase, used, best: question.best ?? 0 };
	}
	return { answers, progress };
}

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

/** Saved questions read back: the usable ones, and the ids of those changed or gone, or malformed. */
export interface ReadQuestions {
	questions: Record<string, SavedQuestion>;
	dropped: string[];
	invalid: string[];
}

/**
 * Reads saved questions (untrusted JSON) against the quiz's `views`; `sentenceIds`, the article's,
 * to check sentence answers against (without them any "¶.n" is accepted).
 */
export function readSavedQuestions(
	saved: JsonObject,
	views: ReadonlyMap<string, QuestionView>,
	sentenceIds?: ReadonlySet<string>
): ReadQuestions {
	const read: ReadQuestions = { questions: {}, dropped: [], invalid: [] };
	for (const [id, entry] of Object.entries(saved)) {
		const view = views.get(id);
		if (!view) {
			read.dropped.push(id);
			continue;
		}
		const version = isObject(entry) ? field(entry, 'version') : undefined;
		const checked = isObject(entry) ? field(entry, 'checked') : undefined;
		if (!isObject(entry) || !isString(version) || typeof checked !== 'boolean') {
			read.invalid.push(id);
			continue;
		}
		if (version !== view.version) {
			read.dropped.push(id);
			continue;
		}
		const answer = restoreAnswer(view, field(entry, 'answer'), sentenceIds);
		if (!answer) {
			read.invalid.push(id);
			continue;
		}
		read.questions[id] = { version, answer, ...readTries(entry, view, checked) };
	}
	return read;
}

/** A draw's seed as saved: a 32-bit unsigned integer. */
export const isSeed = (value: unknown): value is number =>
	typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 2 ** 32;
