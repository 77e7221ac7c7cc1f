/** Match: pair each left item with its right-hand option (distractors may be among them). */
import type { Scoring } from '../../quiz/kit/credit.ts';
import type { Option } from '../../quiz/kit/types.ts';

export interface Match {
	type: 'match';
	/** lefts as written (ids "0", "1", …); rights sorted by id, distractors included */
	view: { lefts: Option[]; rights: Option[] };
	/** for each left, the id of its right */
	key: { pairs: string[]; scoring: Scoring };
	/** for each left, the chosen right id or null */
	response: (string | null)[];
}
