/** Order: put the items in the order the article gives them. */
import type { Scoring } from '../../quiz/kit/credit.ts';
import type { Option } from '../../quiz/kit/types.ts';

export interface Order {
	type: 'order';
	/** items sorted by id, not in the right order; the page shuffles them per attempt */
	view: { items: Option[] };
	/** item ids in the right order */
	key: { order: string[]; scoring: Scoring };
	/** item ids in the student's order; null until the student moves one */
	response: string[] | null;
}
