/**
 * A test's answer keys as a prerendered JSON file. Test mode fetches it only after Submit, so the
 * answers are not in the page a student is answering (they are public once fetched: this is a
 * static site; the point is that they are not one "view source" away while answering). A practice
 * quiz has none: its keys are in its page's data (`quiz.json`).
 */
import { error, json } from '@sveltejs/kit';
import { siteQuiz, siteQuizzes } from '$lib/server/site';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => siteQuizzes({ tests: true });

export const GET: RequestHandler = ({ params }) => {
	const quiz = siteQuiz(params.article, params.quiz);
	if (quiz?.mode !== 'test' || !quiz.keys)
		error(404, `No test called '${params.article}/${params.quiz}'`);
	return json(quiz.keys);
};
