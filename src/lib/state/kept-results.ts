/**
 * The class view's results files kept on the teacher's computer, when the teacher chooses "Keep on
 * this computer": in this browser's IndexedDB (through idb-keyval), one list per quiz, never sent
 * anywhere, and forgotten in one click. What comes back is untrusted (another version of the app,
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

export const keptKey = (article: string, quiz: string): string =>
	`close-reader:class-results:${article}/${quiz}`;

/** The files kept for the quiz, or [] when none are (or the browser keeps nothing). */
export async function readKept(article: string, quiz: string): Promise<KeptFile[]> {
	try {
		const kept: unknown = await get(keptKey(article, quiz));
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

/** Keeps the files for the quiz (replacing those kept); false when the browser refused. */
export async function keepFiles(
	article: string,
	quiz: string,
	files: readonly KeptFile[]
): Promise<boolean> {
	try {
		await set(
			keptKey(article, quiz),
			files.map(({ name, text }) => ({ name, text }))
		);
		return true;
	} catch {
		return false;
	}
}

/** Forgets the files kept for the quiz; false when the browser refused. */
export async function forgetKept(article: string, quiz: string): Promise<boolean> {
	try {
		await del(keptKey(article, quiz));
		return true;
	} catch {
		return false;
	}
}
