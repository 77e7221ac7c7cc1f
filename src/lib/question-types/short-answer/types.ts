/** Short answer: the student types a word or phrase. */
export interface ShortAnswer {
	type: 'short-answer';
	view: object;
	/** `answers` normalised with `normalizeAnswer` for comparing; `display` as the teacher wrote them */
	key: { answers: string[]; display: string[] };
	response: string;
}
