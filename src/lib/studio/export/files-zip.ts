/**
 * The files download: an article's folder as a zip of `questions/<slug>/` (article.md and its quiz
 * files), ready to upload into a fork's `questions/` folder or to unpack beside a clone. Every entry
 * has the same fixed date, so the same files always give the same bytes.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

/** A file of the article's folder: its name (`article.md`, `reading-check.yaml`) and text. */
export interface FolderFile {
	name: string;
	text: string;
}

/** The date every entry carries (zip dates start in 1980; a fixed one keeps the bytes stable). */
const ENTRY_DATE = new Date(2000, 0, 1);

/** The zip's name: `<slug>.zip`. */
export const zipName = (slug: string): string => `${slug}.zip`;

/** The zip of `questions/<slug>/` holding `files`, in name order. */
export function folderZip(slug: string, files: readonly FolderFile[]): Uint8Array {
	const folder: Zippable = {};
	for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : 1)))
		folder[file.name] = [strToU8(file.text), { mtime: ENTRY_DATE }];
	return zipSync({ questions: { [slug]: folder } }, { level: 6 });
}
