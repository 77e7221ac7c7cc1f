/**
 * Question-type names teachers bring from other tools (Google Forms, Moodle, H5P, Canvas) and what
 * each is here. A name from elsewhere is not a misspelling: "multiple-choice" is closest to
 * `multiple` by spelling, but usually means one right answer, which is `single`. The one table of
 * these names; docs/writing-questions.md shows it to teachers.
 */

/** Advice for one foreign name: which type (or types) to use, and when. */
const ONE_ANSWER = 'use `single` for one right answer, `multiple` for several';
const TICK_ALL = 'use `multiple` (the student ticks every right choice)';
const ONE_CHOICE = 'use `single` (the student picks the one right choice)';
const TYPED = 'use `short-answer` (the student types a few words or a number)';
const LONG_TEXT =
	'a long written answer cannot be marked automatically: use `short-answer` for a few typed words, or ask it in class';
const BLANKS =
	'use `fill-blanks` (a passage with gaps written [[answer]]; add a `wordBank` for words to choose from)';
const PAIRS = 'use `match` (the student pairs each item on the left with one on the right)';
const SEQUENCE = 'use `order` (the student puts the items in sequence)';
const SELECT_TEXT =
	'use `highlight` (the student selects the sentences of the article that answer it)';
const TRUE_FALSE = 'use `true-false`, or `true-false-not-given` when the article may not say';

/** Foreign names, written as {@link foreignTypeKey} reduces them, and the advice for each. */
const FOREIGN_TYPES: Readonly<Record<string, string>> = {
	multiplechoice: ONE_ANSWER,
	multichoice: ONE_ANSWER,
	mcq: ONE_ANSWER,
	choice: ONE_ANSWER,
	checkboxes: TICK_ALL,
	checkbox: TICK_ALL,
	selectall: TICK_ALL,
	multipleanswer: TICK_ALL,
	multipleanswers: TICK_ALL,
	multipleresponse: TICK_ALL,
	multiselect: TICK_ALL,
	dropdown: ONE_CHOICE,
	radio: ONE_CHOICE,
	singlechoice: ONE_CHOICE,
	singleanswer: ONE_CHOICE,
	shortanswer: TYPED,
	shorttext: TYPED,
	numerical: TYPED,
	numeric: TYPED,
	paragraph: LONG_TEXT,
	essay: LONG_TEXT,
	longanswer: LONG_TEXT,
	openended: LONG_TEXT,
	freetext: LONG_TEXT,
	cloze: BLANKS,
	gapfill: BLANKS,
	fillintheblank: BLANKS,
	fillintheblanks: BLANKS,
	fillblank: BLANKS,
	dragthewords: BLANKS,
	draganddrop: `${BLANKS}; or \`match\` to pair items, \`order\` to sequence them`,
	dragdrop: `${BLANKS}; or \`match\` to pair items, \`order\` to sequence them`,
	matching: PAIRS,
	ordering: SEQUENCE,
	sequence: SEQUENCE,
	sorting: SEQUENCE,
	markthewords: SELECT_TEXT,
	hotspot: SELECT_TEXT,
	truefalse: TRUE_FALSE,
	yesno: TRUE_FALSE,
	boolean: TRUE_FALSE
};

/** A name without case, spaces, hyphens, underscores or slashes: "Multiple Choice" → "multiplechoice". */
export function foreignTypeKey(name: string): string {
	return name.toLowerCase().replace(/[\s_/-]+/g, '');
}

/** What to use instead of a type name from another tool, or undefined when it is not one we know. */
export function foreignTypeAdvice(name: string): string | undefined {
	return FOREIGN_TYPES[foreignTypeKey(name)];
}

/** Every foreign name in the table (reduced), for the docs test. */
export const FOREIGN_TYPE_NAMES = Object.keys(FOREIGN_TYPES);
