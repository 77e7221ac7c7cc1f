/**
 * One student's attempt at one quiz: the arrangement (shuffle seed), the answers, which questions are
 * checked, whether the quiz is submitted, and the keys once known. Every change is saved at once
 * (`toSaved`) and read back with `restore`; scoring is derived. Methods report what happened as data
 * (outcomes); the components put it into words. The quiz page creates it and hands it down by context.
 */
import { getContext, setContext } from 'svelte';
import { arrange, type Arrangement } from '$lib/quiz/arrange';
import { emptyAnswer, isAnswered } from '$lib/quiz/questions';
import { scoreQuiz, type QuestionScore, type QuizScore } from '$lib/quiz/scoring';
import { newSeed } from '$lib/quiz/shuffle';
import type { Answer, QuestionKey, QuestionView, QuizData } from '$lib/quiz/types';
import { readSavedAttempt, type SavedAttempt } from './saved-attempt';
import { progressKey, readSafely, writeSafely, type ProgressStore } from './storage';

export type KeyFetcher = () => Promise<Record<string, QuestionKey>>;

export interface AttemptOptions {
	quiz: QuizData;
	store: ProgressStore;
	/** false when answers only live in memory (no localStorage): the page says so */
	persistent: boolean;
	/** test mode: loads the keys after submission */
	fetchKeys?: KeyFetcher;
	/** the arrangement before `load()` (prerendering, hydration): must be the same on server and client */
	initialSeed?: number;
	makeSeed?: () => number;
	/** the article's sentence ids, to check restored highlight and Part B answers against */
	sentenceIds?: ReadonlySet<string>;
}

/** Which sentences are being selected: a highlight question's answer, or a two-part question's Part B. */
export type Selecting = { questionId: string; part: 'highlight' | 'evidence' };
export type KeysStatus = 'ready' | 'waiting' | 'loading' | 'failed';

/** What `restore` (and so `load`) found. */
export interface RestoreOutcome {
	status: 'fresh' | 'restored' | 'updated' | 'corrupt';
	/** questions whose saved answer was cleared because the question changed or is gone */
	changed: string[];
	/** questions whose saved answer could not be read and was cleared */
	unreadable: string[];
}

/** What `retryIncorrect` kept and cleared. */
export interface RetryOutcome {
	kept: string[];
	cleared: string[];
}

export class Attempt {
	readonly quiz: QuizData;
	readonly #store: ProgressStore;
	readonly #fetchKeys: KeyFetcher | undefined;
	readonly #makeSeed: () => number;
	readonly #sentenceIds: ReadonlySet<string> | undefined;
	readonly #views: Map<string, QuestionView>;
	#keysLoading: Promise<void> | null = null;

	seed = $state(0);
	answers: Record<string, Answer> = $state({});
	/** practice mode: the questions whose feedback the student asked for */
	checked: Record<string, boolean> = $state({});
	submitted = $state(false);
	keys: Record<string, QuestionKey> | null = $state.raw(null);
	keysStatus: KeysStatus = $state('waiting');
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
	/** null until the keys are known */
	readonly score: QuizScore | null = $derived.by(() =>
		this.keys ? scoreQuiz(this.quiz, this.keys, this.answers) : null
	);

	constructor(options: AttemptOptions) {
		this.quiz = options.quiz;
		this.saving = options.persistent;
		this.#store = options.store;
		this.#fetchKeys = options.fetchKeys;
		this.#makeSeed = options.makeSeed ?? newSeed;
		this.#sentenceIds = options.sentenceIds;
		// a fixed lookup, built once: nothing to react to
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.#views = new Map(options.quiz.questions.map((view) => [view.id, view]));
		this.seed = options.initialSeed ?? 0;
		this.answers = this.#emptyAnswers();
		this.keys = options.quiz.keys;
		this.keysStatus = options.quiz.keys ? 'ready' : 'waiting';
	}

