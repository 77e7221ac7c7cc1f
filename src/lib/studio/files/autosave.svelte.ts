/**
 * Saves the open draft shortly after each change (one write for a burst of typing) and at once when
 * the page is hidden or closed, or another draft is opened, and says when it last saved ("Saving…",
 * "Saved at 10:42").
 */
import type { DraftData } from './draft-data';
import type { DraftStore } from './draft-store';

export type SaveStatus =
	| { type: 'unsaved' }
	| { type: 'saving' }
	| { type: 'saved'; at: number }
	| { type: 'failed'; message: string };

/** What is saved: the open draft, under its key, with the folder it was opened from. */
export interface DraftSnapshot {
	key: string;
	draft: DraftData;
	folder?: FileSystemDirectoryHandle;
}

export const AUTOSAVE_DELAY_MS = 300;

export class Autosave {
	status = $state<SaveStatus>({ type: 'unsaved' });
	#store: DraftStore;
	#snapshot: () => DraftSnapshot;
	#saved: (snapshot: DraftSnapshot, at: number) => void;
	#timer: ReturnType<typeof setTimeout> | undefined;

	/** `saved` hears of each save that worked (the drafts' list shows when). */
	constructor(
		store: DraftStore,
		snapshot: () => DraftSnapshot,
		saved: (snapshot: DraftSnapshot, at: number) => void = () => {}
	) {
		this.#store = store;
		this.#snapshot = snapshot;
		this.#saved = saved;
	}

	/** A change was made: save once the teacher pauses. */
	schedule(): void {
		clearTimeout(this.#timer);
		this.status = { type: 'saving' };
		this.#timer = setTimeout(() => void this.flush(), AUTOSAVE_DELAY_MS);
	}

	/** Saves now if a save is waiting (the page is being hidden or closed, another draft opened). */
	async flush(): Promise<void> {
		if (this.#timer === undefined) return;
		clearTimeout(this.#timer);
		this.#timer = undefined;
		const at = Date.now();
		const snapshot = this.#snapshot();
		const { key, draft, folder } = snapshot;
		try {
			await this.#store.save(key, { version: 2, savedAt: at, draft, ...(folder && { folder }) });
			if (this.#timer === undefined) this.status = { type: 'saved', at };
			this.#saved(snapshot, at);
		} catch (error) {
			this.status = { type: 'failed', message: error instanceof Error ? error.message : '' };
		}
	}

	/** A waiting save is dropped (its draft is being deleted). */
	cancel(): void {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		this.status = { type: 'unsaved' };
	}

	/** Was restored from the store: nothing to save, and it was saved at `at`. */
	restored(at: number): void {
		this.status = { type: 'saved', at };
	}

	/** Flushes when the page is hidden or closed; returns the function that stops listening. */
	watchPage(): () => void {
		const hidden = () => {
			if (document.visibilityState === 'hidden') void this.flush();
		};
		const leaving = () => void this.flush();
		document.addEventListener('visibilitychange', hidden);
		window.addEventListener('pagehide', leaving);
		return () => {
			document.removeEventListener('visibilitychange', hidden);
			window.removeEventListener('pagehide', leaving);
		};
	}
}
