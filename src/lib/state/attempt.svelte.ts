/**
 * One student's attempt at one quiz: the draw and arrangement (the seed), the answers, each
 * question's progress in practice mode, whether the quiz is submitted, and the keys once known; also
 * the name written on the results and where the student was. The whole attempt is one record,
 * replaced in one place (`#change`), which saves it (saved-attempt.ts owns its saved form) and tells
 * whoever follows the attempt what happened (`onChange`: the learning platform). Scoring is derived.
 * Methods report what happened as data (outcomes); the components put it into words. A quiz with
 * `pick` is drawn here, once: `quiz` has only this attempt's questions, so nothing after sees others.
 *
 * A practice question goes: answering → Check → right, or out of tries: revealed (locked, key
 * shown); not right with tries left: waiting (locked; the student sees it is not right and how many
 * parts are) → "Try again": answering, one try used; or "Show answer": revealed. A near-miss in a
 * typed answer ("almost") uses no try and leaves it answering.
 */
import { createContext } from 'svelte';
import { arrange, type Arrangement } from '$lib/quiz/arrange';
import { drawnQuiz } from '$lib/quiz/pool';
import { emptyAnswer, isAnswered } from '$lib/quiz/questions';
import type { QuestionScore, QuizScore } from '$lib/quiz/scoring';
import { newSeed } from '$lib/quiz/kit/shuffle';
import type { Answer, QuestionKey, QuestionView, QuizData } from '$lib/quiz/types';
import { Grader, type Grading, type KeyFetcher, type KeysStatus } from './grader.svelte';
import type { Loadable } from './grader.svelte';
import { settled } from './practice';
import { placeAfter, type Place } from './navigation';
import { freshRecord, isChecked, NAME_MAX_LENGTH, NOT_STARTED, toSaved } from './saved-attempt';
import { readSavedAttempt, type AttemptRecord, type QuestionProgress } from './saved-attempt';
import type { SavedAttempt } from './saved-attempt';
import { progressKey, StoredValue, type ProgressStore } from './storage';
import { submissionClock, testStanding, type TestStanding } from './submissions';
import type { AttemptChange, CheckOutcome, PendingTry } from './outcomes';
import { restoredRecord, type RestoreOutcome, type RetryOutcome } from './outcomes';

export interface AttemptOptions {
	quiz: QuizData;
	store: ProgressStore;
	/** false when answers only live in memory (no localStorage): the page says so */
	persistent: boolean;
	/** test mode: loads the keys after submission */
	fetchKeys?: KeyFetcher;
	/** the grading code, which the page loads after it has started: nothing is scored until then */
	grading: Loadable<Grading>;
	/** the arrangement before `load()` (prerendering, hydration): must be the same on server and client */
	initialSeed?: number;
	makeSeed?: () => number;
	/** the article's sentence ids, to check restored sentence answers and Part B against */
	sentenceIds?: ReadonlySet<string>;
}

export class Attempt {
	/** the quiz as built: with `pick`, the whole bank */
	readonly bank: QuizData;
	/** the quiz as this attempt has it: with `pick`, only the questions its seed draws */
	readonly quiz: QuizData = $derived.by(() => drawnQuiz(this.bank, this.seed));
	readonly #saved: StoredValue<SavedAttempt>;
	readonly #makeSeed: () => number;
	readonly #sentenceIds: ReadonlySet<string> | undefined;
	readonly #views: Map<string, QuestionView>;
	// who follows the changes: nothing renders it
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #followers = new Set<(change: AttemptChange, saved: SavedAttempt) => void>();
	#record: AttemptRecord = $state.raw() as AttemptRecord;
	/** the keys (the data's own in practice mode, a test's loaded after submission) and grading */
	readonly #grader: Grader;

	/** false until `load()` has restored or shuffled the attempt in the browser */
	loaded = $state(false);
	/** false once answers live only in memory: the browser keeps nothing, or refused a write */
	saving = $state(true);

