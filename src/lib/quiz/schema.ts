/**
 * The quiz-file schema: the one home of the format in `docs/writing-questions.md`.
 * The TypeScript types of a quiz file, the validator (src/lib/server) and the JSON Schema
 * for editors (static/quiz.schema.json, written by `npm run schema`) all come from here.
 */
import { z } from 'zod';

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const slug = z
	.string()
	.regex(SLUG_PATTERN, 'must be lowercase words joined by hyphens, like "main-claim"');

/** Inline Markdown: *italic*, **bold**, `code`, [links](https://…). */
const markdown = (what: string) => z.string().trim().min(1, `${what} must not be empty`);

const quote = z.string().trim().min(1, 'a quote must not be empty');
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

const common = {
	id: slug.describe('unique in the quiz; keep it stable: saved progress is keyed by it'),
	prompt: markdown('prompt'),
	points: z.number().positive('points must be more than 0').default(1),
	explanation: markdown('explanation'),
	hint: markdown('hint').optional(),
	evidence
};

/** `partial` (the default) gives credit for each right part; `all-or-nothing` only for a fully right answer. */
const scoring = z.enum(['partial', 'all-or-nothing']).default('partial');

/** Any choice-type question may be two-part: Part B asks for the supporting sentence. */
const requireEvidence = z
	.boolean()
	.default(false)
	.describe('two-part question: after answering, the student selects the supporting sentence');

/**
 * Cross-field rules that need no article. They sit on the field they are about, so a problem is
 * reported there and still found when a sibling field is wrong too.
 */
type Choice = { text: string; correct: boolean };

function countCorrect(choices: Choice[]): number {
	return choices.filter((choice) => choice.correct).length;
}

/** Texts that appear more than once, compared after trimming and ignoring case. */
function firstRepeat(texts: string[]): { index: number; first: number } | undefined {
	const seen = new Map<string, number>();
	for (const [index, text] of texts.entries()) {
		const key = text.trim().toLowerCase();
		const first = seen.get(key);
		if (first !== undefined) return { index, first };
		seen.set(key, index);
	}
	return undefined;
}

/** The blanks of a fill-blanks text: `[[answer]]` or `[[answer|alternative]]`. */
export const BLANK_PATTERN = /\[\[([^\]]*)\]\]/g;

function checkBlanks(text: string, ctx: z.RefinementCtx): void {
	const blanks = [...text.matchAll(BLANK_PATTERN)];
	const rest = text.replace(BLANK_PATTERN, '');
	if (rest.includes('[[') || rest.includes(']]')) {
		ctx.addIssue({
			code: 'custom',
			message: 'text: a blank is not closed; write each blank as [[answer]]'
		});
	}
	if (blanks.length === 0 && !rest.includes('[[')) {
		ctx.addIssue({
			code: 'custom',
			message: 'text: write at least one blank, like "The capital is [[Beijing]]."'
		});
	}
	for (const blank of blanks) {
		const answers = blank[1]!.split('|').map((answer) => answer.trim());
		if (answers.some((answer) => answer === '')) {
			ctx.addIssue({
				code: 'custom',
				message: `text: blank ${blank[0]} has an empty answer; write [[answer]] or [[answer|alternative]]`
			});
		}
	}
}

const choice = z.strictObject({
	text: markdown('choice text'),
	correct: z.boolean().default(false),
	feedback: markdown('feedback').optional()
});

const single = z.strictObject({
	...common,
	type: z.literal('single'),
	choices: z
		.array(choice)
		.min(2, 'give at least 2 choices')
		.superRefine((choices, ctx) => {
			const correct = countCorrect(choices);
			if (correct !== 1) {
				ctx.addIssue({
					code: 'custom',
					message: `choices: exactly one choice must be marked correct: true; ${correct} are`
				});
			}
		}),
	requireEvidence
});

const multiple = z.strictObject({
	...common,
	type: z.literal('multiple'),
	choices: z
		.array(choice)
		.min(2, 'give at least 2 choices')
		.superRefine((choices, ctx) => {
			if (countCorrect(choices) === 0) {
				ctx.addIssue({
					code: 'custom',
					message: 'choices: mark at least one choice correct: true; 0 are'
				});
			}
		}),
	scoring,
	requireEvidence
});

const trueFalse = z.strictObject({
	...common,
	type: z.literal('true-false'),
	answer: z.boolean(),
	requireEvidence
});

const trueFalseNotGiven = z.strictObject({
	...common,
	type: z.literal('true-false-not-given'),
	answer: z.union([z.boolean(), z.literal('not-given')]),
	requireEvidence
});

const shortAnswer = z.strictObject({
	...common,
	type: z.literal('short-answer'),
	answers: z.array(z.string().trim().min(1)).min(1, 'give at least one accepted answer')
});

