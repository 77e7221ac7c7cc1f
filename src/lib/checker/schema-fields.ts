/**
 * The pieces of the quiz-file schema that every question type uses (id, prompt, points,
 * explanation, hint, evidence) and the field types several share. Each type's own variant lives in
 * its folder (src/lib/question-types/<type>/build.ts); schema.ts assembles the whole file.
 */
import * as z from 'zod';
import { SCORING_MODES, SPELLING_MODES } from '../quiz/kit/credit.ts';
import { MAX_ATTEMPTS } from '../quiz/tries.ts';
import { SLUG_PATTERN } from './route-names.ts';

export { SLUG_PATTERN };

const slug = z
	.string()
	.regex(SLUG_PATTERN, 'must be lowercase words joined by hyphens, like "main-claim"');

/** Inline Markdown: *italic*, **bold**, `code`, [links](https://…). */
export const markdown = (what: string) => z.string().trim().min(1, `${what} must not be empty`);

/**
 * What `npm run import:gift` writes where GIFT has nothing to give (the evidence; the explanation
 * when there is no general feedback). The check names each one, with what to write instead.
 */
export const EVIDENCE_PLACEHOLDER = 'TODO: quote the article here';
export const EXPLANATION_PLACEHOLDER =
	"TODO: say why the answer is right, pointing at the article's words";
const isPlaceholder = (text: string) => text.startsWith('TODO:');

const quote = z
	.string()
	.trim()
	.min(1, 'a quote must not be empty')
	.refine((text) => !isPlaceholder(text), {
		message:
			'evidence: replace this placeholder with a quote copied from article.md that supports the answer'
	});
export const evidenceItem = z.union([
	quote,
	z.strictObject({
		quote,
		paragraph: z.int().positive().describe('the ¶ number the quote is in, to pin a repeated quote')
	})
]);
export const evidence = z
	.union([evidenceItem, z.array(evidenceItem).min(1, 'give at least one quote')])
	.describe('one quote copied from the article, or a list of them');

/** Tries per question before the answer is shown (practice mode); on the quiz or one question. */
const ATTEMPTS_MESSAGE = `attempts must be a whole number from 1 to ${MAX_ATTEMPTS}`;
export const attempts = z
	.number()
	.min(1, ATTEMPTS_MESSAGE)
	.max(MAX_ATTEMPTS, ATTEMPTS_MESSAGE)
	.refine(Number.isInteger, ATTEMPTS_MESSAGE)
	.describe(
		'practice mode: tries before the answer is shown (default 2); each extra try halves the points. Test mode always has 1'
	);

/** How typed answers are compared; on the quiz, or on a question whose answer is typed. */
export const spelling = z
	.enum(SPELLING_MODES)
	.describe(
		'forgiving (the default): a one-letter slip in a word of 5+ letters, or a number with another unit, is "almost" in practice mode, and numbers match in digits or words, with or without the unit the answer or blank names; exact: none of these'
	);

/** The fields of every question, spread first into each type's variant. */
export const commonFields = {
	id: slug.describe('unique in the quiz; keep it stable: saved progress is keyed by it'),
	prompt: markdown('prompt'),
	points: z.number().positive('points must be more than 0').default(1),
	explanation: markdown('explanation').refine((text) => !isPlaceholder(text), {
		message:
			"explanation: replace this placeholder: say why the answer is right, pointing at the article's words"
	}),
	hint: markdown('hint').optional(),
	evidence,
	attempts: attempts.optional(),
	group: z
		.string()
		.trim()
		.min(1, 'group must not be empty')
		.optional()
		.describe(
			"the question's group, for a quiz whose `pick` draws from each group: pick: { vocabulary: 2 }"
		),
	after: z
		.number()
		.min(1, 'after must be a paragraph number, 1 or more')
		.refine(Number.isInteger, 'after must be a paragraph number, 1 or more')
		.optional()
		.describe(
			'guided layout: the paragraph (¶ number) to show the question after; by default, the paragraph of its first evidence quote'
		)
};

/** `partial` (the default) gives credit for each right part; `all-or-nothing` only for a fully right answer. */
export const scoring = z.enum(SCORING_MODES).default('partial');

/** Any choice-type question may be two-part: Part B asks for the supporting sentence. */
export const requireEvidence = z
	.boolean()
	.default(false)
	.describe('two-part question: after answering, the student selects the supporting sentence');

/** Texts that appear more than once, compared after trimming and ignoring case. */
export function firstRepeat(texts: string[]): { index: number; first: number } | undefined {
	const seen = new Map<string, number>();
	for (const [index, text] of texts.entries()) {
		const key = text.trim().toLowerCase();
		const first = seen.get(key);
		if (first !== undefined) return { index, first };
		seen.set(key, index);
	}
	return undefined;
}

export type EvidenceItem = z.output<typeof evidenceItem>;
export type Evidence = z.output<typeof evidence>;
