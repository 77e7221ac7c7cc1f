/**
 * The student's name, remembered in this browser for the next results handed in: one value in the
 * browser's store, never sent anywhere. Reading and writing never throw (state/storage.ts).
 */
import { NAME_MAX_LENGTH } from '../state/saved-attempt.ts';
import { readSafely, writeSafely, type ProgressStore } from '../state/storage.ts';

export const NAME_KEY = 'close-reader:student-name';

/** The name remembered, or ''. */
export function rememberedName(store: ProgressStore): string {
	return (readSafely(store, NAME_KEY) ?? '').trim().slice(0, NAME_MAX_LENGTH);
}

/** Remembers `name` (trimmed) for next time; false when the browser keeps nothing. */
export function rememberName(store: ProgressStore, name: string): boolean {
	return writeSafely(store, NAME_KEY, name.trim().slice(0, NAME_MAX_LENGTH));
}