const fillBlanks = z.strictObject({
	...common,
	type: z.literal('fill-blanks'),
	text: z
		.string()
		.superRefine(checkBlanks)
		.describe('the passage, with each blank written [[answer]] or [[answer|alternative]]'),
	wordBank: z
		.array(z.string().trim().min(1))
		.optional()
		.describe('distractors; blanks are then chosen from a bank of the answers plus these'),
	scoring
});

const order = z.strictObject({
	...common,
	type: z.literal('order'),
	items: z
		.array(markdown('item'))
		.min(3, 'give at least 3 items, in the correct order')
		.superRefine((items, ctx) => {
			const repeat = firstRepeat(items);
			if (repeat) {
				ctx.addIssue({
					code: 'custom',
					path: [repeat.index],
					message: `items: '${items[repeat.index]}' is listed twice (also item ${repeat.first + 1}); items must differ`
				});
			}
		}),
	scoring
});

const match = z
	.strictObject({
		...common,
		type: z.literal('match'),
		pairs: z
			.array(z.strictObject({ left: markdown('left'), right: markdown('right') }))
			.min(2, 'give at least 2 pairs')
			.superRefine((pairs, ctx) => {
				for (const side of ['left', 'right'] as const) {
					const repeat = firstRepeat(pairs.map((pair) => pair[side]));
					if (repeat) {
						ctx.addIssue({
							code: 'custom',
							path: [repeat.index, side],
							message: `${side}: '${pairs[repeat.index]![side]}' is used twice (also pair ${repeat.first + 1}); each ${side} must differ`
						});
					}
				}
			}),
		distractors: z.array(markdown('distractor')).optional(),
		scoring
	})
	.superRefine((question, ctx) => {
		const rights = new Set(question.pairs.map((pair) => pair.right.trim().toLowerCase()));
		for (const [index, distractor] of (question.distractors ?? []).entries()) {
			if (rights.has(distractor.trim().toLowerCase())) {
				ctx.addIssue({
					code: 'custom',
					path: ['distractors', index],
					message: `distractors: '${distractor}' is also a right answer; a distractor must match no left`
				});
			}
		}
	});

const highlight = z.strictObject({
	...common,
	type: z.literal('highlight'),
	select: z
		.int()
		.positive()
		.optional()
		.describe('how many sentences to select; default: the number the evidence covers'),
	scoring
});

export const questionSchema = z.discriminatedUnion('type', [
	single,
	multiple,
	trueFalse,
	trueFalseNotGiven,
	shortAnswer,
	fillBlanks,
	order,
	match,
	highlight
]);

export const quizSchema = z.strictObject({
	$schema: z.string().optional(),
	title: markdown('title'),
	description: markdown('description').optional(),
	mode: z.enum(['practice', 'test']).default('practice'),
	shuffle: z
		.strictObject({
			questions: z.boolean().default(false),
			choices: z.boolean().default(true)
		})
		.prefault({}),
	passMark: z.number().min(0).max(100).optional(),
	questions: z
		.array(questionSchema)
		.min(1, 'give at least one question')
		// runs even when some question is invalid (`when`), so its input is checked defensively
		.superRefine(
			(questions: unknown[], ctx) => {
				const firstIndex = new Map<string, number>();
				for (const [index, question] of questions.entries()) {
					const id = (question as { id?: unknown } | null)?.id;
					if (typeof id !== 'string') continue;
					const first = firstIndex.get(id);
					if (first === undefined) firstIndex.set(id, index);
					else
						ctx.addIssue({
							code: 'custom',
							path: [index, 'id'],
							message: `id '${id}' is used twice`,
							params: { firstAt: ['questions', first, 'id'] }
						});
				}
			},
			{ when: () => true }
		)
});

export const articleFrontMatterSchema = z.strictObject({
	title: z.string().trim().min(1, 'title must not be empty'),
	source: z.string().trim().min(1).optional(),
	author: z.string().trim().min(1).optional(),
	published: z.iso.date('published must be a date written YYYY-MM-DD').optional(),
	// only web links: the URL becomes a link under the article, and `javascript:` would run on click
	url: z
		.url({ protocol: /^https?$/, error: 'url must be a web address starting https:// or http://' })
		.optional(),
	credit: z.string().trim().min(1).optional()
});

export type QuizFile = z.output<typeof quizSchema>;
export type QuestionSource = z.output<typeof questionSchema>;
export type QuestionType = QuestionSource['type'];
export type EvidenceItem = z.output<typeof evidenceItem>;
export type Evidence = z.output<typeof evidence>;
export type ArticleFrontMatter = z.output<typeof articleFrontMatterSchema>;
export type Scoring = z.output<typeof scoring>;
