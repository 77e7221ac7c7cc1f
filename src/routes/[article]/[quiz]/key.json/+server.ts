/**
 * A quiz's answer keys as a prerendered JSON file. Test mode fetches it only after Submit, so the
 * answers are not in the page a student is answering (they are public once fetched: this is a
 * static site; the point is that they are not one "view source" away while answering).
 */
import { error, json } from '@sveltejs/kit';
import { quizEntries, storedQuiz } from '$lib/server/content-store';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = quizEntries;

export const GET: RequestHandler = ({ params }) => {
	const quiz = storedQuiz(params.article, params.quiz);
	if (!quiz?.keys) error(404, `No quiz called '${params.article}/${params.quiz}'`);
	return json(quiz.keys);
};
