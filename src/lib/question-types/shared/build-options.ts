/** Build-time: options whose ids must not reveal the right answer (order items, match options). */
import type { Option } from '../../quiz/kit/types.ts';
import { parseInline } from '../../text/inline.ts';
import { shortHash } from '../../text/hash.ts';

/** Options with ids from a hash of their text, listed by id so the page never reveals the right order. */
export function hashedOptions(texts: string[]): { options: Option[]; ids: string[] } {
	const used = new Set<string>();
	const ids = texts.map((text) => {
		let id = shortHash(text);
		for (let n = 2; used.has(id); n++) id = `${shortHash(text)}-${n}`;
		used.add(id);
		return id;
	});
	const options = texts
		.map((text, index) => ({ id: ids[index]!, text: parseInline(text) }))
		.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return { options, ids };
}
