/**
 * Where drafts are kept between visits: IndexedDB, through idb-keyval, under one key. What is read
 * back is handed to readSavedDraft as untrusted data.
 */
import { createStore, get, set } from 'idb-keyval';
import { readSavedDraft, type ReadDraft, type SavedDraft } from './draft-data';

/** What the autosave needs of a store (IndexedDB in the browser, a map in a test). */
export interface DraftStore {
	load(): Promise<ReadDraft>;
	save(saved: SavedDraft): Promise<void>;
}

const KEY = 'draft';

export function indexedDbStore(): DraftStore {
	const store = createStore('close-reader-studio', 'drafts');
	return {
		async load() {
			try {
				return readSavedDraft(await get(KEY, store));
			} catch {
				return { type: 'malformed' };
			}
		},
		save: (saved) => set(KEY, saved, store)
	};
}
