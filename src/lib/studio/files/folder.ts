/**
 * A teacher's own article folder, opened through the File System Access API where the browser has
 * it (Chrome, Edge, ChromeOS): its files are read into a draft, and saving writes the draft back
 * into the same folder (the browser asks the teacher's permission first). Elsewhere the Studio opens
 * files by picker or drop and saves by download.
 */
import { draftFiles } from './zip';
import type { DraftData } from './draft-data';
import type { OpenedFile } from './read-files';

/** The parts of the API that TypeScript's DOM types lack. */
interface PermissionedHandle {
	queryPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>;
	requestPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>;
}
type DirectoryPicker = (options: { mode: 'readwrite' }) => Promise<FileSystemDirectoryHandle>;

function picker(): DirectoryPicker | undefined {
	const found = (window as unknown as { showDirectoryPicker?: DirectoryPicker })
		.showDirectoryPicker;
	return typeof found === 'function' ? found.bind(window) : undefined;
}

/** Whether this browser can open a folder and write back to it. */
export const canOpenFolder = (): boolean => picker() !== undefined;

export interface OpenedFolder {
	handle: FileSystemDirectoryHandle;
	name: string;
	files: OpenedFile[];
}

/** Asks the teacher for a folder and reads its files (not its subfolders); undefined if cancelled. */
export async function openFolder(): Promise<OpenedFolder | undefined> {
	const pick = picker();
	if (!pick) return undefined;
	let handle: FileSystemDirectoryHandle;
	try {
		handle = await pick({ mode: 'readwrite' });
	} catch {
		return undefined;
	}
	const files: OpenedFile[] = [];
	for await (const entry of handle.values()) {
		if (entry.kind !== 'file') continue;
		const file = await entry.getFile();
		files.push({ name: entry.name, text: await file.text() });
	}
	return { handle, name: handle.name, files };
}

/**
 * Writes the draft's article.md and quiz files into the folder (the files the draft no longer has
 * are left there). False when the teacher refused permission.
 */
export async function saveToFolder(
	handle: FileSystemDirectoryHandle,
	draft: DraftData
): Promise<boolean> {
	const asked = handle as unknown as PermissionedHandle;
	const state = (await asked.queryPermission?.({ mode: 'readwrite' })) ?? 'granted';
	if (state !== 'granted' && (await asked.requestPermission?.({ mode: 'readwrite' })) !== 'granted')
		return false;
	for (const file of draftFiles(draft)) {
		const name = file.path.split('/').pop()!;
		const writable = await (await handle.getFileHandle(name, { create: true })).createWritable();
		await writable.write(file.text);
		await writable.close();
	}
	return true;
}