	// practice mode passes its keys so order items never start in the right order; a test's keys,
	// fetched later, must not re-arrange the page, so only the data's own keys are used
	readonly arrangement: Arrangement = $derived.by(() =>
		arrange(this.quiz, this.seed, this.quiz.keys)
	);
	readonly questions: QuestionView[] = $derived.by(() =>
		this.arrangement.questionOrder.flatMap((id) => this.#views.get(id) ?? [])
	);
	readonly answeredCount: number = $derived.by(
		() => this.quiz.questions.filter((view) => this.isAnswered(view.id)).length
	);
	readonly unansweredCount: number = $derived.by(
		() => this.quiz.questions.length - this.answeredCount
	);
	/** null until the keys and the grading code are here */
	readonly score: QuizScore | null = $derived.by(() =>
		this.#grader.score(this.quiz, this.answers, this.#record.progress)
	);
	/** test mode: every scored submission, the one that counts, retakes left (submissions.ts) */
	readonly test: TestStanding | null = $derived.by(() =>
		testStanding(this.quiz, this.#record, this.score)
	);

	constructor(options: AttemptOptions) {
		this.bank = options.quiz;
		this.saving = options.persistent;
		const key = progressKey(options.quiz.article, options.quiz.slug);
		this.#saved = new StoredValue(options.store, key, (saved) => JSON.stringify(saved));
		this.#grader = new Grader(options.quiz.keys, options.fetchKeys, options.grading);
		this.#makeSeed = options.makeSeed ?? newSeed;
		this.#sentenceIds = options.sentenceIds;
		// a fixed lookup, built once: nothing to react to
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.#views = new Map(options.quiz.questions.map((view) => [view.id, view]));
		this.#record = freshRecord(this.bank, options.initialSeed ?? 0);
	}

	/** The one way the attempt changes: the new record is saved, and its followers told. */
	#change(next: Partial<AttemptRecord>, change: AttemptChange = { kind: 'changed' }): void {
		this.#record = { ...this.#record, ...next };
		const saved = this.toSaved();
		// a full or revoked store: keep going in memory (the page says so)
		if (!this.#saved.write(saved)) this.saving = false;
		for (const follow of this.#followers) follow(change, saved);
	}

	/** Calls `follow` after every change, with the attempt as saved; returns the way to stop. */
	onChange(follow: (change: AttemptChange, saved: SavedAttempt) => void): () => void {
		this.#followers.add(follow);
		return () => this.#followers.delete(follow);
	}

	readonly seed: number = $derived(this.#record.seed);
	readonly answers: Readonly<Record<string, Answer>> = $derived(this.#record.answers);
	readonly submitted: boolean = $derived(this.#record.submitted);
	/** when the quiz was last submitted (ms since the epoch), for the report */
	readonly submittedAt: number | null = $derived(this.#record.submittedAt);
	/** the student's name on the results (optional, for the printout) */
	readonly name: string = $derived(this.#record.name);
	/** the question last worked on and the article's paragraph at the top */
	readonly place: Place = $derived(this.#record.place);
	readonly keys: Record<string, QuestionKey> | null = $derived.by(() => this.#grader.keys);
	readonly keysStatus: KeysStatus = $derived.by(() => this.#grader.status);

	/** Restores the saved attempt (or starts a fresh, newly shuffled one) and saves it. Call once, in the browser. */
	load(): RestoreOutcome {
		const outcome = this.restore(this.#saved.read());
		this.loaded = true;
		this.#change({}, { kind: 'loaded' });
		return outcome;
	}

	/**
	 * Takes over a saved attempt (untrusted: see saved-attempt.ts): its seed (and so its draw), the
	 * answers that still fit the quiz, each question's progress and the submission. Nothing usable
	 * starts afresh.
	 */
	restore(raw: string | null): RestoreOutcome {
		const restored = readSavedAttempt(raw, this.bank, this.#sentenceIds);
		const { record, outcome } = restoredRecord(restored, this.bank, this.#makeSeed);
		this.#record = record;
		// what was checked or submitted shows its feedback once the keys and the grading are here
		if (this.submitted) void this.loadKeys();
		else if (isChecked(record)) void this.#grader.loadGrading();
		return outcome;
	}

	/** The attempt as it is saved. */
	toSaved(): SavedAttempt {
		return toSaved(this.#record, this.quiz, Date.now());
	}

	view(id: string): QuestionView | undefined {
		return this.#views.get(id);
	}

	/** The student's answer to a question of this quiz: every question has one, empty at first. */
	answerTo(view: QuestionView): Answer {
		return this.answers[view.id] ?? emptyAnswer(view);
	}

	isAnswered(id: string): boolean {
		const view = this.#views.get(id);
		const answer = this.answers[id];
		return view !== undefined && answer !== undefined && isAnswered(view, answer);
	}

	/** Practice mode: where a question stands (see the class comment). */
	progress(id: string): QuestionProgress {
		return this.#record.progress[id] ?? NOT_STARTED;
	}

	/** Feedback is shown once checked or submitted, and scored; in a test, as `review` and retakes allow. */
	isRevealed(id: string): boolean {
		const shown = this.score !== null && (this.test?.answersShown ?? true);
		return shown && (this.submitted || this.progress(id).phase === 'revealed');
	}

	/** Answering is closed once submitted (even while a test's keys load), revealed, or waiting. */
	isLocked(id: string): boolean {
		return this.submitted || this.progress(id).phase !== 'answering';
	}

	key(id: string): QuestionKey | null {
		return this.isRevealed(id) ? (this.keys?.[id] ?? null) : null;
	}

	/** Replaces a question's answer (while it is open): a response of its type, or its Part B. */
	answer(id: string, answer: Answer): void {
		if (!this.answers[id] || this.isLocked(id)) return;
		this.#change({ answers: { ...this.answers, [id]: answer } }, { kind: 'answered', id });
	}

	setResponse(id: string, response: Answer['response']): void {
		const answer = this.answers[id];
		// the component of a type only ever gives responses of its type
		if (answer) this.answer(id, { ...answer, response } as Answer);
	}

	setEvidence(id: string, evidence: string[]): void {
		const answer = this.answers[id];
		if (answer) this.answer(id, { ...answer, evidence });
	}

	#setProgress(id: string, progress: QuestionProgress, change: AttemptChange): void {
		this.#change({ progress: { ...this.#record.progress, [id]: progress } }, change);
	}

	/** Practice mode: checks an answer as one try (see the class comment), once grading is here. */
	async check(id: string): Promise<CheckOutcome | null> {
		await this.#grader.loadGrading();
		const view = this.#views.get(id);
		if (!view || this.isLocked(id)) return null;
		const tried = this.#grader.checkTry(view, this.answers[id], this.progress(id));
		if (!tried) return null;
		if (tried.progress) this.#setProgress(id, tried.progress, { kind: 'checked', id });
		return tried.outcome;
	}

	/** A question's wrong try waiting for "Try again" or "Show answer", or null. */
	pendingTry(id: string): PendingTry | null {
		const view = this.#views.get(id);
		return view ? this.#grader.pendingTry(view, this.answers[id], this.progress(id)) : null;
	}

	/** Practice mode: after a wrong try, answering again (the try stays used). */
	tryAgain(id: string): void {
		const progress = this.progress(id);
		if (progress.phase === 'waiting')
			this.#setProgress(id, { ...progress, phase: 'answering' }, { kind: 'changed' });
	}

	/** Practice mode: after a wrong try, reveals the answer instead; the best try so far counts. */
	showAnswer(id: string): QuestionScore | null {
		const progress = this.progress(id);
		if (progress.phase !== 'waiting') return null;
		this.#setProgress(id, { ...progress, phase: 'revealed' }, { kind: 'checked', id });
		return this.score?.byQuestion[id] ?? null;
	}

	/** Sets the name written on the results (saved with the attempt). */
	setName(name: string): void {
		this.#change({ name: name.slice(0, NAME_MAX_LENGTH) });
	}

	/** Notes where the student is (the question worked on, the article's paragraph); saved when it moved. */
	setPlace(noted: Place): void {
		const place = placeAfter(this.place, noted);
		if (place) this.#change({ place });
	}

	/** Submits the quiz; in test mode then loads the keys. Answers are saved before anything can fail. */
	async submit(): Promise<QuizScore | null> {
		const progress = settled(this.#record.progress);
		const submittedAt = submissionClock(this.#record.submissions);
		this.#change({ submitted: true, submittedAt, progress }, { kind: 'submitted' });
		await this.loadKeys();
		return this.score;
	}

	/** Loads the keys and grading (or waits for the load under way), then lists a submission scored. */
	async loadKeys(): Promise<void> {
		await this.#grader.load();
		const test = this.test;
		if (test?.unsaved) this.#change({ submissions: test.submissions }, { kind: 'scored' });
	}

	/** Keeps the questions answered fully right (revealed) and clears the rest. */
	retryIncorrect(): RetryOutcome {
		const retry = this.score && this.#grader.retried(this.quiz.questions, this.score, this.#record);
		if (!retry) return { kept: [], cleared: [] };
		this.#change(retry.record, { kind: 'reset' });
		return retry.outcome;
	}

	/**
	 * Clears everything and shuffles anew: with `pick`, a new draw of questions. A test's keys are
	 * forgotten until the next submission; its submissions stay.
	 */
	startOver(): void {
		if (this.quiz.mode === 'test') this.#grader.forget();
		const { name, submissions } = this.#record;
		const fresh = freshRecord(this.bank, this.#makeSeed());
		this.#change({ ...fresh, name, submissions }, { kind: 'reset' });
	}
}

/** The attempt of the quiz page a component is on (set by the quiz page's session). */
export const [getAttempt, setAttempt] = createContext<Attempt>();
