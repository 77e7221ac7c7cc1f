/**
 * How many of a quiz page's question cards are drawn. The page is built with the first few (the
 * first screenful beside the article), which hydrate with it; once the attempt is loaded, the rest
 * are drawn a few at a time, each slice a task of its own that yields to the browser, so that a
 * phone's main thread is never busy for long while the page starts and a tap is answered at once
 * (drawing 40 cards in one task took about 3 s on a 4×-slowed CPU). Whatever needs a card not yet
 * drawn (printing, going to a question) draws them first. What only the later cards need (the
 * components of the types the first cards do not have) is fetched once the page has started, not
 * with it. In guided reading the cards are drawn in reading order (quiz/reading-order.ts),
 * so the first are those on the first screen, inside the article.
 */
import { createContext, flushSync } from 'svelte';
import { FIRST_CARDS } from '$lib/quiz/first-cards';
import { goToQuestion } from './place';

/** How long one slice may draw before it yields (ms): a quarter of a long task, for a 4× slower CPU. */
const SLICE_MS = 10;

/** Resolves in a later task: `scheduler.yield()` where the browser has it, else a timer. */
export function nextTask(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}

export class DrawnCards {
	/** how many cards, in the order they are drawn in (see `rank`), are drawn */
	count = $state(FIRST_CARDS);
	/** whether what the later cards need has been fetched (or failed to be): see `drawRest` */
	ready = $state(false);
	readonly #total: () => number;
	readonly #rank: (index: number) => number;

	/**
	 * `total`: how many questions the page has now (a pool's draw may change them); `rank`: when the
	 * card of the question at `index` (in the quiz's order) is drawn, from 0 (by default, in order)
	 */
	constructor(total: () => number, rank: (index: number) => number = (index) => index) {
		this.#total = total;
		this.#rank = rank;
	}

	/** whether the card of the question at `index` (from 0, in the quiz's order) is drawn */
	has(index: number): boolean {
		return this.#rank(index) < this.count;
	}

	get complete(): boolean {
		return this.count >= this.#total();
	}

	/** Draws the cards up to the one at `index` now, in this task (a place to return to). */
	through(index: number): void {
		if (this.has(index)) return;
		this.count = this.#rank(index) + 1;
		flushSync();
	}

	/** Draws every card now, in this task: before printing, or going to a question. */
	all(): void {
		if (this.complete) return;
		this.count = Infinity;
		flushSync();
	}

	/** Scrolls to a question's card and focuses it, drawing the cards first if it is not. */
	goTo = (id: string): void => {
		this.all();
		goToQuestion(id);
	};

	/**
	 * Once the page has started (the task after this one), fetches what the later cards need
	 * (`fetchRest`), then draws them, a slice per task; and every card before the page is printed
	 * (a worksheet has every question). Returns the stop.
	 */
	drawRest(win: Window, fetchRest: () => Promise<unknown> = async () => undefined): () => void {
		let stopped = false;
		const drawAll = () => this.all();
		win.addEventListener('beforeprint', drawAll);
		const draw = async () => {
			// a timer, not `nextTask`: a busy page that holds back its slices still fetches these
			await new Promise((resolve) => win.setTimeout(resolve, 0));
			await fetchRest().catch(() => undefined);
			if (stopped) return;
			this.ready = true;
			while (!this.complete) {
				await nextTask();
				if (stopped) return;
				const started = performance.now();
				do {
					this.count += 1;
					flushSync();
				} while (!this.complete && performance.now() - started < SLICE_MS);
			}
		};
		void draw();
		return () => {
			stopped = true;
			win.removeEventListener('beforeprint', drawAll);
		};
	}
}

/** The quiz page's drawn cards (set by QuizPage). */
export const [getDrawnCards, setDrawnCards] = createContext<DrawnCards>();
