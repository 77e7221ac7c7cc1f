/**
 * A Studio draft as plain data: the article's slug, its article.md and its quiz files, and how a
 * draft read back from storage (untrusted: another version, a broken write, a hand edit) is
 * accepted or refused, never trusted; the first Studio's single draft is read too.
 */
import type { ArticleTexts } from '$lib/checker/check-article';

export interface QuizDraft {
	/** the file's name without `.yaml`: the quiz's URL */
	slug: string;
	text: string;
}

export interface DraftData {
	slug: string;
	article: string;
	quizzes: QuizDraft[];
}

/** The paths a draft's files have in a questions folder, as the CLI reports them. */
export const articlePath = (slug: string): string => `questions/${slug}/article.md`;
export const quizPath = (slug: string, quiz: string): string => `questions/${slug}/${quiz}.yaml`;

/** The draft as the checker takes it. */
export function draftTexts({ slug, article, quizzes }: DraftData): ArticleTexts {
	return {
		slug,
		path: articlePath(slug),
		text: article,
		quizzes: quizzes.map((quiz) => ({
			path: quizPath(slug, quiz.slug),
			slug: quiz.slug,
			text: quiz.text
		}))
	};
}

/**
 * A draft saved in the browser, with when it was saved and the folder it was opened from, if any
 * (a FileSystemDirectoryHandle is kept in IndexedDB as it is; the browser asks again before writing).
 * Version 1, the single draft of the first Studio, had no folder; it is read as it stands.
 */
export interface SavedDraft {
	version: 2;
	savedAt: number;
	draft: DraftData;
	folder?: FileSystemDirectoryHandle;
}

export type ReadDraft =
	{ type: 'none' } | { type: 'draft'; saved: SavedDraft } | { type: 'malformed' };

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

function readQuiz(value: unknown): QuizDraft | undefined {
	if (!isRecord(value) || typeof value.slug !== 'string' || typeof value.text !== 'string')
		return undefined;
	return { slug: value.slug, text: value.text };
}

/** A folder handle, by the parts the Studio uses (IndexedDB gives back the browser's own object). */
const isFolder = (value: unknown): value is FileSystemDirectoryHandle =>
	typeof value === 'object' &&
	value !== null &&
	(value as { kind?: unknown }).kind === 'directory' &&
	typeof (value as { name?: unknown }).name === 'string' &&
	typeof (value as { getFileHandle?: unknown }).getFileHandle === 'function';

/** A stored value read back: a draft only when every part has the shape it must have. */
export function readSavedDraft(value: unknown): ReadDraft {
	if (value === undefined) return { type: 'none' };
	if (!isRecord(value) || (value.version !== 1 && value.version !== 2))
		return { type: 'malformed' };
	if (typeof value.savedAt !== 'number') return { type: 'malformed' };
	const draft = value.draft;
	if (!isRecord(draft) || typeof draft.slug !== 'string' || typeof draft.article !== 'string')
		return { type: 'malformed' };
	if (!Array.isArray(draft.quizzes)) return { type: 'malformed' };
	const quizzes = draft.quizzes.map(readQuiz);
	if (quizzes.some((quiz) => quiz === undefined)) return { type: 'malformed' };
	// a folder that is not one (a hand edit, another browser's object) is forgotten, not fatal
	const folder = isFolder(value.folder) ? value.folder : undefined;
	return {
		type: 'draft',
		saved: {
			version: 2,
			savedAt: value.savedAt,
			draft: {
				slug: draft.slug,
				article: draft.article,
				quizzes: quizzes.filter((quiz) => quiz !== undefined)
			},
			...(folder && { folder })
		}
	};
}
