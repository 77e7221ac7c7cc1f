/**
 * One student's session on a quiz page: the attempt, the reading view and, in a package, the link
 * to the learning platform, made together and started together. It holds what the page's parts
 * share beyond the attempt (what loading found, the "Submit anyway?" step) and does what spans
 * them: loading, submitting, retrying the keys, starting over, and the platform's lifecycle. The
 * page's code that is loaded on first use (grading, feedback, results) comes in as `parts`, so that
 * this layer imports no component.
 */
import { keysPath } from '$lib/paths';
import type { QuestionKey, QuizData } from '$lib/quiz/types';
import type { QuizScore } from '$lib/quiz/scoring';
import { createContext } from 'svelte';
import { Attempt, setAttempt } from './attempt.svelte';
import type { ParagraphText } from './annotation-data';
import { Annotations, setAnnotations } from './annotations.svelte';
import type { Grading, Loadable } from './grader.svelte';
import type { RestoreOutcome } from './outcomes';
import type { LmsSession } from './lms.svelte';
import { ReadingView, setReadingView } from './reading-view.svelte';
import { browserStore, memoryStore, type ProgressStore } from './storage';

/** What the page loads on first use, as the session needs it. */
export interface SessionParts {
	/** the code that grades (scoring, practice's Check), which the attempt waits for when it must */
	grading: Loadable<Grading>;
	/** fetches what answering and submitting will show once the page is idle; returns the cancel */
	prefetchWhenIdle(): () => void;
	/** fetches what the results show, without waiting */
	prefetchResults(): void;
	/** loads what the results show (waited for before they are announced) */
	loadResults(): Promise<void>;
}

/**
 * A preview of a quiz (the Studio's): its attempt kept apart from any student's, in `store`, and a
 * test's keys given rather than fetched from the site (a draft has no key.json). No learning
 * platform is looked for.
 */
export interface SessionPreview {
	store: ProgressStore;
	keys: Record<string, QuestionKey>;
}

/**
 * A quiz played from a SCORM package (routes/studio/player): the learning platform is looked for,
 * and a test's keys are fetched from the package's own file. The player hands in the platform's
 * link (`new LmsSession(…)`), so that a quiz page of the site never loads the LMS code.
 */
export interface SessionPackage {
	/** where the package's `key.json` is */
	keysUrl: string;
	/** the link to the learning platform, for this quiz (lms.svelte.ts) */
	connect(quiz: QuizData): LmsSession;
}

export interface SessionOptions {
	quiz: QuizData;
	/** the article's sentence ids, to check restored sentence answers against */
	sentenceIds: ReadonlySet<string>;
	/** the article's paragraphs, for the student's highlights and notes (none: nothing to mark) */
	paragraphs?: readonly ParagraphText[];
	parts: SessionParts;
	/** false while prerendering: nothing is stored, no platform is looked for */
	browser: boolean;
	/** the Studio's preview: kept and keyed apart from the site */
	preview?: SessionPreview;
	/** a SCORM package's player */
	packaged?: SessionPackage;
}

/** What a Submit did: asked first (unanswered questions), or submitted (scored unless keys failed). */
export type SubmitOutcome = { kind: 'confirm' } | { kind: 'submitted'; score: QuizScore | null };

export class QuizSession {
	readonly attempt: Attempt;
	readonly reading = new ReadingView();
	readonly lms: LmsSession | null;
	/** the student's own highlights and notes, kept in this browser only */
	readonly annotations: Annotations;
	/** the Studio's preview of a draft, not a student's quiz */
	readonly previewing: boolean;
	readonly #parts: SessionParts;
	/** what loading the saved attempt found, once loaded */
	restored: RestoreOutcome | null = $state(null);
	/** "Submit anyway?": Submit was pressed with questions unanswered */
	confirming = $state(false);
	/** a submitted test reopened: its keys and results loading, for the results to announce */
	reopened: Promise<QuizScore | null> | null = null;

