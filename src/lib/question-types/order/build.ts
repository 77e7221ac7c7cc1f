/** Order in the quiz file: `items`, at least 3, written in the right order. */
import * as z from 'zod';
import type { QuestionBuild } from '../../checker/question-build.ts';
import { commonFields, firstRepeat, markdown, scoring } from '../../checker/schema-fields.ts';
import { hashedOptions } from '../shared/build-options.ts';
import type { Order } from './types.ts';

const schema = z.strictObject({
	...commonFields,
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

export const orderBuild: QuestionBuild<Order, typeof schema> = {
	schema,
	build(source) {
		const { options, ids } = hashedOptions(source.items);
		return { view: { items: options }, key: { order: ids, scoring: source.scoring } };
	},
	gift: {
		export: () => ({ skip: 'GIFT has no ordering questions' }),
		// nothing in GIFT is an ordering question
		import: () => undefined
	}
};
