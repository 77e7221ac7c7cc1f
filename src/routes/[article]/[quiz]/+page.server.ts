import { error } from '@sveltejs/kit';
import { brokenFiles, siteQuiz, siteQuizzes, teacherView } from '$lib/server/site';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = siteQuizzes;

// The article comes from its own prerendered file (+page.ts), shared by all its quizzes, rather than
// in every quiz's page data.
export const load: PageServerLoad = ({ params }) => {
	const quiz = siteQuiz(params.article, params.quiz);
	if (!quiz) {
		const files = brokenFiles({ article: params.article, quiz: params.quiz });
		if (files.length > 0) error(500, { message: 'This quiz has errors', files });
		error(404, `No quiz called '${params.article}/${params.quiz}'`);
	}
	// A test's keys stay out of the page (HTML and __data.json) until the student submits.
	return { quiz: quiz.mode === 'test' ? { ...quiz, keys: null } : quiz, teacherView };
};
