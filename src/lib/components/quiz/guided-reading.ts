/**
 * Guided reading's code on a quiz page, loaded as one part (parts.ts `guidedPart`): the questions
 * between the article's parts, where each goes, and where the article is cut. Only a quiz whose
 * own layout is guided starts with it; see parts.ts for when the others load it.
 */
export { default as GuidedQuestions } from './GuidedQuestions.svelte';
export { articlePieces, questionsAtEnd, questionsByParagraph } from '$lib/quiz/guided';
