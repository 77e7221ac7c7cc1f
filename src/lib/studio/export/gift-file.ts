/**
 * The Studio's GIFT download: the checker's own export (checker/gift/export.ts, as `npm run
 * export:gift` runs it) of the quizzes of the article's check that checked and built, in the order
 * the CLI reads their files (by file name), so that the text is byte for byte the CLI's.
 */
import type { ArticleCheck } from '$lib/checker/check-article';
import { articleGiftQuizzes, exportGift } from '$lib/checker/gift/export';

export type GiftFile =
	| {
			ok: true;
			/** `<article slug>.gift.txt` */
			name: string;
			text: string;
			/** questions written */
			exported: number;
			/** one line per question left out or exported only in part, as the CLI prints them */
			lines: string[];
	  }
	| { ok: false; reason: 'article-has-errors' | 'no-quiz-builds' };

/** The file name a quiz file's path ends with: what the CLI sorts a folder's quizzes by. */
const fileName = (path: string) => path.split('/').at(-1) ?? path;

export function giftFile(check: ArticleCheck): GiftFile {
	const article = check.entry?.article;
	if (!article) return { ok: false, reason: 'article-has-errors' };
	const inFolderOrder = [...check.quizzes].sort((a, b) =>
		fileName(a.path) < fileName(b.path) ? -1 : 1
	);
	const quizzes = articleGiftQuizzes(article, inFolderOrder);
	if (quizzes.length === 0) return { ok: false, reason: 'no-quiz-builds' };
	const { text, exported, lines } = exportGift(quizzes);
	return { ok: true, name: `${article.slug}.gift.txt`, text, exported, lines };
}
