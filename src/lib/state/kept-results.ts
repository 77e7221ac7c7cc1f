/**
 * The class view's results files kept on the teacher's computer, when the teacher chooses "Keep on
 * this computer": in this browser's IndexedDB (through idb-keyval), one list per quiz, never sent
 * anywhere, and forgotten in one click. The teacher view's lists and the Studio's are kept apart
 * (a shelf each): the Studio scores the files with a draft's key, and a draft may share its slugs
 * with a published quiz or be a new quiz of the same name; unticking "Keep" in one must not forget
 * what the other keeps. What comes back is untrusted (another version of the app,
 * a store cleared half-way): only a list of named texts is used. Never throws: a browser that keeps
 * nothing (private mode, blocked storage) reads as nothing kept and reports a keep as failed.
 */
import { del, get, set } from 'idb-keyval';
import { field, isObject, isString } from '../quiz/kit/untrusted.ts';

/** A kept file: its name and its text, as the teacher picked it. */
export interface KeptFile {
	name: string;
	text: string;
}

/** Whose files: the teacher view's of a published quiz, or the Studio's of the quiz being edited. */
export type KeptShelf = 'teacher-view' | 'studio';

/** Where a quiz's files are kept: a key of this browser's IndexedDB. */
export function keptKey(shelf: KeptShelf, article: string, quiz: string): string {
	switch (shelf) {
		case 'teacher-view':
			return `close-reader:class-results:${article}/${quiz}`;
		case 'studio':
			return `close-reader:studio:class-results:${article}/${quiz}`;
	}
}

/** The files kept under `key` (keptKey), or [] when none are (or the browser keeps nothing). */
export async function readKept(key: string): Promise<KeptFile[]> {
	try {
		const kept: unknown = await get(key);
		if (!Array.isArray(kept)) return [];
		return kept.flatMap((entry: unknown) => {
			if (!isObject(entry)) return [];
			const name = field(entry, 'name');
			const text = field(entry, 'text');
			return isString(name) && isString(text) ? [{ name, text }] : [];
		});
	} catch {
		return [];
	}
}

/** Keeps the files under `key` (replacing those kept); false when the browser refused. */
export async function keepFiles(key: string, files: readonly KeptFile[]): Promise<boolean> {
	try {
		await set(
			key,
			files.map(({ name, text }) => ({ name, text }))
		);
		return true;
	} catch {
		return false;
	}
}

/** Forgets the files kept under `key`; false when the browser refused. */
export async function forgetKept(key: string): Promise<boolean> {
	try {
		await del(key);
		return true;
	} catch {
		return false;
	}
}
