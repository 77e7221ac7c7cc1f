/**
 * A quiz's teacher view: the answer key with the coverage map and the evidence picker. On the dev
 * server always; in a build only with TEACHER_VIEW=1 (svelte.config.js lets a default build have no
 * pages here), so a site published for students has no answer-key pages.
 */
import { error } from '@sveltejs/kit';
import { teacherDescription } from '$lib/server/descriptions';
import { articleReadability } from '$lib/checker/readability';
import { fileReport, quizOrError, siteQuizzes, teacherView } from '$lib/server/site';
import type { EntryGenerator, PageServerLoad } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => (teacherView ? siteQuizzes() : []);

export const load: PageServerLoad = ({ params }) => {
	if (!teacherView) error(404, 'Not found');
	const { entry, quiz } = quizOrError(params.article, params.quiz);
	const report = fileReport(params.article, params.quiz);
	return {
		article: entry.article,
		quiz,
		warnings: report ?? null,
		readability: articleReadability(entry.article),
		description: teacherDescription(quiz, entry.article)
	};
};
