/** Sentence ids ("¶.n", e.g. "12.3"): in words when the article is not at hand, and in article order. */

/** One sentence id in words; an id that is not "¶.n" is shown as it is. */
export function sentenceText(id: string): string {
	const match = /^(\d+)\.(\d+)$/.exec(id);
	return match ? `¶${match[1]}, sentence ${match[2]}` : id;
}

/** Sentence ids once each, in article order: by paragraph, then sentence. */
export function inSentenceOrder(ids: readonly string[]): string[] {
	const order = (id: string) => id.split('.').map(Number);
	return [...new Set(ids)].sort((a, b) => {
		const [pa = 0, sa = 0] = order(a);
		const [pb = 0, sb = 0] = order(b);
		return pa - pb || sa - sb;
	});
}
