/**
 * A draft as the files of `questions/<slug>/` in a zip, for a teacher to download (and upload to
 * their copy of the site). The same draft always gives the same bytes: the files in name order,
 * each with one fixed date, so a zip can be compared with another.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { articlePath, quizPath, type DraftData } from './draft-data';

/** 1 January 2000, 00:00 (local time, as a zip's dates are): a date every zip tool can show. */
const FIXED_MTIME = new Date(2000, 0, 1);

/** The files a draft is written as: path in the site's folder and text, in name order. */
export function draftFiles(draft: DraftData): { path: string; text: string }[] {
	const files = [
		{ path: articlePath(draft.slug), text: draft.article },
		...draft.quizzes.map((quiz) => ({ path: quizPath(draft.slug, quiz.slug), text: quiz.text }))
	];
	return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export function zipDraft(draft: DraftData): Uint8Array {
	const entries: Zippable = {};
	for (const file of draftFiles(draft))
		entries[file.path] = [strToU8(file.text), { mtime: FIXED_MTIME }];
	return zipSync(entries, { level: 6 });
}

/** The zip's file name: the article's folder. */
export const zipName = (draft: DraftData): string => `${draft.slug}.zip`;
