/**
 * Start from GIFT: a GIFT file (a Moodle question-bank export) dropped or picked in the Studio
 * becomes a new quiz, by the importer `npm run import:gift` runs (checker/gift/import.ts) and with
 * the same quiz slug from the file's name, so the YAML is byte for byte the script's. Its `TODO:`
 * placeholders are left for the live check to report as problems to fix.
 */
import { giftQuizSlug, importGift, type GiftImportResult } from '$lib/checker/gift/import';

/** The importer's result, and for a quiz made, its slug: the file's name, made unique among `taken`. */
export type GiftStart =
	| (Extract<GiftImportResult, { ok: true }> & { slug: string })
	| Extract<GiftImportResult, { ok: false }>;

/** A slug not among `taken`: `name`, else `name-2`, `name-3`, … */
export function freeSlug(name: string, taken: readonly string[]): string {
	if (!taken.includes(name)) return name;
	let n = 2;
	while (taken.includes(`${name}-${n}`)) n++;
	return `${name}-${n}`;
}

/**
 * The quiz a GIFT file starts: `fileName` is the file's own name (as the script is given it, it
 * names the file in the quiz's header comment and in a syntax error), `taken` the article's quiz
 * slugs already in use.
 */
export function startFromGift(fileName: string, text: string, taken: readonly string[]): GiftStart {
	const result = importGift(text, { file: fileName });
	if (!result.ok) return result;
	return { ...result, slug: freeSlug(giftQuizSlug(fileName), taken) };
}
