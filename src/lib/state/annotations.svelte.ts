/**
 * The student's own highlights and notes on a quiz's article (annotation-data.ts has them as data,
 * and the pure changes to them), kept per quiz next to the attempt under their own key, through the
 * same storage helper; read back as untrusted data. Also which sentences a keyboard user is marking,
 * sentence by sentence (null when not marking). One concern: the attempt never sees them, and Start
 * over clears both. What reads saved ones loads with `load()`, so the page starts without it.
 */
import { createContext } from 'svelte';
import type { Annotation, ParagraphText } from './annotation-data';
import { StoredValue, type ProgressStore } from './storage';

/** The storage key of a quiz's annotations: next to its attempt's (storage.ts's progressKey). */
export const annotationsKey = (article: string, quiz: string): string =>
	`close-reader:notes:${article}/${quiz}`;

/** The saved form: one JSON object, so that fields may be added later. */
export const writeAnnotations = (annotations: readonly Annotation[]): string =>
	JSON.stringify({ annotations });

export interface AnnotationsOptions {
	article: string;
	quiz: string;
	/** the article's paragraphs: what saved passages are checked against */
	paragraphs: readonly ParagraphText[];
	store: ProgressStore;
}

export class Annotations {
	/** every highlight and note, in reading order */
	list: Annotation[] = $state.raw([]);
	/** false once the browser refused to keep them: they live in memory only */
	saving = $state(true);
	/** the sentences chosen while marking by keyboard; null when not marking */
	marking: string[] | null = $state.raw(null);
	readonly paragraphs: readonly ParagraphText[];
	readonly #saved: StoredValue<readonly Annotation[]>;
	readonly #store: ProgressStore;
	/** bumped by every change, so that a load that finishes late does not undo one */
	#version = 0;

	constructor({ article, quiz, paragraphs, store }: AnnotationsOptions) {
		this.paragraphs = paragraphs;
		this.#store = store;
		this.#saved = new StoredValue(store, annotationsKey(article, quiz), writeAnnotations);
	}

	/** Takes what this browser kept (anything malformed is dropped); none kept costs no load. */
	async load(): Promise<void> {
		const text = this.#saved.read();
		if (text === null) return;
		const version = this.#version;
		// a failed load (offline, a new deployment) leaves none drawn; the kept ones stay kept
		const reader = await import('./annotation-data').catch(() => null);
		if (!reader || version !== this.#version) return;
		this.list = reader.readSavedAnnotations(text, reader.paragraphLengths(this.paragraphs));
	}

	/** The annotations in ¶`paragraph`. */
	in(paragraph: number): Annotation[] {
		return this.list.filter((annotation) => annotation.paragraph === paragraph);
	}

	/** Replaces them all (with a list the pure changes of annotation-data.ts made), and keeps it. */
	replace(list: readonly Annotation[]): void {
		this.#version++;
		this.list = [...list];
		this.saving = this.#saved.write(list);
	}

	/** Start over: every highlight and note gone, here and in the browser. */
	clear(): void {
		this.#version++;
		this.list = [];
		this.marking = null;
		try {
			this.#store.remove(this.#saved.key);
		} catch {
			// the store's remove never throws (storage.ts); a test double might
		}
	}
}

/** The highlights and notes of the quiz page a component is on. */
export const [getAnnotations, setAnnotations] = createContext<Annotations>();