	#emptyAnswers(): Record<string, Answer> {
		return Object.fromEntries(this.quiz.questions.map((view) => [view.id, emptyAnswer(view)]));
	}

	get storageKey(): string {
		return progressKey(this.quiz.article, this.quiz.slug);
	}

	/** Restores the saved attempt (or starts a fresh, newly shuffled one) and saves it. Call once, in the browser. */
	load(): RestoreOutcome {
		const outcome = this.restore(readSafely(this.#store, this.storageKey));
		this.loaded = true;
		this.#save();
		return outcome;
	}

	/**
	 * Takes over a saved attempt (untrusted: see saved-attempt.ts): its seed, the answers that still
	 * fit the quiz, checks and submission. Nothing usable starts a fresh attempt with a new seed.
	 */
	restore(raw: string | null): RestoreOutcome {
		const restored = readSavedAttempt(raw, this.quiz, this.#sentenceIds);
		const progress = restored.progress;
		if (progress === null) {
			this.seed = this.#makeSeed();
			this.answers = this.#emptyAnswers();
			this.checked = {};
			this.submitted = false;
			return {
				status: restored.status === 'corrupt' ? 'corrupt' : 'fresh',
				changed: [],
				unreadable: []
			};
		}
		this.seed = progress.seed;
		const answers = this.#emptyAnswers();
		const checked: Record<string, boolean> = {};
		for (const [id, saved] of Object.entries(progress.questions)) {
			answers[id] = saved.answer;
			if (saved.checked) checked[id] = true;
		}
		this.answers = answers;
		this.checked = checked;
		this.submitted = progress.submitted;
		if (this.submitted && !this.keys) void this.loadKeys();
		return {
			status: restored.status === 'updated' ? 'updated' : 'restored',
			changed: restored.dropped,
			unreadable: restored.invalid
		};
	}

	/** The attempt as it is saved. */
	toSaved(): SavedAttempt {
		const answers = $state.snapshot(this.answers) as Record<string, Answer>;
		const questions: SavedAttempt['questions'] = {};
		for (const view of this.quiz.questions) {
			const answer = answers[view.id];
			if (answer)
				questions[view.id] = {
					version: view.version,
					answer,
					checked: this.checked[view.id] === true
				};
		}
		return {
			format: 1,
			quizVersion: this.quiz.version,
			seed: this.seed,
			questions,
			submitted: this.submitted,
			updatedAt: Date.now()
		};
	}

	#save(): void {
		// a full or revoked store: keep going in memory (the page says so)
		if (!writeSafely(this.#store, this.storageKey, JSON.stringify(this.toSaved())))
			this.saving = false;
	}

	view(id: string): QuestionView | undefined {
		return this.#views.get(id);
	}

	isAnswered(id: string): boolean {
		const view = this.#views.get(id);
		const answer = this.answers[id];
		return view !== undefined && answer !== undefined && isAnswered(view, answer);
	}

	/** Feedback for a question is shown (and its inputs locked) once it is checked or the quiz submitted. */
	isRevealed(id: string): boolean {
		return this.keys !== null && (this.submitted || this.checked[id] === true);
	}

	/** Answering is closed once checked or submitted (even while a test's keys are still loading). */
	isLocked(id: string): boolean {
		return this.submitted || this.checked[id] === true;
	}

	key(id: string): QuestionKey | null {
		return this.isRevealed(id) ? (this.keys?.[id] ?? null) : null;
	}

	setResponse(id: string, response: Answer['response']): void {
		const answer = this.answers[id];
		if (!answer || this.isLocked(id)) return;
		// the component of a type only ever gives responses of its type
		this.answers[id] = { ...answer, response } as Answer;
		this.#save();
	}

	setEvidence(id: string, evidence: string[]): void {
		const answer = this.answers[id];
		if (!answer || this.isLocked(id)) return;
		this.answers[id] = { ...answer, evidence };
		this.#save();
	}

	/** The sentences selected so far for `selecting`: a highlight question's response or Part B's evidence. */
	selection(selecting: Selecting): readonly string[] {
		const answer = this.answers[selecting.questionId];
		if (!answer) return [];
		if (selecting.part === 'evidence') return answer.evidence ?? [];
		return answer.type === 'highlight' ? answer.response : [];
	}

	/** Adds or removes a sentence from the answer `selecting` is for. */
	toggleSentence(selecting: Selecting, sentenceId: string): void {
		const answer = this.answers[selecting.questionId];
		if (!answer) return;
		const ids = this.selection(selecting);
		const toggled = ids.includes(sentenceId)
			? ids.filter((id) => id !== sentenceId)
			: [...ids, sentenceId];
		if (selecting.part === 'evidence') this.setEvidence(selecting.questionId, toggled);
		else if (answer.type === 'highlight') this.setResponse(selecting.questionId, toggled);
	}

	/** Practice mode: reveals one question's feedback; its score, or null when there is nothing to check. */
	check(id: string): QuestionScore | null {
		if (!this.keys || this.checked[id]) return null;
		this.checked[id] = true;
		this.#save();
		return this.score?.byQuestion[id] ?? null;
	}

	/** Submits the quiz; in test mode then loads the keys. Answers are saved before anything can fail. */
	async submit(): Promise<QuizScore | null> {
		this.submitted = true;
		this.#save();
		if (!this.keys) await this.loadKeys();
		return this.score;
	}

	/**
	 * Loads a test's keys (or waits for the load under way); on failure `keysStatus` says so (the page
	 * offers a retry) and the answers stay.
	 */
	loadKeys(): Promise<void> {
		if (this.#keysLoading) return this.#keysLoading;
		const fetchKeys = this.#fetchKeys;
		if (this.keys || !fetchKeys) return Promise.resolve();
		this.keysStatus = 'loading';
		this.#keysLoading = (async () => {
			try {
				this.keys = await fetchKeys();
				this.keysStatus = 'ready';
			} catch {
				this.keysStatus = 'failed';
			} finally {
				this.#keysLoading = null;
			}
		})();
		return this.#keysLoading;
	}

	/** Keeps the questions answered fully right (still checked) and clears the rest. */
	retryIncorrect(): RetryOutcome {
		const score = this.score;
		if (!score) return { kept: [], cleared: [] };
		const answers = { ...this.answers };
		const checked: Record<string, boolean> = {};
		const cleared: string[] = [];
		for (const view of this.quiz.questions) {
			if (score.byQuestion[view.id]?.verdict === 'correct') checked[view.id] = true;
			else {
				answers[view.id] = emptyAnswer(view);
				cleared.push(view.id);
			}
		}
		this.answers = answers;
		this.checked = checked;
		this.submitted = false;
		this.#save();
		return { kept: Object.keys(checked), cleared };
	}

	/** Clears everything and shuffles anew. A test's keys are forgotten until the next submission. */
	startOver(): void {
		this.seed = this.#makeSeed();
		this.answers = this.#emptyAnswers();
		this.checked = {};
		this.submitted = false;
		if (this.quiz.mode === 'test') {
			this.keys = null;
			this.keysStatus = 'waiting';
		}
		this.#save();
	}
}

const CONTEXT = Symbol('attempt');

export function setAttempt(attempt: Attempt): Attempt {
	return setContext(CONTEXT, attempt);
}

/** The attempt of the quiz page this component is on. */
export function getAttempt(): Attempt {
	const attempt = getContext<Attempt | undefined>(CONTEXT);
	if (!attempt) throw new Error('getAttempt() is only available inside a quiz page');
	return attempt;
}
