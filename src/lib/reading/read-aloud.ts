/**
 * Reading aloud, as logic with no DOM: a queue of passages (the article's sentences, a question's
 * prompt and choices), the one being read, and what each control and each event of the speech
 * engine does to them. The engine is behind `Speech` (the browser's speechSynthesis in the page, a
 * stub in tests).
 *
 * One utterance per passage, never one long utterance: Chrome stops some voices after about 15 s,
 * and a sentence at a time is what lets the page highlight the sentence being read. Pause cancels
 * the utterance and resume speaks it again from its last word boundary (or its start): engines
 * differ on pause (some drop a paused utterance, some never resume), and cancelling works in all.
 */

export interface Passage {
	readonly id: string;
	readonly text: string;
}

/** What the engine reports about one utterance; a `charIndex` is in the text it was given. */
export interface SpeechEvents {
	start(): void;
	end(): void;
	boundary(charIndex: number, charLength: number | undefined): void;
	error(error: string): void;
}

export interface SpeechOptions {
	/** 0.5–1.5 */
	rate: number;
	/** the chosen voice's URI, or null for the engine's choice for the page's language */
	voice: string | null;
}

export interface Speech {
	speak(text: string, options: SpeechOptions, events: SpeechEvents): void;
	/** stops what is being said, and whatever is queued */
	cancel(): void;
}

export type ReaderStatus = 'stopped' | 'playing' | 'paused';

export const MIN_RATE = 0.5;
export const MAX_RATE = 1.5;

/** The engine's errors that mean an utterance was stopped on purpose (by `cancel`). */
const STOPPED_ON_PURPOSE = new Set(['interrupted', 'canceled']);

export class ReadingQueue {
	readonly #speech: Speech;
	readonly #changed: () => void;
	/** what is being read: 'article', a question's id; null before anything was asked for */
	source: string | null = null;
	passages: readonly Passage[] = [];
	/** the passage being read, or to read on resume */
	position = 0;
	status: ReaderStatus = 'stopped';
	/** the passage to highlight: the one being read once its utterance has started */
	shown: number | null = null;
	/** the word being spoken, as a range of the shown passage's text, where the engine says */
	word: { start: number; end: number } | null = null;
	/** the engine's error that stopped the reading, if any */
	problem: string | null = null;
	rate = 1;
	voice: string | null = null;
	/** where in the passage the utterance began (after a pause, the last word boundary) */
	#offset = 0;
	/** counts utterances: an event of any earlier one is stale */
	#utterance = 0;

	constructor(speech: Speech, changed: () => void = () => undefined) {
		this.#speech = speech;
		this.#changed = changed;
	}

	/** The passage being read or paused on. */
	get current(): Passage | null {
		return this.status === 'stopped' ? null : (this.passages[this.position] ?? null);
	}

	/** Reads `passages` from the one at `from`, instead of whatever was being read. */
	read(source: string, passages: readonly Passage[], from = 0): void {
		this.#silence();
		this.source = source;
		this.passages = passages;
		this.problem = null;
		this.shown = null;
		this.#goTo(from);
		if (this.passages.length === 0) this.stop();
		else this.#speak();
	}

	pause(): void {
		if (this.status !== 'playing') return;
		this.#silence();
		// resume from the word being said, if the engine told us where that is
		this.#offset = this.word?.start ?? this.#offset;
		this.status = 'paused';
		this.shown = this.position;
		this.#changed();
	}

	resume(): void {
		if (this.status === 'paused') this.#speak();
	}

	stop(): void {
		this.#silence();
		this.status = 'stopped';
		this.shown = null;
		this.word = null;
		this.#offset = 0;
		this.#changed();
	}

	next(): void {
		this.seek(this.position + 1);
	}

	previous(): void {
		this.seek(this.position - 1);
	}

	/** Goes to passage `index` (within the queue): read from there if reading, else shown, paused. */
	seek(index: number): void {
		if (this.passages.length === 0) return;
		const playing = this.status === 'playing';
		this.#silence();
		this.#goTo(index);
		if (playing) this.#speak();
		else {
			this.status = 'paused';
			this.shown = this.position;
			this.#changed();
		}
	}

	/** A new speed, from the word being said if reading. */
	setRate(rate: number): void {
		this.rate = Math.min(MAX_RATE, Math.max(MIN_RATE, Number.isFinite(rate) ? rate : 1));
		this.#restart();
	}

	setVoice(voice: string | null): void {
		this.voice = voice;
		this.#restart();
	}

	#restart(): void {
		if (this.status !== 'playing') return this.#changed();
		this.#silence();
		this.#offset = this.word?.start ?? this.#offset;
		this.#speak();
	}

	#goTo(index: number): void {
		this.position = Math.min(Math.max(0, index), Math.max(0, this.passages.length - 1));
		this.#offset = 0;
		this.word = null;
	}

	/** Speaks the current passage from `#offset`; its events move the queue on. */
	#speak(): void {
		const passage = this.passages[this.position];
		if (!passage) return this.stop();
		const id = ++this.#utterance;
		const offset = this.#offset;
		const current = () => id === this.#utterance;
		this.status = 'playing';
		this.problem = null;
		this.#speech.speak(
			passage.text.slice(offset),
			{ rate: this.rate, voice: this.voice },
			{
				start: () => {
					if (!current()) return;
					this.shown = this.position;
					this.#changed();
				},
				boundary: (charIndex, charLength) => {
					if (!current()) return;
					const start = offset + charIndex;
					this.word = { start, end: start + (charLength || wordLength(passage.text, start)) };
					this.#changed();
				},
				end: () => {
					if (!current()) return;
					if (this.position + 1 >= this.passages.length) {
						// read to the end: a new Play starts again from the top
						this.position = 0;
						return this.stop();
					}
					this.#goTo(this.position + 1);
					this.#speak();
				},
				error: (error) => {
					if (!current() || STOPPED_ON_PURPOSE.has(error)) return;
					this.stop();
					this.problem = error;
					this.#changed();
				}
			}
		);
		this.#changed();
	}

	/** Stops the utterance being said, if any; its later events are stale. */
	#silence(): void {
		this.#utterance++;
		this.#speech.cancel();
	}
}

/** The length of the word at `start` (to the next space): engines that give no charLength. */
function wordLength(text: string, start: number): number {
	const match = /^\S+/.exec(text.slice(start));
	return match ? match[0].length : 0;
}
