/**
 * The student's own highlights and notes on a quiz's article (annotation-data.ts has them as data),
 * kept per quiz next to the attempt under their own key, through the same storage helper; read back
 * as untrusted data. Also which sentences a keyboard user is marking, sentence by sentence (null
 * when not marking). One concern: the attempt never sees them, and Start over clears both.
 */
import { createContext } from 'svelte';
import {
	addHighlight,
	addNote,
	annotationsKey,
	clearHighlights,
	paragraphLengths,
	readSavedAnnotations,
	removeAnnotation,
	writeAnnotations,
	type Annotation,
	type HighlightColour,
	type ParagraphText,
	type Passage
} from './annotation-data';
import { StoredValue, type ProgressStore } from './storage';

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

	constructor({ article, quiz, paragraphs, store }: AnnotationsOptions) {
		this.paragraphs = paragraphs;
		this.#store = store;
		this.#saved = new StoredValue(store, annotationsKey(article, quiz), writeAnnotations);
	}

	/** Takes what this browser kept (anything malformed is dropped). */
	load(): void {
		this.list = readSavedAnnotations(this.#saved.read(), paragraphLengths(this.paragraphs));
	}

	/** The annotations in ¶`paragraph`. */
	in(paragraph: number): Annotation[] {
		return this.list.filter((annotation) => annotation.paragraph === paragraph);
	}

	highlight(passages: readonly Passage[], colour: HighlightColour): void {
		this.#change(
			passages.reduce((list, passage) => addHighlight(list, passage, colour), this.list)
		);
	}

	/** Takes the highlighting off the words of `passages` (their notes stay). */
	unhighlight(passages: readonly Passage[]): void {
		this.#change(passages.reduce(clearHighlights, this.list));
	}

	/** Notes `text` on each passage (an empty text removes a note there). */
	note(passages: readonly Passage[], text: string): void {
		this.#change(passages.reduce((list, passage) => addNote(list, passage, text), this.list));
	}

	remove(annotation: Annotation): void {
		this.#change(removeAnnotation(this.list, annotation));
	}

	/** Start over: every highlight and note gone, here and in the browser. */
	clear(): void {
		this.list = [];
		this.marking = null;
		try {
			this.#store.remove(this.#saved.key);
		} catch {
			// the store's remove never throws (storage.ts); a test double might
		}
	}

	#change(list: Annotation[]): void {
		this.list = list;
		this.saving = this.#saved.write(list);
	}
}

/** The highlights and notes of the quiz page a component is on. */
export const [getAnnotations, setAnnotations] = createContext<Annotations>();
