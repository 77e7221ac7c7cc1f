/**
 * The check's problems grouped by file, each file placed in its article and quiz when it has them:
 * the dev server shows a broken file's problems on the page it breaks (site.ts).
 */
import { relative, sep } from 'node:path';
import type { FileProblems } from '../checker/content-types.ts';
import type { Diagnostic } from '../checker/diagnostics.ts';
import { SLUG_PATTERN } from '../checker/schema.ts';

/** A quiz file's extension (only the lowercase ones are accepted; see content.ts). */
export const QUIZ_EXTENSION = /\.ya?ml$/i;

/** The diagnostics of a check of `dir` grouped by file. */
export function problemsByFile(dir: string, diagnostics: readonly Diagnostic[]): FileProblems[] {
	const byPath = new Map<string, FileProblems>();
	for (const d of diagnostics) {
		let entry = byPath.get(d.path);
		if (!entry) {
			const [folder, file, ...deeper] = relative(dir, d.path).split(sep);
			const article = folder && SLUG_PATTERN.test(folder) ? folder : undefined;
			const quizSlug = file?.replace(QUIZ_EXTENSION, '');
			const quiz =
				article &&
				quizSlug &&
				quizSlug !== file &&
				deeper.length === 0 &&
				SLUG_PATTERN.test(quizSlug)
					? quizSlug
					: undefined;
			const role = quiz
				? 'quiz'
				: article && (!file || file === 'article.md')
					? 'article'
					: 'other';
			entry = {
				path: d.path,
				...(article && { article }),
				...(quiz && { quiz }),
				role,
				diagnostics: []
			};
			byPath.set(d.path, entry);
		}
		entry.diagnostics.push(d);
	}
	return [...byPath.values()];
}
