/**
 * Reading aloud on the page: the queue (src/lib/reading/read-aloud.ts) spoken by the browser's
 * speechSynthesis, the installed voices of the page's language, the remembered speed and voice, and
 * the highlight of what is being read (a `data-reading` attribute, and the word through the CSS
 * Custom Highlight API where the engine reports word boundaries). Loaded on first use, with the
 * controls; `reader` is the page's one reader.
 */
import {
	MAX_RATE,
	MIN_RATE,
	ReadingQueue,
	type ReaderStatus,
	type Speech
} from '$lib/reading/read-aloud';
import { chosenVoice, voicesFor } from '$lib/reading/voices';
import { Persisted } from './persisted.svelte';
import {
	articlePassages,
	definitionPassages,
	firstInParagraph,
	questionPassages,
	readableNodes,
	type PagePassage
} from './passages';

/** Why reading aloud cannot start, or 'ready'; components put it into words. */
export type Availability = 'ready' | 'looking' | 'no-speech' | 'no-voice';

export const RATES = [0.5, 0.75, 1, 1.25, 1.5] as const;
/** how long voices may take to be listed (Chrome lists them after the page asks) */
const VOICES_WAIT_MS = 3000;
const WORD_HIGHLIGHT = 'close-reader-word';

function parseRate(stored: string | null): number {
	const rate = Number(stored);
	return stored !== null && rate >= MIN_RATE && rate <= MAX_RATE ? rate : 1;
}

function parseVoice(stored: string | null): string | null {
	return stored === null || stored === '' || stored.length > 500 ? null : stored;
}

function browserSpeech(voices: () => readonly SpeechSynthesisVoice[], lang: string): Speech {
	// held until it ends: Chrome may drop an utterance that nothing refers to, and its events
	let speaking: SpeechSynthesisUtterance | null = null;
	return {
		speak(text, { rate, voice }, events) {
			const utterance = new SpeechSynthesisUtterance(text);
			utterance.lang = lang;
			utterance.rate = rate;
			const chosen = voices().find((candidate) => candidate.voiceURI === voice);
			if (chosen) utterance.voice = chosen;
			utterance.onstart = () => events.start();
			utterance.onend = () => {
				if (speaking === utterance) speaking = null;
				events.end();
			};
			utterance.onerror = (event) => events.error(event.error);
			utterance.onboundary = (event) => {
				if (event.name === 'word') events.boundary(event.charIndex, event.charLength);
			};
			speaking = utterance;
			speechSynthesis.speak(utterance);
		},
		cancel() {
			speaking = null;
			speechSynthesis.cancel();
		}
	};
}

export class ReadAloud {
	readonly lang: string;
	/** the installed voices of the page's language */
	voices: SpeechSynthesisVoice[] = $state.raw([]);
	#looking = $state(true);
	/** settles once the voices are listed, or the browser took too long to list any */
	readonly voicesListed: Promise<void>;
	readonly rate = new Persisted('close-reader:speech-rate', parseRate, String);
	readonly voice = new Persisted('close-reader:speech-voice', parseVoice, (voice) => voice ?? '');
	// the queue's state, mirrored for the controls after each change
	status: ReaderStatus = $state('stopped');
	source: string | null = $state(null);
	position = $state(0);
	count = $state(0);
	problem: string | null = $state(null);
	readonly #queue: ReadingQueue | null;
	#passages: PagePassage[] = [];
	#marked: Element | null = null;

	constructor() {
		this.lang = document.documentElement.lang || 'en';
		const speech = 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window;
		this.#queue = speech
			? new ReadingQueue(
					browserSpeech(() => this.voices, this.lang),
					() => this.#sync()
				)
			: null;
		let listed = () => undefined as void;
		this.voicesListed = new Promise((resolve) => (listed = resolve));
		if (!speech) {
			this.#looking = false;
			listed();
			return;
		}
		const list = () => {
			this.voices = voicesFor(speechSynthesis.getVoices(), this.lang);
			if (this.voices.length === 0) return;
			this.#looking = false;
			listed();
		};
		list();
		speechSynthesis.addEventListener('voiceschanged', list);
		setTimeout(() => {
			this.#looking = false;
			listed();
		}, VOICES_WAIT_MS);
		// leaving the page stops the voice (some browsers read on after a page has gone)
		window.addEventListener('pagehide', () => this.stop());
	}

