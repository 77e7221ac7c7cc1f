/**
 * The parts of the quiz page that a student needs only once they have answered: the grading code
 * (scoring, practice's Check: state/grading.ts, with every type's grading rules), what a Check
 * says, a checked question's feedback, the "not yet" of a wrong try, the results, and the links to
 * questions that Submit's "unanswered" prompt and a notice give. Each is loaded on first use
 * (what needs it waits for it) and, before that, when the page is idle; none is in the script a
 * quiz page starts with. See ../lazy.svelte.ts. And guided reading's code, which only a quiz laid
 * out guided starts with (`guidedPart`).
 */
import { loadQuestionComponents, type QuestionComponents } from '$lib/question-types/components';
import { isTwoPart } from '$lib/quiz/questions';
import type { Answer, QuestionKey, QuestionView, QuizData } from '$lib/quiz/types';
import { QuizLayoutChoice } from '$lib/state/layout.svelte';
import type { PendingTry } from '$lib/state/outcomes';
import type { SessionParts } from '$lib/state/session.svelte';
import type { ProgressStore } from '$lib/state/storage';
import { lazy, whenIdle, type Lazy } from '../lazy.svelte';

export const gradingPart = lazy(!import.meta.env.SSR && (() => import('$lib/state/grading')));
export const checkWordsPart = lazy(!import.meta.env.SSR && (() => import('./check-words')));
export const feedbackPart = lazy(!import.meta.env.SSR && (() => import('./Feedback.svelte')));
export const tryFeedbackPart = lazy(!import.meta.env.SSR && (() => import('./TryFeedback.svelte')));
export const resultsPart = lazy(!import.meta.env.SSR && (() => import('./Results.svelte')));
/** links to questions: under Submit's "unanswered" prompt, and the "quiz has changed" notice's */
export const questionLinksPart = lazy(
	!import.meta.env.SSR && (() => import('./QuestionLinks.svelte'))
);

export const answeredParts: readonly Lazy<unknown>[] = [
	gradingPart,
	checkWordsPart,
	feedbackPart,
	tryFeedbackPart,
	resultsPart,
	questionLinksPart
];

/**
 * Guided reading's code (guided-reading.ts). A page that renders guided, or around an article cut
 * for it, loads it first (`loadLayoutParts`: the route's load, the SCORM player, the Studio's
 * preview); on another the page is guided once it is here, which it is loaded for when the
 * student picks guided reading, and prefetched when idle where the quiz offers it
 * (QuizArticle.svelte). Not only in the browser: the server renders a guided page with it.
 */
export const guidedPart = lazy(() => import('./guided-reading'));

/**
 * Part B of a two-part question (EvidencePart.svelte, with the sentence picker), loaded with the
 * cards' components where one of them is two-part (`loadCards`): a quiz with no two-part question
 * never downloads it. Not only in the browser: the server renders a two-part card with it.
 */
export const evidencePart = lazy(() => import('./EvidencePart.svelte'));

/**
 * What the cards of `questions` need to render: their types' components, and Part B's where one of
 * them is two-part (`evidencePart`, which a card reads).
 */
export async function loadCards(questions: readonly QuestionView[]): Promise<QuestionComponents> {
	const [components] = await Promise.all([
		loadQuestionComponents(questions),
		questions.some(isTwoPart) ? evidencePart.load() : undefined
	]);
	return components;
}

/**
 * What a quiz page needs before it renders besides its cards': guided reading's code
 * where the quiz's own layout is guided (its article is cut for it) or where the page will be
 * guided, the student's pick as kept in `store` (the one the page's layout restores from).
 */
export function loadLayoutParts(quiz: QuizData, store: ProgressStore | null): Promise<unknown> {
	const layout = new QuizLayoutChoice(quiz);
	if (store) layout.restore(store);
	return quiz.layout?.chosen === 'guided' || layout.guided ? guidedPart.load() : Promise.resolve();
}

/**
 * The parts of a card's answer to mark as not right: a waiting try's, to check, or once the key
 * shows, every one the grading finds (its code is here by then: nothing is revealed before it is).
 */
export function partsToMark(
	question: QuestionView,
	key: QuestionKey | null,
	answer: Answer,
	pending: PendingTry | null
): readonly number[] | undefined {
	if (pending) return pending.parts?.wrong;
	return key ? gradingPart.current?.partsRight(question, key, answer)?.wrong : undefined;
}

/** Waits for `parts`; a part that cannot load (offline) is left out, and its place stays empty. */
export async function loaded(...parts: Lazy<unknown>[]): Promise<void> {
	await Promise.all(parts.map((part) => part.load().catch(() => undefined)));
}

/**
 * Loads `parts` one after another, each once the page is idle again: loaded together, their
 * evaluation (the grading code above all) was one long task after the page had started. A part
 * that fails to load is left to its first use. Returns the stop.
 */
function prefetchOneByOne(parts: readonly Lazy<unknown>[]): () => void {
	let stopped = false;
	let cancel: () => void = () => undefined;
	const next = (index: number) => {
		const part = parts[index];
		if (stopped || !part) return;
		cancel = whenIdle(() => {
			void part
				.load()
				.catch(() => undefined)
				.then(() => next(index + 1));
		});
	};
	next(0);
	return () => {
		stopped = true;
		cancel();
	};
}

/** The parts as the quiz session loads them (state/session.svelte.ts). */
export const sessionParts: SessionParts = {
	grading: gradingPart,
	// what answering and submitting will show, fetched while the student reads
	prefetchWhenIdle: () => prefetchOneByOne(answeredParts),
	prefetchResults: () => [resultsPart, feedbackPart].forEach((part) => part.prefetch()),
	loadResults: () => loaded(resultsPart, feedbackPart)
};

/**
 * What the cards after the first few need, which the page fetches once it has started
 * (drawn-cards.svelte.ts): the components of every type of `questions`, added to `components`,
 * which the cards look theirs up in, and Part B's where one is two-part.
 */
export function loadLaterCards(
	questions: readonly QuestionView[],
	components: QuestionComponents
): Promise<unknown> {
	return loadCards(questions).then((all) => Object.assign(components, all));
}
