/**
 * What the library and an article's page show of a student's attempt at a quiz, from the attempt
 * this browser saved: not started, in progress (how many answered, and in practice mode how many
 * checked), or submitted with its score (a test's score of record) and whether it passed. Pure. The saved attempt is read
 * through its one owner (saved-attempt.ts) against the quiz as it is now, and is untrusted: what it
 * cannot use counts as not started, never as an error.
 *
 * A quiz changed since the attempt was saved is read as its page reads it: the answers to changed
 * questions are dropped (a submission with any of them is no longer one), and the summary says the
 * quiz changed, so the student knows why the count went down.
 */
import { drawnQuiz } from '../quiz/pool.ts';
import { isAnswered } from '../quiz/questions.ts';
import { scoreQuiz } from '../quiz/scoring.ts';
import type { QuestionKey, QuizData } from '../quiz/types.ts';
import { fromSaved, readSavedAttempt } from './saved-attempt.ts';
import { scoreOfRecord } from './submissions.ts';

/** A submitted quiz's score: points, percent (0..100) and, with a pass mark, whether it passed. */
export interface ProgressScore {
	earned: number;
	possible: number;
	percent: number;
	passed: boolean | null;
}

export type QuizProgress =
	| { type: 'not-started' }
	| {
			type: 'in-progress';
			/** questions answered, of `total` (the questions this student's draw has) */
			answered: number;
			/** practice mode: questions checked and settled (right, out of tries, or shown) */
			checked: number;
			total: number;
			/** the quiz changed since: some saved answers no longer apply */
			changed: boolean;
	  }
	| {
			type: 'submitted';
			total: number;
			/** null until the keys are known (a test's come from the network after Submit) */
			score: ProgressScore | null;
			/** a test retaken after its recorded submission, the retake not yet submitted */
			retaking: boolean;
	  };

const NOT_STARTED: QuizProgress = { type: 'not-started' };

/**
 * Whether `raw` is a saved attempt at all, before the quiz is known (read against no questions,
 * only its shape is checked): if not, the quiz is not started, with no need to load it.
 */
export function isSavedAttempt(raw: string): boolean {
	return readSavedAttempt(raw, { questions: [], version: '' }).progress !== null;
}

/**
 * The progress `raw` (the saved attempt, as stored) records for `bank` (the quiz as built, every
 * question of a pool). `keys`: the quiz's answer keys, to score a submitted attempt (a practice
 * quiz's come with it; a test's after Submit), or null.
 */
export function progressSummary(
	raw: string | null,
	bank: QuizData,
	keys: Record<string, QuestionKey> | null
): QuizProgress {
	try {
		const restored = readSavedAttempt(raw, bank);
		if (restored.progress === null) return NOT_STARTED;
		const record = fromSaved(restored.progress, bank);
		const quiz = drawnQuiz(bank, record.seed);
		const total = quiz.questions.length;
		// a test's score of record, kept with its submissions, whatever later retakes scored
		const ofRecord = bank.testRules && scoreOfRecord(bank.testRules.grade, record.submissions);
		if (ofRecord) {
			const { earned, possible, percent, passed } = ofRecord;
			const score = { earned, possible, percent, passed };
			return { type: 'submitted', total, score, retaking: !record.submitted };
		}
		if (record.submitted) {
			const scored = keys ? scoreQuiz(quiz, keys, record.answers, record.progress) : null;
			const score = scored && {
				earned: scored.earned,
				possible: scored.possible,
				percent: scored.percent,
				passed: scored.passed
			};
			return { type: 'submitted', total, score, retaking: false };
		}
		const answered = quiz.questions.filter((view) => isAnswered(view, record.answers[view.id]));
		const checked = quiz.questions.filter((view) => record.progress[view.id]?.phase === 'revealed');
		const changed = restored.status === 'updated';
		if (answered.length === 0 && checked.length === 0 && !changed) return NOT_STARTED;
		return {
			type: 'in-progress',
			answered: answered.length,
			checked: checked.length,
			total,
			changed
		};
	} catch {
		// whatever a saved value holds, the library shows a state, never an error
		return NOT_STARTED;
	}
}
