/**
 * The quiz-file and article front-matter schemas: the one home of the format in
 * `docs/writing-questions.md`. A question is one of the types' variants (each in its folder,
 * listed in question-types.ts). The TypeScript types of a quiz file, the validator and the JSON
 * Schema for editors (static/quiz.schema.json, written by `npm run schema`) all come from here.
 */
import * as z from 'zod';
import type { QuestionType } from '../quiz/types.ts';
import { questionBuilds } from './question-types.ts';
import { attempts, markdown, spelling } from './schema-fields.ts';

export { SLUG_PATTERN, evidence, type Evidence, type EvidenceItem } from './schema-fields.ts';

type Variant = (typeof questionBuilds)[QuestionType]['schema'];
const variants = Object.values(questionBuilds).map((build) => build.schema) as [
	Variant,
	...Variant[]
];

export const questionSchema = z.discriminatedUnion('type', variants);

/**
 * A question pool: how many questions each student gets, of the whole quiz or of each group. What
 * needs the questions (a pick larger than its pool, a group no question has) is checked in
 * pool-check.ts, with the file's own numbers and names.
 */
const pickCount = (message: string) => z.number().min(1, message).refine(Number.isInteger, message);
const pick = z
	.union([
		pickCount(
			'must be a whole number, 1 or more: how many questions each student gets; to give every student every question, remove pick'
		),
		z.record(
			z.string(),
			pickCount(
				'must be a whole number, 1 or more: how many questions of this group each student gets'
			)
		)
	])
	.describe(
		'draw this many questions for each student (pick: 5), or this many of each group (pick: { vocabulary: 3, evidence: 2 }); ungrouped questions are always shown'
	);

/** Test mode's retakes and review (see test-rules.ts for what they mean together). */
const retakesMessage =
	'must be a whole number, 0 or more: how many times a student may retake the test for a new recorded score';
const retakes = z
	.number()
	.min(0, retakesMessage)
	.refine(Number.isInteger, retakesMessage)
	.describe(
		'test mode: how many recorded retakes a student has after the first submission (default 0); later retakes are practice and never change the recorded score'
	);
const grade = z
	.enum(['first', 'best', 'last'])
	.describe(
		'test mode, with retakes: which recorded submission is the score of record (default best)'
	);
const review = z
	.enum(['answers', 'score'])
	.describe(
		'test mode: what the results show after the last recorded submission: the right answers and explanations (answers, the default), or the score alone (score)'
	);

export const quizSchema = z
	.strictObject({
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
		attempts: attempts.optional(),
		spelling: spelling.default('forgiving'),
		layout: z
			.enum(['side-by-side', 'guided'])
			.default('side-by-side')
			.describe(
				'side-by-side (the default): the questions beside the article; guided: each question right after the paragraph of its first evidence quote (or its `after`), so the student answers while reading'
			),
		pick: pick.optional(),
		retakes: retakes.optional(),
		grade: grade.optional(),
		review: review.optional(),
		questions: z
			.array(questionSchema)
			.min(1, 'give at least one question')
			// runs even when some question is invalid (`when`), so its input is checked defensively; but
			// only on a list (a missing or empty `questions:` is reported by the checks above)
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
				{ when: ({ value }) => Array.isArray(value) }
			)
	})
	// a test has one try per question: a larger `attempts` would be silently ignored, so it is an error
	.superRefine(
		(quiz: unknown, ctx) => {
			const data = quiz as { mode?: unknown; attempts?: unknown; questions?: unknown } | null;
			if (data?.mode !== 'test') return;
			const tooMany = (value: unknown) => typeof value === 'number' && value > 1;
			const message =
				'attempts: a test has one try per question; remove attempts, or use mode: practice';
			if (tooMany(data.attempts)) ctx.addIssue({ code: 'custom', path: ['attempts'], message });
			if (!Array.isArray(data.questions)) return;
			for (const [index, question] of data.questions.entries()) {
				if (tooMany((question as { attempts?: unknown } | null)?.attempts))
					ctx.addIssue({ code: 'custom', path: ['questions', index, 'attempts'], message });
			}
		},
		{ when: () => true }
	);

const isoDate = z.iso.date();
/** `published`: a date, or a year alone when that is all the source gives. */
const isPublishedDate = (text: string) => /^\d{4}$/.test(text) || isoDate.safeParse(text).success;

const paragraphNumber = z
	.number()
	.min(1, 'must be a paragraph number, 1 or more')
	.refine(Number.isInteger, 'must be a paragraph number, 1 or more');
/** A glossary entry: a definition, or a definition for some paragraphs only (see glossary.ts). */
const glossaryEntry = z.union([
	z.string().trim().min(1, 'give the definition after the term'),
	z.strictObject({
		definition: z.string().trim().min(1, 'give the definition'),
		paragraphs: z
			.array(paragraphNumber)
			.min(1, 'list the paragraphs to mark the term in, or remove paragraphs')
			.optional()
	})
]);

export const articleFrontMatterSchema = z.strictObject({
	title: z.string().trim().min(1, 'title must not be empty'),
	source: z.string().trim().min(1).optional(),
	author: z.string().trim().min(1).optional(),
	published: z
		.string()
		.refine(isPublishedDate, 'published must be a date written YYYY-MM-DD, or a year alone (1845)')
		.optional(),
	// only web links: the URL becomes a link under the article, and `javascript:` would run on click
	url: z
		.url({ protocol: /^https?$/, error: 'url must be a web address starting https:// or http://' })
		.optional(),
	credit: z.string().trim().min(1).optional(),
	glossary: z
		.record(z.string().trim().min(1, 'a glossary term must not be empty'), glossaryEntry)
		.describe(
			'words to define: `term: definition`, or `term: { definition: …, paragraphs: [4, 9] }`; the first occurrence of each term in each paragraph is marked'
		)
		.optional()
});

export type QuizFile = z.output<typeof quizSchema>;
export type QuestionSource = z.output<typeof questionSchema>;
export type ArticleFrontMatter = z.output<typeof articleFrontMatterSchema>;
export type GlossarySource = NonNullable<ArticleFrontMatter['glossary']>;
