/**
 * Files a teacher opens (from a folder, a file picker or a drop) made into a draft: article.md and
 * the quiz files (*.yaml) beside it; anything else (and a draft named _… or .…, which the site
 * skips) is left out, and said so.
 */
import { SLUG_PATTERN } from '$lib/checker/route-names';
import type { DraftData, QuizDraft } from './draft-data';

export interface OpenedFile {
	name: string;
	text: string;
}

export type FilesRead =
	| { type: 'draft'; draft: DraftData; ignored: string[] }
	| { type: 'no-article'; ignored: string[] };

const QUIZ_FILE = /^(.+)\.ya?ml$/u;

/**
 * The draft the files make: `slug` names the article (its folder's name when a folder was opened).
 * Files are taken by name, not by where they were picked from, and in name order.
 */
export function draftFromFiles(files: readonly OpenedFile[], slug: string): FilesRead {
	const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	const article = sorted.find((file) => file.name === 'article.md');
	const quizzes: QuizDraft[] = [];
	const ignored: string[] = [];
	for (const file of sorted) {
		if (file === article) continue;
		// a name starting with _ or . is a draft the site skips (docs/writing-questions.md)
		const quiz = /^[_.]/.test(file.name) ? null : QUIZ_FILE.exec(file.name);
		if (quiz) quizzes.push({ slug: quiz[1]!, text: file.text });
		else ignored.push(file.name);
	}
	if (!article) return { type: 'no-article', ignored };
	return {
		type: 'draft',
		draft: {
			slug: SLUG_PATTERN.test(slug) ? slug : 'my-article',
			article: article.text,
			quizzes:
				quizzes.length > 0 ? quizzes : [{ slug: 'reading-check', text: 'title: \nquestions:\n' }]
		},
		ignored
	};
}
