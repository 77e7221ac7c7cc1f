/**
 * What a quiz page is given: by its route (the built quiz, its article, the components of its
 * question types), by the Studio's preview (the same, built in the browser, kept apart) or by the
 * SCORM player (the same, read from its package).
 */
import type { QuestionComponents } from '$lib/question-types/components';
import type { QuizData } from '$lib/quiz/types';
import type { JumpHistory } from '$lib/state/reading-view.svelte';
import type { SessionPackage, SessionPreview } from '$lib/state/session.svelte';
import type { Article } from '$lib/text/article';

export interface QuizPageProps {
	article: Article;
	quiz: QuizData;
	components: QuestionComponents;
	/** link to the teacher view (dev server, or a TEACHER_VIEW=1 build) */
	teacherView?: boolean;
	/** where a citation jump is kept so that Back returns from it: the route's page state */
	history?: JumpHistory;
	/** the Studio's preview: the attempt kept apart from a student's, a test's keys given */
	preview?: SessionPreview;
	/** the SCORM player's: a learning platform looked for, a test's keys in the package */
	packaged?: SessionPackage;
}
