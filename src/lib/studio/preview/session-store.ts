/**
 * Where the Studio's preview keeps the attempt a teacher makes in it: this tab's session storage,
 * never the localStorage a student's attempts are saved in, so trying a quiz in the preview leaves
 * no saved attempt for the real quiz. Kept across the preview's updates (answers survive an edit);
 * gone with the tab. Memory when session storage is refused. Never throws.
 */
import { memoryStore, storageStore, type ProgressStore } from '$lib/state/storage';

export function previewStore(): ProgressStore {
	try {
		const storage = globalThis.sessionStorage;
		if (!storage) return memoryStore();
		return storageStore(storage);
	} catch {
		return memoryStore();
	}
}
