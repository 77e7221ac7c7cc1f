/** Sentence ids ("¶.n", e.g. "12.3") in words, for reports: "¶12, sentence 3". */

/** One sentence id in words; an id that is not "¶.n" is shown as it is. */
export function sentenceText(id: string): string {
	const match = /^(\d+)\.(\d+)$/.exec(id);
	return match ? `¶${match[1]}, sentence ${match[2]}` : id;
}

/** Sentence ids in words, in article order: "¶3, sentence 1; ¶12, sentence 3". */
export function sentencesText(ids: readonly string[]): string {
	const order = (id: string) => id.split('.').map(Number);
	return [...new Set(ids)]
		.sort((a, b) => {
			const [pa = 0, sa = 0] = order(a);
			const [pb = 0, sb = 0] = order(b);
			return pa - pb || sa - sb;
		})
		.map(sentenceText)
		.join('; ');
}