	constructor({
		quiz,
		sentenceIds,
		paragraphs = [],
		parts,
		browser,
		preview,
		packaged
	}: SessionOptions) {
		this.#parts = parts;
		this.previewing = preview !== undefined;
		// in the browser, localStorage when it works, and in a package launched by a learning
		// platform its suspend data too (lms.svelte.ts); nothing is stored while prerendering
		this.lms = browser && packaged ? packaged.connect(quiz) : null;
		const local = preview
			? { store: preview.store, persistent: true }
			: browser
				? browserStore()
				: { store: memoryStore(), persistent: true };
		const storage = this.lms ? this.lms.store(local) : local;
		const fetchKeys = async (): Promise<Record<string, QuestionKey>> => {
			if (preview) return preview.keys;
			const response = await fetch(packaged?.keysUrl ?? keysPath(quiz.article, quiz.slug));
			if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
			return (await response.json()) as Record<string, QuestionKey>;
		};
		const grading = parts.grading;
		this.attempt = new Attempt({ quiz, ...storage, fetchKeys, grading, sentenceIds });
		const { article, slug } = quiz;
		this.annotations = new Annotations({ article, quiz: slug, paragraphs, store: local.store });
		// the learning platform follows every change, from the load on
		this.lms?.follow(this.attempt);
	}

	/** Loads the saved attempt and fetches ahead what the student will need; returns the stop. */
	start(): () => void {
		this.restored = this.attempt.load();
		void this.annotations.load();
		// a submitted test's results: its keys are loading (say so if they fail)
		if (this.attempt.keysStatus === 'loading') this.reopened = this.retryKeys();
		return this.#parts.prefetchWhenIdle();
	}

	/**
	 * The learning platform's lifecycle in `win`: a phone may never fire pagehide for a tab it
	 * discards, so commit whenever the page is hidden, and finish when it goes. Returns the teardown.
	 */
	attach(win: Window): () => void {
		const lms = this.lms;
		if (!lms) return () => undefined;
		const hidden = () => {
			if (win.document.visibilityState === 'hidden') lms.flush();
		};
		const leaving = () => lms.end();
		win.document.addEventListener('visibilitychange', hidden);
		win.addEventListener('pagehide', leaving);
		return () => {
			win.document.removeEventListener('visibilitychange', hidden);
			win.removeEventListener('pagehide', leaving);
		};
	}

	/** Keeps up with the submission: results fetched, and the result reported once scored. */
	follow(): void {
		if (!this.attempt.submitted) return;
		this.#parts.prefetchResults();
		// a test's result goes to the learning platform once its keys arrive
		if (this.lms && this.attempt.score) this.lms.report(this.attempt);
	}

	/** Submit: asks first while questions are unanswered, then submits and loads the results. */
	async submit(): Promise<SubmitOutcome> {
		if (this.attempt.unansweredCount > 0 && !this.confirming) {
			this.confirming = true;
			return { kind: 'confirm' };
		}
		this.confirming = false;
		this.reading.select(null);
		const [score] = await Promise.all([this.attempt.submit(), this.#parts.loadResults()]);
		return { kind: 'submitted', score };
	}

	/** Loads a test's keys again after a failure, with what the results show. */
	async retryKeys(): Promise<QuizScore | null> {
		await Promise.all([this.attempt.loadKeys(), this.#parts.loadResults()]);
		return this.attempt.score;
	}

	/** Start over: every answer, and the student's highlights and notes, cleared. */
	startOver(): void {
		this.attempt.startOver();
		this.annotations.clear();
	}

	/** Back to answering ("Retry incorrect", "Start over"): no citation, selection or question. */
	afterReset(announcement: string): void {
		this.reading.reset();
		this.reading.announce(announcement);
		this.confirming = false;
	}
}

/** The session of the quiz page a component is on. */
export const [getSession, setSession] = createContext<QuizSession>();

/** Shares the session, and its attempt and reading view on their own, with the page's components. */
export function shareSession(session: QuizSession): QuizSession {
	setAttempt(session.attempt);
	setReadingView(session.reading);
	setAnnotations(session.annotations);
	return setSession(session);
}
