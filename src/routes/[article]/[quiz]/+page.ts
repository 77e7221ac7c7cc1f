import { loadQuestionComponents } from '$lib/question-types/components';
import type { PageLoad } from './$types';

// Only the components of the types this quiz has are loaded, before the page renders.
export const load: PageLoad = async ({ data }) => ({
	...data,
	components: await loadQuestionComponents(data.quiz.questions)
});
