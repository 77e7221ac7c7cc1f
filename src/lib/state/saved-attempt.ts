/**
 * The saved form of an attempt, and the rules for reading one back. What comes back from storage is
 * untrusted: it may be from an older build, another app, a half-written value or a hand-edited one,
 * so it is checked field by field against the quiz as it is now. `Attempt.restore` and
 * `Attempt.toSaved` (attempt.svelte.ts) are the only ways in and out.
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
 */
import { restoreAnswer } from '../quiz/questions.ts';
import type { Answer, QuizData } from '../quiz/types.ts';
import { field, isObject, isString } from '../quiz/untrusted.ts';

export interface SavedQuestion {
	/** the question's `version` when this answer was given */
	version: string;
	answer: Answer;
	/** practice mode: the student pressed "Check" (feedback shown, answer locked) */
	checked: boolean;
}

export interface SavedAttempt {
	format: 1;
	quizVersion: string;
	seed: number;
	questions: Record<string, SavedQuestion>;
	submitted: boolean;
	/** ms since the epoch */
	updatedAt: number;
}

export interface RestoredAttempt {
	/** the attempt as it may be used now, or null when there is none to use */
	progress: SavedAttempt | null;
	status: 'none' | 'restored' | 'updated' | 'corrupt';
	/** questions whose saved answer was discarded because the question changed or is gone */
	dropped: string[];
	/** questions whose saved answer was discarded because it was malformed */
	invalid: string[];
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
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		return corrupt;
	}
	if (!isObject(parsed) || field(parsed, 'format') !== 1) return corrupt;
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
		questions[id] = { version, answer, checked };
	}

	return {
		progress: {
			format: 1,
			quizVersion: quiz.version,
			seed,
			questions,
			submitted: submitted && dropped.length === 0 && invalid.length === 0,
			updatedAt
		},
		status: dropped.length > 0 ? 'updated' : 'restored',
		dropped,
		invalid
	};
}
