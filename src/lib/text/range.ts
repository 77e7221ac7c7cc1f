/** A stretch of a text: the characters from `start` up to, not including, `end` (UTF-16 offsets). */
export interface TextRange {
	start: number;
	end: number;
}
