/**
 * What grades a quiz page's attempt: the answer keys and the code that grades with them
 * (grading.ts). A practice quiz's keys come with its data; a test's are fetched after submission
 * (or when a submitted test is reopened), once at a time. The grading code is the page's to load
 * after it has started (the attempt is handed its loader, a `Loadable`) and is loaded here at the
 * latest with the keys: until both are here nothing is scored. A failure of either is kept as a
 * status the page offers to retry, never thrown.
 */
import type { QuestionView, QuestionKey, QuizData, Answer } from '$lib/quiz/types';
import type { QuizScore } from '$lib/quiz/scoring';
import type * as GradingModule from './grading';
import type { CheckOutcome, PendingTry } from './outcomes';
import type { AttemptRecord, QuestionProgress } from './saved-attempt';

/** The grading code: scoring and practice's Check (grading.ts). */
export type Grading = typeof GradingModule;

/** Code loaded on first use (components/lazy.svelte.ts), as the state layer needs it. */
export interface Loadable<T> {
	/** the module once loaded (reactive), else undefined */
	readonly current: T | undefined;
	/** loads it, or waits for the load under way */
	load(): Promise<T>;
}

export type KeyFetcher = () => Promise<Record<string, QuestionKey>>;
export type KeysStatus = 'ready' | 'waiting' | 'loading' | 'failed';

export class Grader {
	readonly #fetch: KeyFetcher | undefined;
	readonly #grading: Loadable<Grading>;
	#loading: Promise<void> | null = null;
	keys: Record<string, QuestionKey> | null = $state.raw(null);
	/** the keys' status; a failure to load the grading code is 'failed' too */
	status: KeysStatus = $state('waiting');

	constructor(
		keys: Record<string, QuestionKey> | null,
		fetch: KeyFetcher | undefined,
		grading: Loadable<Grading>
	) {
		this.#fetch = fetch;
		this.#grading = grading;
		this.keys = keys;
		this.status = keys ? 'ready' : 'waiting';
	}

	/**
	 * Loads the keys and the grading code, or waits for the load under way; nothing to do when both
	 * are here.
	 */
	load(): Promise<void> {
		if (this.#loading) return this.#loading;
		const fetch = this.keys ? undefined : this.#fetch;
		if (!fetch && this.#grading.current) return Promise.resolve();
		// the status is the keys': a practice quiz's stay ready while the code loads
		if (fetch) this.status = 'loading';
		this.#loading = (async () => {
			try {
				const [keys] = await Promise.all([fetch?.(), this.#grading.load()]);
				if (keys) this.keys = keys;
				if (this.keys) this.status = 'ready';
			} catch {
				this.status = 'failed';
			} finally {
				this.#loading = null;
			}
		})();
		return this.#loading;
	}

	/** Loads the grading code alone (a practice Check: the keys are here); a failure is no throw. */
	loadGrading(): Promise<void> {
		return this.#grading.load().then(
			() => undefined,
			() => undefined
		);
	}

	/** A test started over: its keys are not the student's to see until the next submission. */
	forget(): void {
		this.keys = null;
		this.status = 'waiting';
	}

	/** The quiz scored (see quiz/scoring.ts), once the keys and the grading code are here. */
	score(
		quiz: Pick<QuizData, 'questions' | 'passMark'>,
		answers: Record<string, Answer>,
		progress: Record<string, QuestionProgress>
	): QuizScore | null {
		const grading = this.#grading.current;
		return grading && this.keys ? grading.scoreQuiz(quiz, this.keys, answers, progress) : null;
	}

	/** A practice Check of one answer as one try (grading.ts), or null before the keys and code. */
	checkTry(
		view: QuestionView,
		answer: Answer | undefined,
		progress: QuestionProgress
	): { outcome: CheckOutcome; progress: QuestionProgress | null } | null {
		const key = this.keys?.[view.id];
		const grading = this.#grading.current;
		return key && grading ? grading.checkTry(view, key, answer, progress) : null;
	}

	/** "Retry incorrect" (grading.ts's `retried`), or null before the grading code. */
	retried(
		questions: readonly QuestionView[],
		score: QuizScore,
		record: AttemptRecord
	): ReturnType<Grading['retried']> | null {
		return this.#grading.current?.retried(questions, score, record) ?? null;
	}

	/** What a question's waiting try may tell the student (grading.ts), or null. */
	pendingTry(
		view: QuestionView,
		answer: Answer | undefined,
		progress: QuestionProgress
	): PendingTry | null {
		const key = this.keys?.[view.id];
		const grading = this.#grading.current;
		return key && grading ? grading.pendingTry(view, key, answer, progress) : null;
	}
}
