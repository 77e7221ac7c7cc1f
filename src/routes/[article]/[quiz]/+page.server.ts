import { error } from '@sveltejs/kit';
import { getArticle, loadContent } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	loadContent().articles.flatMap((entry) =>
		entry.quizzes.map((quiz) => ({ article: entry.article.slug, quiz: quiz.slug }))
	);

export const load: PageServerLoad = ({ params }) => {
	const entry = getArticle(params.article);
	const quiz = entry?.quizzes.find((candidate) => candidate.slug === params.quiz);
	if (!entry || !quiz) error(404, `No quiz called '${params.article}/${params.quiz}'`);
	// A test's keys stay out of the page (HTML and __data.json) until the student submits.
	return {
		article: entry.article,
		quiz: quiz.mode === 'test' ? { ...quiz, keys: null } : quiz
	};
};
