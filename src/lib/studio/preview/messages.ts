/**
 * What the Studio and its preview (the `/studio/preview` page in an iframe, same origin) say to
 * each other by `postMessage`. The Studio shows a quiz (and asks for it printed); the preview says
 * it is ready, and where the teacher selected words in its article. Each side reads only messages
 * from the other's window and from its own origin, and only of these shapes.
 */
import type { QuestionKey, QuizData } from '$lib/quiz/types';
import type { Article } from '$lib/text/article';
import type { ArticleReadability } from '$lib/text/readability';
import type { SelectedWords } from './evidence-line';

/** The preview's two views: the quiz page as a student sees it, or the teacher view (the key). */
export type PreviewView = 'student' | 'teacher';

export type ToPreview = {
	type: 'show';
	/** counts up with each message: a slower load of an older one never replaces a newer */
	revision: number;
	view: PreviewView;
	article: Article;
	/** the quiz as the page gets it: a test without its keys */
	quiz: QuizData;
	/** the quiz's keys: a test's are given to the preview once submitted */
	keys: Record<string, QuestionKey>;
	readability: ArticleReadability | null;
	/** print the view once it is shown */
	print: boolean;
};

export type FromPreview =
	| { type: 'ready' }
	| ({ type: 'selection' } & SelectedWords)
	| { type: 'selection-across'; from: number; to: number };

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null;
const isCount = (value: unknown): value is number => Number.isInteger(value) && Number(value) >= 0;

/** The message, when it is one the preview understands; null for anything else. */
export function readToPreview(data: unknown): ToPreview | null {
	if (!isObject(data) || data.type !== 'show') return null;
	const { revision, view, article, quiz, keys, print } = data;
	const fits =
		isCount(revision) &&
		(view === 'student' || view === 'teacher') &&
		isObject(article) &&
		isObject(quiz) &&
		Array.isArray(quiz.questions) &&
		isObject(keys) &&
		typeof print === 'boolean';
	return fits ? (data as ToPreview) : null;
}

/** The message, when it is one the Studio understands; null for anything else. */
export function readFromPreview(data: unknown): FromPreview | null {
	if (!isObject(data)) return null;
	switch (data.type) {
		case 'ready':
			return { type: 'ready' };
		case 'selection': {
			const { paragraph, start, end } = data;
			return isCount(paragraph) && isCount(start) && isCount(end)
				? { type: 'selection', paragraph, start, end }
				: null;
		}
		case 'selection-across': {
			const { from, to } = data;
			return isCount(from) && isCount(to) ? { type: 'selection-across', from, to } : null;
		}
		default:
			return null;
	}
}
