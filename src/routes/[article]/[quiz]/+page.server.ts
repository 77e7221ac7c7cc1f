import { error } from '@sveltejs/kit';
import { brokenFiles, site, siteArticle, teacherView } from '$lib/server/site';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	site().articles.flatMap((entry) =>
		entry.quizzes.map((quiz) => ({ article: entry.article.slug, quiz: quiz.slug }))
	);

export const load: PageServerLoad = ({ params }) => {
	const entry = siteArticle(params.article);
	const quiz = entry?.quizzes.find((candidate) => candidate.slug === params.quiz);
	if (!entry || !quiz) {
		const files = brokenFiles({ article: params.article, quiz: params.quiz });
		if (files.length > 0) error(500, { message: 'This quiz has errors', files });
		error(404, `No quiz called '${params.article}/${params.quiz}'`);
	}
	// A test's keys stay out of the page (HTML and __data.json) until the student submits.
	return {
		article: entry.article,
		quiz: quiz.mode === 'test' ? { ...quiz, keys: null } : quiz,
		teacherView
	};
};
