/**
 * The quiz page's layout: side by side (the questions beside the article, or below it on a phone)
 * or guided (each question inside the article, after its paragraph: quiz/guided.ts). The teacher's
 * choice (`layout:` in the quiz file) until the student picks one; the student's pick is kept in
 * this browser, for every quiz. A quiz the build gave no places (a test laid out side by side)
 * cannot be guided.
 */
import { createContext } from 'svelte';
import type { Layout, QuizData } from '$lib/quiz/types';
import type { ProgressStore } from './storage';

/** Where the student's pick is kept (localStorage, like the attempt). */
export const LAYOUT_KEY = 'close-reader:layout';

const isLayout = (value: unknown): value is Layout =>
	value === 'guided' || value === 'side-by-side';

export class QuizLayoutChoice {
	/** the layout in use, before submitting (the results are always beside the article) */
	current: Layout = $state('side-by-side');
	readonly #quiz: QuizData;
	#store: ProgressStore | null = null;

	constructor(quiz: QuizData) {
		this.#quiz = quiz;
		this.current = quiz.layout?.chosen ?? 'side-by-side';
	}

	/** whether the student may switch to guided reading */
	get available(): boolean {
		return this.#quiz.layout !== undefined;
	}

	get guided(): boolean {
		return this.available && this.current === 'guided';
	}

	/** Takes the student's earlier pick from `store`, where later picks are kept too. */
	restore(store: ProgressStore): void {
		this.#store = store;
		const saved = store.read(LAYOUT_KEY);
		if (isLayout(saved) && this.available) this.current = saved;
	}

	choose(layout: Layout): void {
		this.current = layout;
		try {
			this.#store?.write(LAYOUT_KEY, layout);
		} catch {
			// not kept (storage full or refused): the page still switches
		}
	}
}

/** The quiz page's layout choice (set by QuizPage). */
export const [getLayoutChoice, setLayoutChoice] = createContext<QuizLayoutChoice>();
