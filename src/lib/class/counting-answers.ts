/**
 * Which answers of a handed-in attempt count, scored again with the quiz's key, chosen as the quiz
 * itself chooses them. In a test, every submission the file keeps answers for is scored again by the
 * quiz's scoring (quiz/scoring.ts), each is recorded or a practice retake by the quiz's rule
 * (`isNextRecorded`: the first and the next `retakes`), and the score of record is picked by the
 * quiz's `grade` (`scoreOfRecord`): a practice retake is counted as an attempt but never as the
 * score. In practice mode, the answers as they stand, with the tries the file can prove. No figure
 * the file gives is used, only compared: every stored score its answers do not earn, of any
 * submission (an edited earlier one too), is returned as an edit. Pure.
 *
 * Tries in practice mode: the file keeps how many tries a question took, but not the answers of the
 * tries before the last; so a revealed question's answer is scored as given on its last try, and an
 * open one as the next try, as the quiz scores it. Credit an earlier, better try earned is not in
 * the file, and is not taken on trust.
 */
import { drawnQuiz } from '../quiz/pool.ts';
import { answerFraction, scoreQuiz, type QuizScore } from '../quiz/scoring.ts';
import { tryFactor, type TryRecord } from '../quiz/tries.ts';
import type { QuestionKey, QuizData } from '../quiz/types.ts';
import type { AttemptRecord } from '../state/saved-attempt.ts';
import { answersRecord, type AnswersRecord } from '../state/saved-questions.ts';
import { FIRST_COUNTS, isNextRecorded, scoreOfRecord } from '../state/submissions.ts';
import { submissionTime, type Submission } from '../state/submissions.ts';

/** A set of answers scored again: the quiz as their draw has it, and their score. */
export interface ScoredAnswers extends AnswersRecord {
	quiz: QuizData;
	score: QuizScore;
}

/** A result the file stores that its answers do not earn (an edited file). */
export interface ScoreEdit {
	/** which submission, counted from 1 as the student's results list them; null in practice mode */
	attempt: number | null;
	/** what the file says it earned */
	claimed: number;
	/** what its answers earn */
	rescored: number;
	/** it is the score that counts (the row's) */
	counts: boolean;
}

/** The answers that count for a student, scored again. */
export interface CountingAnswers extends ScoredAnswers {
	/** when they were submitted (ms), null when never */
	submittedAt: number | null;
	/** every stored score its answers do not earn, in the order submitted */
	edits: ScoreEdit[];
	/** submissions made, recorded and practice */
	attempts: number;
	/** recorded submissions whose answers the file does not keep (saved before they were): not scored */
	unscored: number;
}

/** Tries the file cannot prove are not trusted: see the module's comment. */
function provenTries(
	quiz: QuizData,
	keys: Record<string, QuestionKey>,
	record: AnswersRecord
): Record<string, TryRecord> {
	const tries: Record<string, TryRecord> = {};
	for (const view of quiz.questions) {
		const progress = record.progress[view.id];
		const key = keys[view.id];
		if (!progress || !key || progress.used === 0) continue;
		// a revealed answer was given on the last try; an open one counts as the next (scoreQuestion)
		const lastTry =
			progress.phase === 'revealed'
				? answerFraction(view, key, record.answers[view.id]) * tryFactor(progress.used)
				: 0;
		tries[view.id] = { used: progress.used, best: lastTry };
	}
	return tries;
}

/** Whether a stored score is not what was earned (beyond rounding). */
const differs = (claimed: number, earned: number): boolean => Math.abs(claimed - earned) > 1e-6;

/** Answers of the draw of `seed` scored again with `keys`. */
function scored(
	bank: QuizData,
	keys: Record<string, QuestionKey>,
	seed: number,
	record: AnswersRecord
): ScoredAnswers {
	const quiz = drawnQuiz(bank, seed);
	const { answers, progress } = record;
	return {
		quiz,
		answers,
		progress,
		score: scoreQuiz(quiz, keys, answers, provenTries(quiz, keys, record))
	};
}

/** One submission of the file: its time, the score it claims, its answers scored (null: none kept). */
interface Handed {
	at: string;
	claimed: number | null;
	answers: ScoredAnswers | null;
}

/**
 * The answers that count of an attempt handed in for `bank` (`record`, read with
 * `readSavedAttempt`), scored with `keys`; `submittedAt`: when its present answers were submitted
 * (ms), as the file says, or null.
 */
export function countingAnswers(
	bank: QuizData,
	keys: Record<string, QuestionKey>,
	record: AttemptRecord,
	submittedAt: number | null
): CountingAnswers {
	const present = scored(bank, keys, record.seed, record);
	if (bank.mode !== 'test') {
		// the file's tries as it states them, against those it can prove
		const claimed = scoreQuiz(present.quiz, keys, record.answers, record.progress).earned;
		const rescored = present.score.earned;
		return {
			...present,
			submittedAt,
			edits: differs(claimed, rescored) ? [{ attempt: null, claimed, rescored, counts: true }] : [],
			attempts: submittedAt === null ? 0 : 1,
			unscored: 0
		};
	}
	const presentAt = submittedAt === null ? null : submissionTime(submittedAt);
	const handed: Handed[] = record.submissions.map((submission) => ({
		at: submission.at,
		claimed: submission.earned,
		answers: submission.answers
			? scored(
					bank,
					keys,
					submission.answers.seed,
					answersRecord(submission.answers.questions, bank)
				)
			: submission.at === presentAt
				? present
				: null
	}));
	// submitted, but not yet listed (its keys had not loaded): it is listed as the quiz would list it
	if (presentAt !== null && !handed.some((one) => one.at === presentAt))
		handed.push({ at: presentAt, claimed: null, answers: present });

	const rules = bank.testRules ?? FIRST_COUNTS;
	const rescored = new Map<Submission, Handed & { answers: ScoredAnswers }>();
	let unscored = 0;
	const listed: Submission[] = [];
	for (const one of handed) {
		const recorded = isNextRecorded(rules, listed);
		// one without answers still takes its place among the recorded (its figures are never read)
		const { earned, possible, percent, passed } = one.answers?.score ?? present.score;
		const submission: Submission = { earned, possible, percent, passed, at: one.at, recorded };
		listed.push(submission);
		if (one.answers) rescored.set(submission, { ...one, answers: one.answers });
		else if (recorded) unscored++;
	}
	const ofRecord = scoreOfRecord(rules.grade, [...rescored.keys()]);
	const counting = ofRecord && rescored.get(ofRecord);
	// every submission's stored score against its answers, not only the one that counts
	const edits = handed.flatMap((one, i): ScoreEdit[] =>
		one.claimed !== null && one.answers && differs(one.claimed, one.answers.score.earned)
			? [
					{
						attempt: i + 1,
						claimed: one.claimed,
						rescored: one.answers.score.earned,
						counts: one.answers === counting?.answers
					}
				]
			: []
	);
	if (!counting) return { ...present, submittedAt, edits, attempts: handed.length, unscored };
	return {
		...counting.answers,
		submittedAt: Date.parse(counting.at),
		edits,
		attempts: handed.length,
		unscored
	};
}
