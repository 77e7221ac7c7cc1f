/**
 * The drafts kept in this browser: the one open (edited and autosaved) and the list of them all,
 * each with when it was last saved; opening another, starting a new one (from the example, opened
 * files or a folder, whose handle is kept with it), and deleting one. The open one is saved before
 * another is opened, so switching loses nothing.
 */
import { Autosave } from './autosave.svelte';
import type { DraftData, SavedDraft } from './draft-data';
import { newDraftKey, type DraftStore, type StoredDraft } from './draft-store';
import { Draft } from './draft.svelte';
import { templateDraft } from './template';

/** A draft in the list: its key, its article's folder name and when it was last saved. */
export interface DraftEntry {
	key: string;
	slug: string;
	/** null until first saved */
	savedAt: number | null;
}

/** What reading the kept drafts found, beyond the drafts themselves. */
export type DraftsRead =
	{ type: 'read' } | { type: 'unreadable'; count: number } | { type: 'failed'; message: string };

const newestFirst = (a: DraftEntry, b: DraftEntry) =>
	(b.savedAt ?? Infinity) - (a.savedAt ?? Infinity);
const entryOf = ({ key, saved }: StoredDraft): DraftEntry => ({
	key,
	slug: saved.draft.slug,
	savedAt: saved.savedAt
});

export class Drafts {
	/** every draft, the one saved last first */
	list = $state<DraftEntry[]>([]);
	/** the open draft's key */
	key = $state(newDraftKey());
	readonly draft: Draft;
	readonly autosave: Autosave;
	#store: DraftStore;
	#changed: () => void;

	/** `changed`: the open draft was edited or another opened (the live check follows). */
	constructor(store: DraftStore, changed: () => void = () => {}) {
		this.#store = store;
		this.#changed = changed;
		this.draft = new Draft(templateDraft(), () => {
			this.autosave.schedule();
			changed();
		});
		this.autosave = new Autosave(
			store,
			() => ({ key: this.key, draft: this.draft.data, folder: this.draft.folder }),
			({ key, draft }, at) => this.#listSaved(key, draft.slug, at)
		);
	}

	/** Reads the kept drafts and opens the one open last (else the newest); none: the example. */
	async start(): Promise<DraftsRead> {
		let found: { drafts: StoredDraft[]; unreadable: number };
		try {
			found = await this.#store.list();
		} catch (error) {
			return { type: 'failed', message: error instanceof Error ? error.message : '' };
		}
		this.list = found.drafts.map(entryOf).sort(newestFirst);
		const last = await this.#store.lastOpen().catch(() => undefined);
		const open = found.drafts.find((kept) => kept.key === last) ?? this.#newest(found.drafts);
		if (open) this.#show(open.key, open.saved);
		return found.unreadable > 0
			? { type: 'unreadable', count: found.unreadable }
			: { type: 'read' };
	}

	/** Opens another kept draft, the open one saved first. */
	async open(key: string): Promise<void> {
		if (key === this.key) return;
		await this.autosave.flush();
		const kept = (await this.#store.list()).drafts.find((found) => found.key === key);
		if (kept) this.#show(kept.key, kept.saved);
	}

	/** Starts another draft (the example, or opened files or folder), the open one saved first. */
	async startNew(data: DraftData = templateDraft(), folder?: FileSystemDirectoryHandle) {
		await this.autosave.flush();
		this.key = newDraftKey();
		this.list = [{ key: this.key, slug: data.slug, savedAt: null }, ...this.list];
		void this.#store.noteOpen(this.key).catch(() => {});
		this.draft.replace(data, { folder });
		// saved at once: it is listed with its time, and a reload comes back to it
		await this.autosave.flush();
	}

	/** Deletes a kept draft; the open one's place is taken by the newest other, or the example. */
	async remove(key: string): Promise<void> {
		const open = key === this.key;
		if (open) this.autosave.cancel();
		await this.#store.remove(key);
		this.list = this.list.filter((entry) => entry.key !== key);
		if (!open) return;
		const next = this.#newest((await this.#store.list()).drafts);
		if (next) return this.#show(next.key, next.saved);
		this.key = newDraftKey();
		this.draft.replace(templateDraft(), { save: false });
		this.#changed();
	}

	#newest(drafts: StoredDraft[]): StoredDraft | undefined {
		return drafts.reduce<StoredDraft | undefined>(
			(newest, kept) => (!newest || kept.saved.savedAt > newest.saved.savedAt ? kept : newest),
			undefined
		);
	}

	#show(key: string, saved: SavedDraft): void {
		this.key = key;
		this.draft.replace(saved.draft, { save: false, folder: saved.folder });
		this.autosave.restored(saved.savedAt);
		void this.#store.noteOpen(key).catch(() => {});
		this.#changed();
	}

	#listSaved(key: string, slug: string, savedAt: number): void {
		const others = this.list.filter((entry) => entry.key !== key);
		// deleted while it was being saved: not listed again
		if (others.length === this.list.length && key !== this.key) return;
		this.list = [{ key, slug, savedAt }, ...others].sort(newestFirst);
	}
}
