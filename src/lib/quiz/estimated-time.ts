/** How long a quiz is expected to take, for the teacher view (components/teacher/QuizFacts). */

/** About how long a quiz takes, in minutes: reading the article, then about a minute a question. */
export function estimatedMinutes(
	articleWords: number,
	questions: readonly { twoPart: boolean }[]
): { reading: number; answering: number; total: number } {
	// 200 words a minute: a common silent-reading rate for secondary-school students
	const reading = Math.max(1, Math.round(articleWords / 200));
	const answering = Math.round(questions.reduce((sum, q) => sum + (q.twoPart ? 1.5 : 1), 0));
	return { reading, answering, total: reading + answering };
}