	get availability(): Availability {
		if (!this.#queue) return 'no-speech';
		if (this.voices.length > 0) return 'ready';
		return this.#looking ? 'looking' : 'no-voice';
	}

	/** the voice in use: the remembered one if it is installed, else null (the engine's choice) */
	get voiceInUse(): string | null {
		return chosenVoice(this.voices, this.voice.current);
	}

	/** Reads the article's sentences under `scope`, from ¶`paragraph` (or the top). */
	readArticle(scope: Element, paragraph: number | null): void {
		const passages = articlePassages(scope);
		this.#read('article', passages, paragraph ? firstInParagraph(passages, paragraph) : 0);
	}

	readQuestion(id: string, card: Element): void {
		this.#read(`question:${id}`, questionPassages(card), 0);
	}

	/** Reads a glossary definition's popover: the term, then its definition. */
	readDefinition(term: string, popover: Element): void {
		this.#read(`definition:${term}`, definitionPassages(popover), 0);
	}

	/** Whether `source` is being read (or paused on). */
	reading(source: string): boolean {
		return this.source === source && this.status !== 'stopped';
	}

	pause = () => this.#queue?.pause();
	resume = () => this.#queue?.resume();
	stop = () => this.#queue?.stop();
	next = () => this.#queue?.next();
	previous = () => this.#queue?.previous();

	setRate(rate: number): void {
		this.rate.current = rate;
		this.#queue?.setRate(rate);
	}

	setVoice(voice: string | null): void {
		this.voice.current = voice;
		this.#queue?.setVoice(this.voiceInUse);
	}

	#read(source: string, passages: PagePassage[], from: number): void {
		if (!this.#queue || this.availability !== 'ready') return;
		this.#passages = passages;
		this.#queue.rate = this.rate.current;
		this.#queue.voice = this.voiceInUse;
		this.#queue.read(source, passages, from);
	}

	/** After each change of the queue: the controls' state, and the highlight on the page. */
	#sync(): void {
		const queue = this.#queue!;
		this.status = queue.status;
		this.source = queue.source;
		this.position = queue.position;
		this.count = queue.passages.length;
		this.problem = queue.problem;
		const passage = queue.shown === null ? undefined : this.#passages[queue.shown];
		const element = passage?.element() ?? null;
		if (element !== this.#marked) {
			this.#marked?.removeAttribute('data-reading');
			element?.setAttribute('data-reading', '');
			this.#marked = element;
			keepInView(element);
		}
		highlightWord(element, passage, queue.word);
	}
}

/** Scrolls what is being read into view if it is not (its scroll margin clears the sticky bars). */
function keepInView(element: Element | null): void {
	const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
	element?.scrollIntoView?.({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
}

/** Marks the word being spoken, where the browser can mark a range without changing the page. */
function highlightWord(
	element: Element | null,
	passage: PagePassage | undefined,
	word: { start: number; end: number } | null
): void {
	if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
	CSS.highlights.delete(WORD_HIGHLIGHT);
	if (!element || !passage || !word) return;
	const start = passage.offset + word.start;
	const end = passage.offset + word.end;
	const range = document.createRange();
	let started = false;
	for (const { node, start: at } of readableNodes(element)) {
		const length = node.length;
		if (!started && start < at + length) {
			range.setStart(node, start - at);
			started = true;
		}
		if (started && end <= at + length) {
			range.setEnd(node, end - at);
			CSS.highlights.set(WORD_HIGHLIGHT, new Highlight(range));
			return;
		}
	}
}

/** The page's one reader, made when this module first loads (on first use: parts.ts). */
export const reader = new ReadAloud();
