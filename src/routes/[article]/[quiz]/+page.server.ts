/**
 * A quiz page's data: the quiz (a test without its keys), its description, and whether the teacher
 * view exists.
 */
import { quizDescription } from '$lib/server/descriptions';
import { quizOrError, siteQuizzes, teacherView } from '$lib/server/site';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = siteQuizzes;

// The article comes from its own prerendered file (+page.ts), shared by all its quizzes, rather than
// in every quiz's page data.
export const load: PageServerLoad = ({ params }) => {
	const { entry, quiz } = quizOrError(params.article, params.quiz);
	// A test's keys stay out of the page (HTML and __data.json) until the student submits.
	return {
		quiz: quiz.mode === 'test' ? { ...quiz, keys: null } : quiz,
		description: quizDescription(quiz, entry.article),
		teacherView
	};
};
