/**
 * Stand-ins for the Studio's drafts' browser parts in unit tests: a key-value store on a Map (as
 * IndexedDB holds it through idb-keyval) and a folder handle with the parts the Studio uses.
 */
import type { KeyValue } from '$lib/studio/files/draft-store';

export function mapKeyValue(map: Map<string, unknown>): KeyValue {
	return {
		entries: async () => [...map.entries()],
		get: async (key) => map.get(key),
		// kept as given, as IndexedDB's clone keeps a folder handle (structuredClone would refuse the stand-in)
		set: async (key, value) => void map.set(key, value),
		del: async (key) => void map.delete(key)
	};
}

/** A folder handle by the parts the Studio reads of it. */
export function fakeFolder(name: string): FileSystemDirectoryHandle {
	return {
		kind: 'directory',
		name,
		getFileHandle: () => Promise.reject(new Error('not a real folder'))
	} as unknown as FileSystemDirectoryHandle;
}
