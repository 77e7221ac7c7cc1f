/**
 * The Studio's SCORM download: a quiz of the draft's check as a package, packed by the CLI's own
 * code (lib/scorm/package.ts) with the player's files read from the site the Studio runs on (the
 * service worker keeps them, so it works offline): byte for byte what `npm run export:scorm` writes
 * for the same files with the same build.
 */
import type { ArticleCheck } from '$lib/checker/check-article';
import { hasErrors } from '$lib/checker/diagnostics';
import type { QuizData } from '$lib/quiz/types';
import { packScorm, readPlayer, type ScormPackage, type ScormVersion } from '$lib/scorm/package';

/** The quizzes a package can be made of, or why there is none. */
export type ScormChoice =
	{ ok: true; quizzes: QuizData[] } | { ok: false; reason: 'has-errors' | 'no-quiz' };

/** The draft's quizzes, once the article and every quiz check without errors. */
export function scormQuizzes(check: ArticleCheck): ScormChoice {
	if (hasErrors(check.diagnostics) || !check.entry) return { ok: false, reason: 'has-errors' };
	const quizzes = check.entry.quizzes;
	return quizzes.length > 0 ? { ok: true, quizzes } : { ok: false, reason: 'no-quiz' };
}

/**
 * The package of the quiz `slug` of a check without errors, the player's files read with `read`
 * (a path of the built site in, its bytes out).
 */
export async function scormPackage(
	check: ArticleCheck,
	slug: string,
	version: ScormVersion,
	read: (path: string) => Promise<Uint8Array>
): Promise<ScormPackage> {
	const entry = check.entry;
	const quiz = entry?.quizzes.find((candidate) => candidate.slug === slug);
	if (!entry || !quiz) throw new Error(`no quiz '${slug}' in the check`);
	return packScorm(await readPlayer(read), entry.article, quiz, version);
}

/** Reads a file of the site the Studio runs on (`base`: its base path). */
export function siteReader(base: string): (path: string) => Promise<Uint8Array> {
	return async (path) => {
		const response = await fetch(`${base}/${path}`);
		if (!response.ok) throw new Error(`${path}: ${response.status} ${response.statusText}`);
		return new Uint8Array(await response.arrayBuffer());
	};
}
