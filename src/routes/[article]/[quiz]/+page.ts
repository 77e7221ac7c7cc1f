import { articlePath } from '$lib/paths';
import { loadQuestionComponents } from '$lib/question-types/components';
import type { Article } from '$lib/text/article';
import type { PageLoad } from './$types';

// Only the components of the types this quiz has are loaded, before the page renders; the article
// is its own file, shared by the article's quizzes (which a prerendered page preloads rather than
// holds: src/lib/server/prerender/shared-article.ts).
export const load: PageLoad = async ({ data, fetch, params }) => {
	const [article, components] = await Promise.all([
		fetch(articlePath(params.article)).then(async (response) => {
			if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
			return (await response.json()) as Article;
		}),
		loadQuestionComponents(data.quiz.questions)
	]);
	return { ...data, article, components };
};
