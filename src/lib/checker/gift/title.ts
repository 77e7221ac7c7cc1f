/**
 * A question's GIFT title (`::title::`, Moodle's question name), which carries what GIFT has no
 * place for: the question's id, its points when not 1, and for a question written as several GIFT
 * questions, which part this is: `facts (blank 1 of 2, 2 points)`.
 */
export interface TitleParts {
	id: string;
	points?: number;
	part?: { index: number; count: number };
}

export function giftTitle({ id, points, part }: TitleParts): string {
	const extras = [
		...(part ? [`blank ${part.index} of ${part.count}`] : []),
		...(points !== undefined && points !== 1 ? [`${Math.round(points * 1e6) / 1e6} points`] : [])
	];
	return extras.length > 0 ? `${id} (${extras.join(', ')})` : id;
}

const TITLE = /^(.*?)\s*\((?:blank (\d+) of (\d+))?(?:, )?(?:(\d+(?:\.\d+)?) points?)?\)$/;

/** A title read back: what `giftTitle` wrote, or the whole title as the name. */
export function readTitle(title: string): TitleParts {
	const match = TITLE.exec(title.trim());
	if (!match || (match[2] === undefined && match[4] === undefined)) return { id: title.trim() };
	return {
		id: match[1]!,
		...(match[4] !== undefined && { points: Number(match[4]) }),
		...(match[2] !== undefined && {
			part: { index: Number(match[2]), count: Number(match[3]) }
		})
	};
}
