/**
 * Where drafts are kept between visits: IndexedDB, through idb-keyval, one key a draft (`draft:…`;
 * `draft`, the first Studio's only key, is a draft like the others) and one key naming the draft
 * open last. What is read back is handed to readSavedDraft as untrusted data.
 */
import { createStore, del, entries, get, set } from 'idb-keyval';
import { readSavedDraft, type SavedDraft } from './draft-data';

/** A draft as kept: its key and what was saved. */
export interface StoredDraft {
	key: string;
	saved: SavedDraft;
}

/** What the drafts need of a store (IndexedDB in the browser, a map in a test). */
export interface DraftStore {
	/** every draft kept, and how many of the kept values could not be read as one */
	list(): Promise<{ drafts: StoredDraft[]; unreadable: number }>;
	save(key: string, saved: SavedDraft): Promise<void>;
	remove(key: string): Promise<void>;
	/** the key of the draft open last, when one was noted */
	lastOpen(): Promise<string | undefined>;
	noteOpen(key: string): Promise<void>;
}

/** The key-value calls a store is made of: idb-keyval's, or a map's in a test. */
export interface KeyValue {
	entries(): Promise<[IDBValidKey, unknown][]>;
	get(key: string): Promise<unknown>;
	set(key: string, value: unknown): Promise<void>;
	del(key: string): Promise<void>;
}

/** The first Studio's single draft: read, saved and deleted under its own key. */
export const FIRST_DRAFT_KEY = 'draft';
const DRAFT_PREFIX = 'draft:';
const OPEN_KEY = 'open';

const isDraftKey = (key: IDBValidKey): key is string =>
	key === FIRST_DRAFT_KEY || (typeof key === 'string' && key.startsWith(DRAFT_PREFIX));

/** A key for a new draft: the time and a random part (unique in one browser, sortable by age). */
export const newDraftKey = (): string =>
	`${DRAFT_PREFIX}${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export function keyValueDraftStore(kv: KeyValue): DraftStore {
	return {
		async list() {
			const drafts: StoredDraft[] = [];
			let unreadable = 0;
			for (const [key, value] of await kv.entries()) {
				if (!isDraftKey(key)) continue;
				const read = readSavedDraft(value);
				if (read.type === 'draft') drafts.push({ key, saved: read.saved });
				else unreadable++;
			}
			return { drafts, unreadable };
		},
		save: (key, saved) => kv.set(key, saved),
		remove: (key) => kv.del(key),
		async lastOpen() {
			const key = await kv.get(OPEN_KEY);
			return typeof key === 'string' ? key : undefined;
		},
		noteOpen: (key) => kv.set(OPEN_KEY, key)
	};
}

export function indexedDbStore(): DraftStore {
	const store = createStore('close-reader-studio', 'drafts');
	return keyValueDraftStore({
		entries: () => entries(store),
		get: (key) => get(key, store),
		set: (key, value) => set(key, value, store),
		del: (key) => del(key, store)
	});
}
