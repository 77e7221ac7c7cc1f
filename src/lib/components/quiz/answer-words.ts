/**
 * Answers on paper and in the copied results, in one place: the student's answer and the right
 * one in words (choices by the letter they are shown with, sentences quoted from the article), the
 * explanation with its quotes, and the labels they go under. Pure: the printed and copied results
 * (report.ts) and the printed answer key word answers here, so that they say the same.
 */
import { rightAnswerText } from '$lib/quiz/grading';
import type { AnswerContext } from '$lib/quiz/kit/rules';
import { sentenceText } from '$lib/quiz/kit/sentence-ids';
import type { QuestionKey, QuestionView } from '$lib/quiz/types';
import { plainText } from '$lib/text/rich';
import { quoted } from '$lib/text/words';

export const answerLabels = {
	answer: 'Your answer',
	right: 'Right answer',
	explanation: 'Explanation',
	evidence: 'Evidence'
} as const;

/** What a quoted sentence needs of the article (a `SentenceInfo` of the sentence index). */
export interface ArticleSentence {
	/** ¶ number */
	paragraph: number;
	text: string;
}

/** A passage of the article where it is: "¶12 “…”". */
export const passageText = (paragraph: number, text: string): string =>
	`¶${paragraph} ${quoted(text.trim())}`;

/**
 * What answers in words need of one question as shown: its options' order (the letters) and the
 * article's sentences (a sentence the index lacks is named by its place: "¶12, sentence 3").
 */
export function answerContext(
	order: readonly string[],
	sentences: ReadonlyMap<string, ArticleSentence>
): AnswerContext {
	return {
		order,
		sentence: (id) => {
			const sentence = sentences.get(id);
			return sentence ? passageText(sentence.paragraph, sentence.text) : sentenceText(id);
		}
	};
}

/** What the review of a question adds once it may be shown: the right answer and why. */
export interface AnswerReview {
	right: string;
	explanation: string;
	/** the cited passages, each "¶3 “…”" */
	evidence: string[];
}

export function answerReview(
	view: QuestionView,
	key: QuestionKey,
	context: AnswerContext
): AnswerReview {
	return {
		right: rightAnswerText(view, key, context),
		explanation: plainText(key.explanation),
		evidence: key.citations.map((citation) => passageText(citation.paragraph, citation.quote))
	};
}

/** A review as lines of text ("Right answer: …", "Explanation: …", "Evidence: …"), for copying. */
export function reviewLines(review: AnswerReview): string[] {
	return [
		`${answerLabels.right}: ${review.right || '—'}`,
		...(review.explanation ? [`${answerLabels.explanation}: ${review.explanation}`] : []),
		...(review.evidence.length > 0
			? [`${answerLabels.evidence}: ${review.evidence.join(' · ')}`]
			: [])
	];
}
