/**
 * One student's attempt at one quiz: the arrangement (shuffle seed), the answers, the tries used and
 * which questions are revealed (practice mode), whether the quiz is submitted, and the keys once
 * known; also the name written on the results and where the student was. Every change is saved at
 * once (`toSaved`) and read back with `restore`; scoring is derived. Methods report what happened as
 * data (outcomes); the components put it into words. The quiz page creates it and hands it down by
 * context.
 *
 * A practice question goes: answering → Check → right, or out of tries: revealed (locked, key
 * shown); not right with tries left: waiting (locked; the student sees it is not right and how many
 * parts are) → "Try again": answering, one try used; or "Show answer": revealed. A near-miss in a
 * typed answer ("almost") uses no try and leaves it answering.
 */
import { getContext, setContext } from 'svelte';
import { arrange, type Arrangement } from '$lib/quiz/arrange';
import { emptyAnswer, isAnswered } from '$lib/quiz/questions';
import type { PartsRight } from '$lib/quiz/kit/rules';
import {
	answerFraction,
	nearMisses,
	partsRight,
	scoreQuiz,
	type QuestionScore,
	type QuizScore
} from '$lib/quiz/scoring';
import { newSeed } from '$lib/quiz/kit/shuffle';
import { afterTry, NO_TRIES, type TryRecord } from '$lib/quiz/tries';
import type { Answer, QuestionKey, QuestionView, QuizData } from '$lib/quiz/types';
import type { Rich } from '$lib/text/inline';
import {
	NAME_MAX_LENGTH,
	readSavedAttempt,
	type SavedAttempt,
	type SavedPlace,
	type SavedQuestion
} from './saved-attempt';
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

/** What a practice-mode Check found. */
export type CheckOutcome =
	/** typed parts (by index) are one slip from right: no try used, still answering */
	| { kind: 'almost'; parts: number[] }
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

