import { error } from '@sveltejs/kit';
import { quizEntries, storedQuiz } from '$lib/server/content-store';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = quizEntries;

// The article comes from its own prerendered file (+page.ts), shared by all its quizzes, rather than
// in every quiz's page data.
export const load: PageServerLoad = ({ params }) => {
	const quiz = storedQuiz(params.article, params.quiz);
	if (!quiz) error(404, `No quiz called '${params.article}/${params.quiz}'`);
	// A test's keys stay out of the page (HTML and __data.json) until the student submits.
	return { quiz: quiz.mode === 'test' ? { ...quiz, keys: null } : quiz };
};
