/**
 * The quiz page's link to a learning platform (LMS) when it runs inside a SCORM package: finds the
 * LMS's runtime, keeps the saved attempt in cmi.suspend_data as well as in the browser, and reports
 * the result on submit. The LMS never stands in the student's way: every call that fails is noted
 * (`trouble`, which the page puts into words once) and the quiz goes on with local saving.
 *
 * - start: LMSInitialize; a first attempt's status becomes "incomplete".
 * - each change: it follows the attempt (`follow`), and each change of it, as saved, goes to
 *   cmi.suspend_data (compact, see lms/suspend-data.ts); LMSCommit at once after a check, a
 *   submission or a reset, else a second after the last change.
 * - submit: status (passed / failed by the pass mark, or completed), score as a percentage, one
 *   interaction per question, session time; LMSCommit, LMSFinish. A test reports its score of
 *   record (state/submissions.ts), and a practice retake beyond its `retakes` reports nothing.
 * - page hide: session time, exit "suspend" (unsubmitted) so the LMS keeps the attempt; LMSCommit,
 *   LMSFinish.
 * Without an LMS (the package opened on its own) it does nothing, and the page is the website.
 */
import {
	CMI,
	exitValues,
	interactionValues,
	isFinalStatus,
	resultValues,
	startValues,
	SUSPEND_DATA_LIMIT,
	type CmiValues
} from '$lib/lms/cmi';
import { findRuntime, isLaunched, type ApiHost, type ScormCalls } from '$lib/lms/runtime';
import { decodeSuspendData, encodeSuspendData } from '$lib/lms/suspend-data';
import { scormInteraction } from '$lib/quiz/scorm';
import type { QuizData } from '$lib/quiz/types';
import type { Attempt } from './attempt.svelte';
import type { AttemptChange } from './outcomes';
import { savedTime, type SavedAttempt } from './saved-attempt';
import { readSafely, type ProgressStore } from './storage';
import { withoutSubmittedAnswers } from './submissions';

/** How long after the last change (typing, say) the LMS is asked to commit. */
const COMMIT_DELAY_MS = 1000;

export interface LmsOptions {
	/** the page's window: where the runtime is looked for */
	win: ApiHost;
	quiz: Pick<QuizData, 'questions'>;
	now?: () => number;
}

export class LmsSession {
	readonly #calls: ScormCalls | null;
	readonly #now: () => number;
	readonly #startedAt: number;
	/** the LMS's status when the page opened: a final one means the result is already there */
	readonly #startStatus: string | null = null;
	/** the attempt the LMS kept (as the saved attempt's JSON), read once at the start */
	readonly #lmsSaved: string | null = null;
	readonly #learnerId: string | null = null;
	/** the attempt, as last saved, is submitted */
	#submitted = false;
	/** an unsubmitted attempt was seen in this session: a submission is then new */
	#sawUnsubmitted = false;
	#commitTimer: ReturnType<typeof setTimeout> | null = null;
	/** per question: when the student first and last changed the answer in this session */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping nothing renders
	#firstChange = new Map<string, number>();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping nothing renders
	#lastChange = new Map<string, number>();

	/** an LMS runtime was found and initialised */
	readonly connected: boolean;
	/** an LMS call failed, or the page was launched without one: results may not reach the teacher */
	trouble = $state(false);
	/** the LMS session is over (LMSFinish): from now on answers stay on this device */
	finished = $state(false);

	constructor({ win, quiz, now = Date.now }: LmsOptions) {
		this.#now = now;
		this.#startedAt = now();
		const calls = findRuntime(win);
		if (!calls) {
			// opened on its own it is the website; launched by something without a runtime, it says so
			this.#calls = null;
			this.connected = false;
			this.trouble = isLaunched(win);
			return;
		}
		if (!calls.initialize()) {
			this.#calls = null;
			this.connected = false;
			this.trouble = true;
			return;
		}
		this.#calls = calls;
		this.connected = true;
		const names = CMI[calls.version];
		this.#startStatus = calls.get(names.status);
		this.#learnerId = calls.get(names.learnerId) || null;
		const suspended = calls.get(names.suspendData);
		this.#lmsSaved = suspended ? decodeSuspendData(suspended, quiz) : null;
		this.#setAll(startValues(calls.version, this.#startStatus));
	}

	/** SCORM's version of the runtime found, or null. */
	get version(): ScormCalls['version'] | null {
		return this.#calls?.version ?? null;
	}

