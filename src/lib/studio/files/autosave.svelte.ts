/**
 * Saves the draft shortly after each change (one write for a burst of typing) and at once when the
 * page is hidden or closed, and says when it last saved ("Saving…", "Saved at 10:42").
 */
import type { DraftData } from './draft-data';
import type { DraftStore } from './draft-store';

export type SaveStatus =
	| { type: 'unsaved' }
	| { type: 'saving' }
	| { type: 'saved'; at: number }
	| { type: 'failed'; message: string };

export const AUTOSAVE_DELAY_MS = 300;

export class Autosave {
	status = $state<SaveStatus>({ type: 'unsaved' });
	#store: DraftStore;
	#snapshot: () => DraftData;
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(store: DraftStore, snapshot: () => DraftData) {
		this.#store = store;
		this.#snapshot = snapshot;
	}

	/** A change was made: save once the teacher pauses. */
	schedule(): void {
		clearTimeout(this.#timer);
		this.status = { type: 'saving' };
		this.#timer = setTimeout(() => void this.flush(), AUTOSAVE_DELAY_MS);
	}

	/** Saves now if a save is waiting (the page is being hidden or closed). */
	async flush(): Promise<void> {
		if (this.#timer === undefined) return;
		clearTimeout(this.#timer);
		this.#timer = undefined;
		const at = Date.now();
		try {
			await this.#store.save({ version: 1, savedAt: at, draft: this.#snapshot() });
			if (this.#timer === undefined) this.status = { type: 'saved', at };
		} catch (error) {
			this.status = { type: 'failed', message: error instanceof Error ? error.message : '' };
		}
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
