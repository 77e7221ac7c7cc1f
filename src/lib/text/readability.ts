/**
 * An article's readability as the teacher view shows it (computed at build time by
 * src/lib/checker/readability.ts), and the new Dale–Chall formula (Chall and Dale, 1995), which no
 * maintained package computes from counts.
 */

/** A word of the article not on the Dale–Chall list of familiar words, and how often it occurs. */
export interface GlossaryCandidate {
	word: string;
	count: number;
}

export interface ArticleReadability {
	/** words of the article's paragraphs (headings and the title not counted) */
	words: number;
	/** sentences, by the article's own split (the ones students select) */
	sentences: number;
	syllables: number;
	/** words not on the Dale–Chall list of familiar words */
	difficultWords: number;
	/** Flesch–Kincaid grade level (the `flesch-kincaid` package) */
	fleschKincaid: number;
	/** the new Dale–Chall score (`daleChallScore`) */
	daleChall: number;
	/** minutes to read, at a secondary-school student's pace (quiz/estimated-time.ts) */
	readingMinutes: number;
	/** unfamiliar words, most frequent first: the words a glossary might define */
	candidates: GlossaryCandidate[];
}

/**
 * The new Dale–Chall score: 0.1579 × the percentage of difficult words + 0.0496 × the average
 * sentence length in words, plus 3.6365 when more than 5 % of the words are difficult.
 */
export function daleChallScore(counts: {
	words: number;
	sentences: number;
	difficultWords: number;
}): number {
	if (counts.words === 0 || counts.sentences === 0) return Number.NaN;
	const difficultPercent = (100 * counts.difficultWords) / counts.words;
	const score = 0.1579 * difficultPercent + 0.0496 * (counts.words / counts.sentences);
	return difficultPercent > 5 ? score + 3.6365 : score;
}

/** The grades a Dale–Chall score stands for, as the formula's authors give them. */
export function daleChallGrades(score: number): string {
	if (score < 5) return 'grade 4 and below';
	if (score < 6) return 'grades 5–6';
	if (score < 7) return 'grades 7–8';
	if (score < 8) return 'grades 9–10';
	if (score < 9) return 'grades 11–12';
	if (score < 10) return 'college';
	return 'college graduate';
}
