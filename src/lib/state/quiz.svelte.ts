/**
 * The state of one student's attempt at one quiz: the arrangement (shuffle seed), the answers, which
 * questions are checked, whether the quiz is submitted, the keys once known, the citation shown in
 * the article and, for highlight questions and Part B, the sentence selection. The quiz page creates
 * it and hands it down by context. Every change is saved at once; scoring is derived.
 */
import { getContext, setContext } from 'svelte';
import { plural, pointsText, scoreText, verdictWords } from '$lib/quiz/format';
import { arrange, newSeed, type Arrangement } from '$lib/quiz/shuffle';
import {
	loadProgress,
	progressKey,
	saveProgress,
	type ProgressStore,
	type SavedProgress
} from '$lib/quiz/progress';
import { emptyAnswer, isAnswered, scoreQuiz, type QuizScore } from '$lib/quiz/scoring';
import type { Answer, Citation, QuestionKey, QuestionView, QuizData } from '$lib/quiz/types';

export type KeyFetcher = () => Promise<Record<string, QuestionKey>>;

export interface QuizSessionOptions {
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

export type Selecting = { questionId: string; part: 'highlight' | 'evidence' };
export type KeysStatus = 'ready' | 'waiting' | 'loading' | 'failed';

export const NOT_SAVED_NOTICE =
	"Your answers can't be saved in this browser, so they will be lost if you leave or reload this page.";

export class QuizSession {
	readonly quiz: QuizData;
	readonly persistent: boolean;
	readonly #store: ProgressStore;
	readonly #fetchKeys: KeyFetcher | undefined;
	readonly #makeSeed: () => number;
	readonly #sentenceIds: ReadonlySet<string> | undefined;
	readonly #views: Map<string, QuestionView>;

	seed = $state(0);
	answers: Record<string, Answer> = $state({});
	/** practice mode: the questions whose feedback the student asked for */
	checked: Record<string, boolean> = $state({});
	submitted = $state(false);
	keys: Record<string, QuestionKey> | null = $state.raw(null);
	keysStatus: KeysStatus = $state('waiting');
	/** the citation highlighted in the article */
	activeCitation: Citation | null = $state.raw(null);
	/** the question whose citation is shown: where "Questions" leads back to on a narrow screen */
	citedFrom: string | null = $state(null);
	/** counts activations, so showing the same citation again scrolls to it again */
	citationRequests = $state(0);
	/** which question, if any, the article's sentences are being selected for */
	selecting: Selecting | null = $state(null);
	/** messages about saved progress (restored, changed, unreadable, not saved) */
	notices: string[] = $state([]);
	/** read out by the page's polite live region */
	announcement = $state('');
	/** false until `load()` has restored or shuffled the attempt in the browser */
	loaded = $state(false);

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

