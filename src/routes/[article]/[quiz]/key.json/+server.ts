/**
 * A quiz's answer keys as a prerendered JSON file. Test mode fetches it only after Submit, so the
 * answers are not in the page a student is answering (they are public once fetched: this is a
 * static site; the point is that they are not one "view source" away while answering).
 */
import { error, json } from '@sveltejs/kit';
import { siteQuiz, siteQuizzes } from '$lib/server/site';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = siteQuizzes;

export const GET: RequestHandler = ({ params }) => {
	const quiz = siteQuiz(params.article, params.quiz);
	if (!quiz?.keys) error(404, `No quiz called '${params.article}/${params.quiz}'`);
	return json(quiz.keys);
};
