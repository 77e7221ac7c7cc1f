/**
 * The files a teacher picks or drops on the class view, as named texts for class-results.ts: a
 * results file as it is, a .zip of them (as Google Classroom downloads a folder) opened with fflate,
 * its folders flattened and anything but .json left out. A damaged zip becomes one file that
 * cannot be read, so it is named and skipped like any other. Pure: the component reads the bytes.
 */
import { strFromU8, unzipSync } from 'fflate';
import type { PickedFile } from './class-results.ts';

/** Whether a picked file is a zip, by its name. */
export const isZip = (name: string): boolean => /\.zip$/i.test(name);

/** The .json files inside a zip's bytes, each named `<zip>/<path>`. */
export function filesInZip(zipName: string, bytes: Uint8Array): PickedFile[] {
	try {
		const entries = unzipSync(bytes, {
			// only results files; macOS's resource forks (__MACOSX/._x.json) are not
			filter: (entry) => /\.json$/i.test(entry.name) && !/(^|\/)(__MACOSX\/|\._)/.test(entry.name)
		});
		return Object.entries(entries).map(([path, data]) => ({
			name: `${zipName}/${path}`,
			text: strFromU8(data)
		}));
	} catch {
		return [{ name: zipName, text: '' }];
	}
}

/**
 * Files picked, added to those already loaded: the same file (name and text) picked again is not
 * counted twice.
 */
export function addPicked(
	loaded: readonly PickedFile[],
	picked: readonly PickedFile[]
): PickedFile[] {
	const seen = new Set(loaded.map((file) => `${file.name}\n${file.text}`));
	const added = picked.filter((file) => {
		const id = `${file.name}\n${file.text}`;
		if (seen.has(id)) return false;
		seen.add(id);
		return true;
	});
	return [...loaded, ...added];
}