	constructor(options: QuizSessionOptions) {
		this.quiz = options.quiz;
		this.persistent = options.persistent;
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

	/** Restores saved progress (or starts a fresh, newly shuffled attempt). Call once, in the browser. */
	load(): void {
		const notices: string[] = [];
		if (!this.persistent) notices.push(NOT_SAVED_NOTICE);
		const restored = loadProgress(this.#store, this.storageKey, this.quiz, this.#sentenceIds);
		if (restored.progress === null) {
			if (restored.status === 'corrupt')
				notices.push('Your saved answers could not be read, so the quiz starts fresh.');
			this.seed = this.#makeSeed();
			this.answers = this.#emptyAnswers();
			this.checked = {};
			this.submitted = false;
		} else {
			this.#apply(restored.progress);
			const cleared = restored.dropped.length + restored.invalid.length;
			if (restored.status === 'updated')
				notices.push(
					`This quiz has changed since your last visit: your answers to ${plural(cleared, 'question')} were cleared.`
				);
			else if (cleared > 0)
				notices.push(
					`Your saved answers to ${plural(cleared, 'question')} could not be read and were cleared.`
				);
			if (this.submitted && !this.keys) void this.loadKeys();
		}
		this.notices = notices;
		this.loaded = true;
		this.#save();
	}

	#apply(progress: SavedProgress): void {
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
	}

	#snapshot(): SavedProgress {
		const answers = $state.snapshot(this.answers) as Record<string, Answer>;
		const questions: SavedProgress['questions'] = {};
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
		if (saveProgress(this.#store, this.storageKey, this.#snapshot())) return;
		// a full or revoked store: keep going in memory and say so once
		if (!this.notices.includes(NOT_SAVED_NOTICE))
			this.notices = [...this.notices, NOT_SAVED_NOTICE];
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

	/** Practice mode: reveal one question's feedback. */
	check(id: string): void {
		if (!this.keys || this.checked[id]) return;
		this.checked[id] = true;
		if (this.selecting?.questionId === id) this.selecting = null;
		this.#save();
		const score = this.score?.byQuestion[id];
		if (score) this.announcement = `${verdictWords[score.verdict]}. ${pointsText(score)}.`;
	}

	/** Submits the quiz; in test mode then loads the keys. Answers are saved before anything can fail. */
	async submit(): Promise<void> {
		this.submitted = true;
		this.selecting = null;
		this.#save();
		if (!this.keys) await this.loadKeys();
		this.#announceResult();
	}

	#announceResult(): void {
		if (this.score) this.announcement = `Results: ${scoreText(this.score)}.`;
	}

	/** Loads a test's keys; on failure the page shows a message and a retry, and the answers stay. */
	async loadKeys(): Promise<void> {
		if (this.keys || !this.#fetchKeys || this.keysStatus === 'loading') return;
		this.keysStatus = 'loading';
		try {
			this.keys = await this.#fetchKeys();
			this.keysStatus = 'ready';
		} catch {
			this.keysStatus = 'failed';
			this.announcement = 'The results could not be loaded.';
		}
	}

	async retryKeys(): Promise<void> {
		await this.loadKeys();
		this.#announceResult();
	}

	/** Keeps the questions answered fully right (still checked) and clears the rest. */
	retryIncorrect(): void {
		const score = this.score;
		if (!score) return;
		const answers = { ...this.answers };
		const checked: Record<string, boolean> = {};
		for (const view of this.quiz.questions) {
			if (score.byQuestion[view.id]?.verdict === 'correct') checked[view.id] = true;
			else answers[view.id] = emptyAnswer(view);
		}
		this.answers = answers;
		this.checked = checked;
		this.submitted = false;
		this.#resetView();
		this.#save();
		const kept = Object.keys(checked).length;
		this.announcement = `Kept ${plural(kept, 'right answer')}; ${plural(this.quiz.questions.length - kept, 'question')} to answer again.`;
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
		this.#resetView();
		this.#save();
		this.announcement = 'Started over: every answer is cleared.';
	}

	#resetView(): void {
		this.activeCitation = null;
		this.selecting = null;
		this.announcement = '';
	}

	showCitation(citation: Citation, questionId: string): void {
		this.selecting = null;
		this.activeCitation = citation;
		this.citedFrom = questionId;
		this.citationRequests++;
	}

	/** Starts or stops selecting sentences in the article for a question. */
	select(selecting: Selecting | null): void {
		this.selecting = selecting;
		if (selecting) this.activeCitation = null;
	}

	/** The sentences selected so far for `selecting`: a highlight question's response or Part B's evidence. */
	selection(selecting: Selecting): readonly string[] {
		const answer = this.answers[selecting.questionId];
		if (!answer) return [];
		if (selecting.part === 'evidence') return answer.evidence ?? [];
		return answer.type === 'highlight' ? answer.response : [];
	}

	isSelected(sentenceId: string): boolean {
		return this.selecting !== null && this.selection(this.selecting).includes(sentenceId);
	}

	/** Selection mode: adds or removes a sentence from the selecting question's answer. */
	toggleSentence(sentenceId: string): void {
		const selecting = this.selecting;
		if (!selecting) return;
		const answer = this.answers[selecting.questionId];
		if (!answer) return;
		const ids = this.selection(selecting);
		const toggled = ids.includes(sentenceId)
			? ids.filter((id) => id !== sentenceId)
			: [...ids, sentenceId];
		if (selecting.part === 'evidence') this.setEvidence(selecting.questionId, toggled);
		else if (answer.type === 'highlight') this.setResponse(selecting.questionId, toggled);
	}
}

const CONTEXT = Symbol('quiz-session');

export function setQuizSession(session: QuizSession): QuizSession {
	return setContext(CONTEXT, session);
}

/** The session of the quiz page this component is on. */
export function getQuizSession(): QuizSession {
	const session = getContext<QuizSession | undefined>(CONTEXT);
	if (!session) throw new Error('getQuizSession() is only available inside a quiz page');
	return session;
}

/** The session, or undefined outside a quiz page (the article on its reading page). */
export function findQuizSession(): QuizSession | undefined {
	return getContext<QuizSession | undefined>(CONTEXT);
}
