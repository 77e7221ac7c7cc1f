/**
 * What the attempt's methods report, as data: the components put it into words, and the learning
 * platform follows the changes (`AttemptChange`). Also what restoring a saved attempt gives.
 */
import type { NearMiss } from '$lib/quiz/kit/credit';
import type { PartsRight } from '$lib/quiz/kit/rules';
import type { QuestionScore } from '$lib/quiz/scoring';
import type { Rich } from '$lib/text/inline';
import type { QuizData } from '$lib/quiz/types';
import { freshRecord, fromSaved, type AttemptRecord, type RestoredAttempt } from './saved-attempt';
import type { CountMismatch } from './selecting';

/** What changed in the attempt (each change is saved at once). */
export type AttemptChange =
	/** restored or started afresh, in the browser */
	| { kind: 'loaded' }
	/** a question's answer changed */
	| { kind: 'answered'; id: string }
	/** practice mode: a try was checked, or an answer shown */
	| { kind: 'checked'; id: string }
	| { kind: 'submitted' }
	/** a test's submission, scored, joined its list of submissions */
	| { kind: 'scored' }
	/** "Retry incorrect" or "Start over" */
	| { kind: 'reset' }
	/** anything else saved: the name, the place, "Try again" */
	| { kind: 'changed' };

/** What `restore` (and so `load`) found. */
export interface RestoreOutcome {
	status: 'fresh' | 'restored' | 'updated' | 'corrupt';
	/** questions whose saved answer was cleared because the question changed or is gone */
	changed: string[];
	/** questions whose saved answer could not be read and was cleared */
	unreadable: string[];
}

/** The record an attempt restores (a fresh one, newly seeded, when nothing usable was saved). */
export function restoredRecord(
	restored: RestoredAttempt,
	bank: Pick<QuizData, 'questions'>,
	makeSeed: () => number
): { record: AttemptRecord; outcome: RestoreOutcome } {
	if (restored.progress === null) {
		const status = restored.status === 'corrupt' ? 'corrupt' : 'fresh';
		return {
			record: freshRecord(bank, makeSeed()),
			outcome: { status, changed: [], unreadable: [] }
		};
	}
	return {
		record: fromSaved(restored.progress, bank),
		outcome: {
			status: restored.status === 'updated' ? 'updated' : 'restored',
			changed: restored.dropped,
			unreadable: restored.invalid
		}
	};
}

/** What `retryIncorrect` kept and cleared. */
export interface RetryOutcome {
	kept: string[];
	cleared: string[];
}

/** What a practice-mode Check found. */
export type CheckOutcome =
	/** typed parts are one slip from right (see `NearMiss`): no try used, still answering */
	| { kind: 'almost'; misses: NearMiss[] }
	/** more or fewer sentences selected than the question asks for: no try used, still answering */
	| { kind: 'wrong-count'; mismatch: CountMismatch }
	/** not right, with tries left: waiting for "Try again" or "Show answer" */
	| { kind: 'not-yet'; score: QuestionScore; parts: PartsRight | null; triesLeft: number }
	/** right, or the last try: the answer is revealed */
	| { kind: 'revealed'; score: QuestionScore };

/** A wrong try waiting for "Try again" or "Show answer": what the student may be told about it. */
export interface PendingTry {
	score: QuestionScore;
	parts: PartsRight | null;
	/** the teacher's feedback on the one choice picked, if any */
	feedback: Rich | null;
	used: number;
	triesLeft: number;
}
