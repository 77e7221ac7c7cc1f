/**
 * The quizzes of a questions folder for the GIFT export (`npm run export:gift`): the one check of
 * the folder, read from the file system, gives each quiz's checked questions.
 */
import { ContentError } from '../checker/diagnostics.ts';
import { articleGiftQuizzes, type GiftQuiz } from '../checker/gift/export.ts';
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
			quizzes.push(...articleGiftQuizzes(article, check.quizzes));
		}
	});
	if (!result.content) throw new ContentError(result.counts, result.diagnostics);
	return quizzes;
}
