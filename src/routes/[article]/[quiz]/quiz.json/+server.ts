/**
 * A quiz page's data as a prerendered JSON file: the quiz (a test without its keys), its
 * description, and whether the teacher view exists. The page's `+page.ts` fetches it beside its
 * article's text. A server load would put the same data on the host twice (in the page and again in
 * SvelteKit's `__data.json`); as a file, a prerendered page preloads it rather than holding it
 * (src/lib/server/prerender/data-files.ts), and the library reads a quiz's progress from it.
 */
import { isHttpError, json } from '@sveltejs/kit';
import { quizDescription } from '$lib/server/descriptions';
import { quizOrError, siteQuizzes, teacherView } from '$lib/server/site';
import type { QuizPageData } from '$lib/quiz/types';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = siteQuizzes;

export const GET: RequestHandler = ({ params }) => {
	try {
		const { entry, quiz } = quizOrError(params.article, params.quiz);
		// A test's keys stay out of its page until the student submits (key.json).
		const data: QuizPageData = {
			quiz: quiz.mode === 'test' ? { ...quiz, keys: null } : quiz,
			description: quizDescription(quiz, entry.article),
			teacherView
		};
		return json(data);
	} catch (problem) {
		// the page shows the error as its own (the dev server's list of broken files included)
		if (isHttpError(problem)) return json(problem.body, { status: problem.status });
		throw problem;
	}
};
