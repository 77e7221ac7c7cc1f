/** Match in the quiz file: `pairs` of `left` and `right`, and optional `distractors`. */
import * as z from 'zod';
import { fromGift, giftEscape } from '../../checker/gift/text.ts';
import type { QuestionBuild } from '../../checker/question-build.ts';
import { commonFields, firstRepeat, markdown, scoring } from '../../checker/schema-fields.ts';
import { parseInline } from '../../text/inline.ts';
import { hashedOptions } from '../shared/build-options.ts';
import type { Match } from './types.ts';

const schema = z
	.strictObject({
		...commonFields,
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

export const matchBuild: QuestionBuild<Match, typeof schema> = {
	schema,
	build(source) {
		const rights = [...source.pairs.map((pair) => pair.right), ...(source.distractors ?? [])];
		const { options, ids } = hashedOptions(rights);
		const lefts = source.pairs.map((pair, index) => ({
			id: String(index),
			text: parseInline(pair.left)
		}));
		return {
			view: { lefts, rights: options },
			key: { pairs: source.pairs.map((_, index) => ids[index]!), scoring: source.scoring }
		};
	},
	gift: {
		// {=left -> right …}; a distractor is a right with no left: "= -> distractor"
		export: (source) => ({
			questions: [
				{
					answers: [
						...source.pairs.map(
							(pair) =>
								`=${giftEscape(pair.left.replaceAll('->', '→'))} -> ${giftEscape(pair.right)}`
						),
						...(source.distractors ?? []).map((distractor) => `= -> ${giftEscape(distractor)}`)
					].join('\n')
				}
			],
			notes: [
				...(source.pairs.some((pair) => pair.left.includes('->'))
					? ['"->" in a left item is written "→": GIFT reads "->" as the arrow between the sides']
					: []),
				...(source.scoring === 'all-or-nothing'
					? ['all-or-nothing scoring cannot be expressed in GIFT: Moodle gives credit per pair']
					: [])
			]
		}),
		import(question) {
			if (question.type !== 'Matching') return undefined;
			const pairs = question.matchPairs
				.filter((pair) => pair.subquestion.text.trim() !== '')
				.map((pair) => ({ left: fromGift(pair.subquestion), right: pair.subanswer.trim() }));
			const distractors = question.matchPairs
				.filter((pair) => pair.subquestion.text.trim() === '')
				.map((pair) => pair.subanswer.trim());
			if (pairs.length < 2) return undefined;
			return {
				fields: { type: 'match', pairs, ...(distractors.length > 0 && { distractors }) },
				used: 1,
				notes: []
			};
		}
	}
};
