/**
 * The quizzes of a questions folder for the GIFT export (`npm run export:gift`): the one check of
 * the folder, read from the file system, gives each quiz's checked questions.
 */
import { ContentError } from '../checker/diagnostics.ts';
import type { GiftQuiz } from '../checker/gift/export.ts';
import { checkContent } from './content.ts';

/**
 * The quizzes of `dir`, each with its checked questions (the teacher's own words, and the
 * citations the check resolved), as the one check of the folder gives them; a quiz is exported only
 * if it also built. Throws ContentError, listing every problem, when any file is wrong.
 */
export function giftQuizzes(dir: string): GiftQuiz[] {
	const quizzes: GiftQuiz[] = [];
	const result = checkContent(dir, {
		onArticle: ({ article }, check) => {
			for (const { slug, checked, quiz } of check.quizzes) {
				if (checked && quiz)
					quizzes.push({ article: { slug: article.slug, title: article.title }, slug, checked });
			}
		}
	});
	if (!result.content) throw new ContentError(result.counts, result.diagnostics);
	return quizzes;
}