/** Where the student was (see `SavedPlace`). */
export type Place = SavedPlace;

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
	/** practice mode: the questions revealed (answer and explanation shown, inputs locked) */
	checked: Record<string, boolean> = $state({});
	/** practice mode: the tries used per question and the best credit earned by them */
	tries: Record<string, TryRecord> = $state({});
	/** practice mode: questions whose last try was not right, waiting for "Try again" or "Show answer" */
	waiting: Record<string, boolean> = $state({});
	submitted = $state(false);
	/** when the quiz was last submitted (ms since the epoch), for the report */
	submittedAt: number | null = $state(null);
	/** the student's name on the results (optional, for the printout) */
	name = $state('');
	/** the question last worked on and the article's paragraph at the top */
	place: Place = $state({});
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
		this.keys ? scoreQuiz(this.quiz, this.keys, this.answers, this.tries) : null
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
			this.#clearTries();
			this.submitted = false;
			this.submittedAt = null;
			return {
				status: restored.status === 'corrupt' ? 'corrupt' : 'fresh',
				changed: [],
				unreadable: []
			};
		}
		this.seed = progress.seed;
		const answers = this.#emptyAnswers();
		const checked: Record<string, boolean> = {};
		const tries: Record<string, TryRecord> = {};
		const waiting: Record<string, boolean> = {};
		for (const [id, saved] of Object.entries(progress.questions)) {
			answers[id] = saved.answer;
			if (saved.checked) checked[id] = true;
			if (saved.tries) tries[id] = { used: saved.tries, best: saved.best ?? 0 };
			if (saved.waiting) waiting[id] = true;
		}
		this.answers = answers;
		this.checked = checked;
		this.tries = tries;
		this.waiting = waiting;
		this.submitted = progress.submitted;
		this.submittedAt = progress.submitted ? (progress.submittedAt ?? progress.updatedAt) : null;
		this.name = progress.name ?? '';
		this.place = progress.place ?? {};
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
			if (answer) questions[view.id] = this.#savedQuestion(view, answer);
		}
		const name = this.name.trim();
		const place = $state.snapshot(this.place);
		return {
			format: 1,
			quizVersion: this.quiz.version,
			seed: this.seed,
			questions,
			submitted: this.submitted,
			updatedAt: Date.now(),
			// only what is set: the attempt may have to fit a small store (an LMS's suspend data)
			...(this.submitted && this.submittedAt !== null && { submittedAt: this.submittedAt }),
			...(name !== '' && { name }),
			...(Object.keys(place).length > 0 && { place })
		};
	}

	#savedQuestion(view: QuestionView, answer: Answer): SavedQuestion {
		const tries = this.tries[view.id];
		return {
			version: view.version,
			answer,
			checked: this.checked[view.id] === true,
			...(tries && tries.used > 0 && { tries: tries.used }),
			// three decimals are plenty for a fraction of the points, and keep the saved attempt short
			...(tries && tries.best > 0 && { best: Math.round(tries.best * 1000) / 1000 }),
			...(this.waiting[view.id] && { waiting: true as const })
		};
	}

	#clearTries(): void {
		this.checked = {};
		this.tries = {};
		this.waiting = {};
	}

	#save(): void {
		// a full or revoked store: keep going in memory (the page says so)
		if (!writeSafely(this.#store, this.storageKey, JSON.stringify(this.toSaved())))
			this.saving = false;
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

	/** Feedback for a question is shown (and its inputs locked) once it is checked or the quiz submitted. */
	isRevealed(id: string): boolean {
		return this.keys !== null && (this.submitted || this.checked[id] === true);
	}

	/**
	 * Answering is closed once revealed or submitted (even while a test's keys are still loading), and
	 * while a wrong try waits for "Try again".
	 */
	isLocked(id: string): boolean {
		return this.submitted || this.checked[id] === true || this.waiting[id] === true;
	}

	/** Practice mode: the tries used on a question so far. */
	triesUsed(id: string): number {
		return this.tries[id]?.used ?? 0;
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

	/**
	 * Practice mode: checks one question's answer as one try (see the class comment); what it found,
	 * or null when there is nothing to check (no key, already revealed or waiting).
	 */
	check(id: string): CheckOutcome | null {
		const view = this.#views.get(id);
		const key = this.keys?.[id];
		const answer = this.answers[id];
		if (!view || !key || this.isLocked(id)) return null;
		const almost = nearMisses(view, key, answer);
		if (almost.length > 0) return { kind: 'almost', parts: almost };

		const fraction = answerFraction(view, key, answer);
		const record = afterTry(this.tries[id] ?? NO_TRIES, fraction);
		this.tries[id] = record;
		const revealed = fraction === 1 || record.used >= view.attempts;
		if (revealed) this.checked[id] = true;
		else this.waiting[id] = true;
		this.#save();
		const score = this.score?.byQuestion[id];
		if (!score) return null;
		return revealed
			? { kind: 'revealed', score }
			: {
					kind: 'not-yet',
					score,
					parts: partsRight(view, key, answer),
					triesLeft: view.attempts - record.used
				};
	}

	/** A question's wrong try waiting for "Try again" or "Show answer", or null. */
	pendingTry(id: string): PendingTry | null {
		// nearly every question has no try waiting: it must not score the quiz to find that out (each
		// card asks, and would then ask again after every answer anywhere on the page)
		if (!this.waiting[id]) return null;
		const view = this.#views.get(id);
		const key = this.keys?.[id];
		const score = this.score?.byQuestion[id];
		if (!view || !key || !score) return null;
		const answer = this.answers[id];
		const used = this.triesUsed(id);
		// one picked choice: its feedback explains why it is wrong without giving the answer away
		const picked = answer?.type === key.type ? answer.response : null;
		const feedback =
			typeof picked === 'string' && 'feedback' in key ? (key.feedback[picked] ?? null) : null;
		return {
			score,
			parts: partsRight(view, key, answer),
			feedback,
			used,
			triesLeft: view.attempts - used
		};
	}

	/** Practice mode: after a wrong try, answering again (the try stays used). */
	tryAgain(id: string): void {
		if (!this.waiting[id]) return;
		delete this.waiting[id];
		this.#save();
	}

	/** Practice mode: after a wrong try, reveals the answer instead; the best try so far counts. */
	showAnswer(id: string): QuestionScore | null {
		if (!this.waiting[id]) return null;
		delete this.waiting[id];
		this.checked[id] = true;
		this.#save();
		return this.score?.byQuestion[id] ?? null;
	}

	/** Sets the name written on the results (saved with the attempt). */
	setName(name: string): void {
		this.name = name.slice(0, NAME_MAX_LENGTH);
		this.#save();
	}

	/** Notes where the student is (the question worked on, the article's paragraph); saved. */
	setPlace(place: Place): void {
		const next = { ...this.place, ...place };
		if (!place.inArticle) delete next.inArticle;
		if (
			next.question === this.place.question &&
			next.paragraph === this.place.paragraph &&
			next.inArticle === this.place.inArticle
		)
			return;
		this.place = next;
		this.#save();
	}

	/**
	 * The first unanswered question after `after` in the order shown, going round to the start; null
	 * when every question is answered. Without `after`, the first unanswered one.
	 */
	nextUnanswered(after: string | null = null): string | null {
		const order = this.questions.map((view) => view.id);
		const start = after === null ? -1 : order.indexOf(after);
		for (let step = 1; step <= order.length; step++) {
			const id = order[(start + step) % order.length]!;
			if (!this.isAnswered(id)) return id;
		}
		return null;
	}

	/** The questions not answered, in the order shown. */
	unansweredIds(): string[] {
		return this.questions.filter((view) => !this.isAnswered(view.id)).map((view) => view.id);
	}

	/** Submits the quiz; in test mode then loads the keys. Answers are saved before anything can fail. */
	async submit(): Promise<QuizScore | null> {
		this.submitted = true;
		this.submittedAt = Date.now();
		// a wrong try waiting for "Try again" is settled by the submission
		this.waiting = {};
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
		const tries: Record<string, TryRecord> = {};
		const cleared: string[] = [];
		for (const view of this.quiz.questions) {
			if (score.byQuestion[view.id]?.verdict === 'correct') {
				checked[view.id] = true;
				const record = this.tries[view.id];
				if (record) tries[view.id] = record;
			} else {
				answers[view.id] = emptyAnswer(view);
				cleared.push(view.id);
			}
		}
		this.answers = answers;
		this.checked = checked;
		this.tries = tries;
		this.waiting = {};
		this.submitted = false;
		this.submittedAt = null;
		this.#save();
		return { kept: Object.keys(checked), cleared };
	}

	/** Clears everything and shuffles anew. A test's keys are forgotten until the next submission. */
	startOver(): void {
		this.seed = this.#makeSeed();
		this.answers = this.#emptyAnswers();
		this.#clearTries();
		this.submitted = false;
		this.submittedAt = null;
		this.place = {};
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
