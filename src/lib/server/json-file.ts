/**
 * The answer of a prerendered JSON file that a page's load fetches (an article's text, a quiz's
 * data). Its error (not found; on the dev server, the files that do not build) is answered in JSON
 * too, with its status, so the page that fetched it shows that error as its own, whichever of its
 * files reports it first (routes/[article]/[quiz]/+page.ts).
 */
import { isHttpError, json } from '@sveltejs/kit';

/** `data()` as JSON, or the page error it threw as JSON with that error's status. */
export function jsonFile(data: () => unknown): Response {
	try {
		return json(data());
	} catch (problem) {
		if (isHttpError(problem)) return json(problem.body, { status: problem.status });
		throw problem;
	}
}
