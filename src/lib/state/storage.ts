/**
 * Where a student's attempt is kept: localStorage when the browser allows it, else memory (private
 * modes, blocked cookies and sandboxed frames throw on access or on write). Never throws.
 */

/** localStorage's shape. `write` may throw (quota); callers catch it. */
export interface ProgressStore {
	read(key: string): string | null;
	write(key: string, value: string): void;
	remove(key: string): void;
}

/** A store that lives as long as the page: for tests, and when the browser will not keep anything. */
export function memoryStore(): ProgressStore {
	const values = new Map<string, string>();
	return {
		read: (key) => values.get(key) ?? null,
		write: (key, value) => void values.set(key, value),
		remove: (key) => void values.delete(key)
	};
}

const PROBE_KEY = 'close-reader:probe';

/**
 * A Web Storage (localStorage, sessionStorage) as a progress store: a read or a removal that the
 * browser refuses is no value, or the value left behind; a refused write throws, for the caller.
 */
export function storageStore(storage: Storage): ProgressStore {
	return {
		read: (key) => {
			try {
				return storage.getItem(key);
			} catch {
				return null;
			}
		},
		write: (key, value) => storage.setItem(key, value),
		remove: (key) => {
			try {
				storage.removeItem(key);
			} catch {
				// nothing to do: the value is merely left behind
			}
		}
	};
}

/** localStorage when it works, else a memory store with `persistent: false`. Never throws. */
export function browserStore(): { store: ProgressStore; persistent: boolean } {
	try {
		const storage = globalThis.localStorage;
		if (!storage) return { store: memoryStore(), persistent: false };
		storage.setItem(PROBE_KEY, '1');
		storage.removeItem(PROBE_KEY);
		return {
			store: storageStore(storage),
			persistent: true
		};
	} catch {
		return { store: memoryStore(), persistent: false };
	}
}

export function progressKey(article: string, quiz: string): string {
	return `close-reader:v1:${article}/${quiz}`;
}

/** Writes a value; false when the store refused (quota exceeded, storage revoked). Never throws. */
export function writeSafely(store: ProgressStore, key: string, value: string): boolean {
	try {
		store.write(key, value);
		return true;
	} catch {
		return false;
	}
}

/** Reads a value; a store that throws on read counts as nothing saved. */
export function readSafely(store: ProgressStore, key: string): string | null {
	try {
		return store.read(key);
	} catch {
		return null;
	}
}

/** One value kept whole under one key of a store, written through `serialize`. Never throws. */
export class StoredValue<T> {
	readonly #store: ProgressStore;
	readonly key: string;
	readonly #serialize: (value: T) => string;

	constructor(store: ProgressStore, key: string, serialize: (value: T) => string) {
		this.#store = store;
		this.key = key;
		this.#serialize = serialize;
	}

	read(): string | null {
		return readSafely(this.#store, this.key);
	}

	/** false when the store refused (full, revoked): the value then lives in memory only */
	write(value: T): boolean {
		return writeSafely(this.#store, this.key, this.#serialize(value));
	}
}
