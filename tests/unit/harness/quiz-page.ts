/** Test support: the props of a quiz page, with the components of the quiz's question types loaded. */
import { loadQuestionComponents } from '$lib/question-types/components';
import type { QuizData } from '$lib/quiz/types';
import type { Article } from '$lib/text/article';

export async function quizPageProps(article: Article, quiz: QuizData) {
	return { article, quiz, components: await loadQuestionComponents(quiz.questions) };
}