	#setAll(values: CmiValues): void {
		const calls = this.#calls;
		if (!calls || this.finished) return;
		for (const [element, value] of values) if (!calls.set(element, value)) this.trouble = true;
	}

	#commit(): void {
		if (this.#commitTimer !== null) clearTimeout(this.#commitTimer);
		this.#commitTimer = null;
		if (!this.#calls || this.finished) return;
		if (!this.#calls.commit()) this.trouble = true;
	}

	#commitSoon(): void {
		if (this.#commitTimer !== null) clearTimeout(this.#commitTimer);
		this.#commitTimer = setTimeout(() => this.#commit(), COMMIT_DELAY_MS);
	}

	/** Commits what is pending now (the page is being hidden, perhaps for good). */
	flush(): void {
		if (this.#commitTimer !== null) this.#commit();
	}

	/**
	 * Where the attempt is saved: the browser's store (per learner, so students sharing a device
	 * never see each other's answers) and the LMS's suspend data; reading takes the newer of the two.
	 */
	store(local: { store: ProgressStore; persistent: boolean }): {
		store: ProgressStore;
		persistent: boolean;
	} {
		const localKey = (key: string) =>
			this.#learnerId === null ? key : `${key}:learner:${this.#learnerId}`;
		return {
			store: {
				read: (key) => {
					const here = readSafely(local.store, localKey(key));
					const there = this.#lmsSaved;
					if (here === null || there === null) return there ?? here;
					return savedTime(there) >= savedTime(here) ? there : here;
				},
				write: (key, value) => local.store.write(localKey(key), value),
				remove: (key) => local.store.remove(localKey(key))
			},
			// the LMS keeps the attempt even where the browser keeps nothing
			persistent: local.persistent || this.connected
		};
	}

	/** Follows the attempt's changes from now on (call before it loads); returns the way to stop. */
	follow(attempt: Attempt): () => void {
		return attempt.onChange((change, saved) => this.#changed(change, saved));
	}

	/** The attempt changed: to cmi.suspend_data, then commit at once or shortly. */
	#changed(change: AttemptChange, saved: SavedAttempt): void {
		this.#submitted = saved.submitted;
		if (!saved.submitted) this.#sawUnsubmitted = true;
		if (change.kind === 'answered') {
			const now = this.#now();
			if (!this.#firstChange.has(change.id)) this.#firstChange.set(change.id, now);
			this.#lastChange.set(change.id, now);
		}
		const calls = this.#calls;
		if (!calls || this.finished) return;
		const limit = SUSPEND_DATA_LIMIT[calls.version];
		// the submissions' answers are for a handed-in file; the platform keeps each score itself
		const data =
			encodeSuspendData(saved, limit) ?? encodeSuspendData(withoutSubmittedAnswers(saved), limit);
		if (data === null || !calls.set(CMI[calls.version].suspendData, data)) this.trouble = true;
		if (change.kind === 'answered' || change.kind === 'changed') this.#commitSoon();
		else this.#commit();
	}

	/**
	 * The attempt was submitted and scored: report the result and end the LMS session. An attempt
	 * that was already submitted when the page opened is reported only if the LMS lacks its result.
	 */
	report(attempt: Attempt): void {
		const calls = this.#calls;
		const score = attempt.score;
		const keys = attempt.keys;
		if (!calls || this.finished || !score || !keys || !attempt.submitted) return;
		if (!this.#sawUnsubmitted && isFinalStatus(this.#startStatus)) return;
		// a test reports its score of record, and a practice retake nothing at all
		const test = attempt.test;
		if (test && !test.current?.recorded) return;
		const values: CmiValues = [...resultValues(calls.version, test?.ofRecord ?? score)];
		const count = Number(calls.get(CMI[calls.version].interactionCount) ?? '0');
		const first = Number.isInteger(count) && count >= 0 ? count : 0;
		const now = this.#now();
		attempt.quiz.questions.forEach((view, i) => {
			const key = keys[view.id];
			const questionScore = score.byQuestion[view.id];
			if (!key || !questionScore) return;
			const interaction = scormInteraction(
				view,
				key,
				attempt.answers[view.id],
				questionScore,
				score.shown.byQuestion[view.id] ?? 0
			);
			const firstChange = this.#firstChange.get(view.id);
			const lastChange = this.#lastChange.get(view.id);
			values.push(
				...interactionValues(calls.version, first + i, interaction, {
					// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a timestamp, not state
					at: new Date(firstChange ?? now),
					...(firstChange !== undefined &&
						lastChange !== undefined && { latencyMs: lastChange - firstChange })
				})
			);
		});
		values.push(
			...exitValues(calls.version, { submitted: true, sessionMs: now - this.#startedAt })
		);
		this.#setAll(values);
		this.#finish();
	}

	/** The page is going away: the time spent, keep the attempt to resume, commit, finish. */
	end(): void {
		if (!this.#calls || this.finished) return;
		this.#setAll(
			exitValues(this.#calls.version, {
				submitted: this.#submitted,
				sessionMs: this.#now() - this.#startedAt
			})
		);
		this.#finish();
	}

	#finish(): void {
		this.#commit();
		if (!this.#calls!.terminate()) this.trouble = true;
		this.finished = true;
	}
}
