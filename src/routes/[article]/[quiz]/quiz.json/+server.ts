/**
 * A quiz page's data as a prerendered JSON file: the quiz (a test without its keys), its
 * description, and whether the teacher view exists. The page's `+page.ts` fetches it beside its
 * article's text. A server load would put the same data on the host twice (in the page and again in
 * SvelteKit's `__data.json`); as a file, a prerendered page preloads it rather than holding it
 * (src/lib/server/prerender/data-files.ts), and the library reads a quiz's progress from it. Its
 * error is JSON too (server/json-file.ts).
 */
import { jsonFile } from '$lib/server/json-file';
import { quizDescription } from '$lib/server/descriptions';
import { quizOrError, siteQuizzes, teacherView } from '$lib/server/site';
import type { QuizPageData } from '$lib/quiz/types';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = siteQuizzes;

export const GET: RequestHandler = ({ params }) =>
	jsonFile((): QuizPageData => {
		const { entry, quiz } = quizOrError(params.article, params.quiz);
		return {
			// A test's keys stay out of its page until the student submits (key.json).
			quiz: quiz.mode === 'test' ? { ...quiz, keys: null } : quiz,
			description: quizDescription(quiz, entry.article),
			teacherView
		};
	});
