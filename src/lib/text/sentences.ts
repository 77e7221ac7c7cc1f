/**
 * Splits a paragraph's plain text into sentences, for questions in which students select
 * sentences. Encyclopedia and news prose is full of full stops that end no sentence ("U.N. Security
 * Council", "Mr. Kim", "Jan. 5", "a.m.", "Warner Bros. Pictures"), and of sentences that end in
 * what looks like an abbreviation ("…in the U.S. The next…", "…and so on, etc. Then…", "vitamin D.
 * The…"). Whether a stop ends a sentence is decided by the word before it and by what follows:
 * - after an ordinary word, a next sentence that visibly starts ends it: a capital, a digit, an
 *   opening quote, a Greek letter or a lower-case symbol name ("pH", "iPhone", "mRNA");
 * - after a title or an abbreviation that always has more to come ("Mr.", "lit.", "Ps. 23",
 *   "No. 5", "e.g."), nothing does;
 * - after an abbreviation, an initial or a dotted acronym that may end a sentence ("etc.", "Inc.",
 *   "U.S.", "D."), only a capitalised common word ("The", "It", "However") or a new quotation
 *   ("“We…") does, so "U.S. President Biden" and "George W. Bush" stay whole.
 * Citation markers after the stop ("…in 1978.[12] The…") belong to the sentence they end; an
 * ellipsis inside a quotation ends nothing; a "!" or "?" inside an italic title ("*Who Framed Roger
 * Rabbit?* Bob Hoskins…") ends a sentence only before a capitalised common word.
 */

import type { TextRange } from './range.ts';

/** Titles and abbreviations that are always followed by more of the sentence (lowercased, no dot). */
const CONTINUING = new Set([
	// titles before a name
	'mr',
	'mrs',
	'ms',
	'mx',
	'dr',
	'prof',
	'st',
	'rev',
	'gen',
	'lt',
	'col',
	'capt',
	'cmdr',
	'sgt',
	'maj',
	'adm',
	'gov',
	'sen',
	'rep',
	'pres',
	'amb',
	'hon',
	'fr',
	// short forms before what they qualify
	'vs',
	'approx',
	'fig',
	'figs',
	'vol',
	'vols',
	'pp',
	'ed',
	'eds',
	'cf',
	'ca',
	'mt',
	'lit',
	'ps',
	'max',
	'viz',
	'ibid',
	'incl',
	'esp',
	'e.g',
	'i.e'
]);

/** Abbreviations that may end a sentence: decided by what follows. */
const MAY_END = new Set([
	'jr',
	'sr',
	'jan',
	'feb',
	'mar',
	'apr',
	'jun',
	'jul',
	'aug',
	'sep',
	'sept',
	'oct',
	'nov',
	'dec',
	'mon',
	'tue',
	'tues',
	'wed',
	'thu',
	'thur',
	'thurs',
	'fri',
	'sat',
	'sun',
	'etc',
	'inc',
	'ltd',
	'co',
	'corp',
	'bros',
	'dept',
	'est',
	'al',
	'ft',
	'ave',
	'blvd',
	'rd',
	'min',
	'sec',
	'hr',
	'hrs'
]);

/** "No." and "Nos." abbreviate "number" only before one: "No. 10", but "She said no. Then…". */
const BEFORE_A_NUMBER = new Set(['no', 'nos']);

/**
 * Words that start sentences but seldom follow an abbreviation inside one: articles, pronouns,
 * conjunctions, prepositions and sentence adverbs. After "etc.", "U.S." or an initial, one of them
 * (capitalised) starts a new sentence.
 */
const COMMON_STARTS = new Set(
	(
		'a an the this that these those there here it its he she we they i you his her their our my ' +
		'your who what when where why how which whose while whereas although though after before ' +
		'during since until unless because however meanwhile moreover furthermore nevertheless ' +
		'nonetheless instead also still even only once many most some several few all both each every ' +
		'no none neither either such other another one two three four five six seven eight nine ten ' +
		'later today yesterday tomorrow now then thus yet but and or nor so as if in on at by from for ' +
		'with without of to into onto upon within under over among between unlike like not despite ' +
		'according afterwards eventually finally first next last rather indeed perhaps often ' +
		'sometimes usually above below around across along behind beyond toward towards similarly ' +
		'likewise besides therefore hence consequently'
	).split(' ')
);

const TERMINATOR = /[.!?\u2026]/u;
/** Characters that close a sentence after its full stop: quotes and brackets. */
const CLOSERS = /["'\u2019\u201D\u00BB)\]}]/u;
/** Characters that may open the next sentence before its first letter. */
const OPENERS = /["'\u2018\u201C\u00AB([{]/u;
/** Quotation marks among the openers: a quotation after an abbreviation starts a new sentence. */
const QUOTATION = /["\u2018\u201C\u00AB]/u;
/** Citation markers right after the stop: "[12]", "[4][5]", "[a]", "[citation needed]". */
const CITATION = /\[[\p{L}\p{N}][\p{L}\p{N} ,.:–-]{0,30}\]/uy;
const SPACE = /\s/u;
const STARTS_SENTENCE = /[\p{Lu}\p{Lt}\p{N}\p{Script=Greek}]/u;
/** A lower-case symbol name or brand that starts a sentence: "pH", "iPhone", "mRNA", "eBay". */
const LOWER_CASE_NAME = /^\p{Ll}+\p{Lu}/u;
const WORD_CHAR = /[\p{L}\p{N}.]/u;
const WORD_AT = /[\p{L}\p{N}'’-]+/uy;

type StopKind = 'ends' | 'continues' | 'may-end';

/** What the full stop at `dot` is: after an ordinary word, an abbreviation that continues, or one that may end. */
function stopKind(text: string, dot: number, nextWord: string): StopKind {
	let start = dot;
	while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start--;
	const word = text.slice(start, dot).toLowerCase(); // e.g. "u.n", "mr", "a.m", "n"
	if (word.length === 0) return 'ends';
	if (CONTINUING.has(word)) return 'continues';
	// dotted forms: U.S., U.N., a.m., Washington, D.C.
	if (word.includes('.')) return /^(\p{L}\.)+\p{L}$/u.test(word) ? 'may-end' : 'ends';
	// a single letter: an initial ("N. Korea", "George W. Bush") or a name ("vitamin D.", "Saturn V.")
	if (/^\p{L}$/u.test(word)) return 'may-end';
	if (MAY_END.has(word)) return 'may-end';
	if (BEFORE_A_NUMBER.has(word)) return /^\p{N}/u.test(nextWord) ? 'continues' : 'ends';
	return 'ends';
}

/** Whether `word` (followed in the text by `after`) is a capitalised common word such as "The". */
function isCommonStart(word: string, after: string): boolean {
	if (!/^\p{Lu}/u.test(word)) return false;
	// "J. A. Smith": a capital letter with a full stop is another initial, not the article "A"
	if (word.length === 1 && after === '.') return false;
	return COMMON_STARTS.has(word.toLowerCase());
}

/**
 * Whether a position is inside a quotation: curly quotes counted, a straight one opening when white
 * space or a bracket is before it. Asked about positions in increasing order, it reads the text once.
 */
function quotationTracker(text: string): (at: number) => boolean {
	let depth = 0;
	let straightOpen = false;
	let i = 0;
	return (at) => {
		for (; i < at; i++) {
			const c = text[i]!;
			if (c === '\u201C' || c === '\u00AB') depth++;
			else if ((c === '\u201D' || c === '\u00BB') && depth > 0) depth--;
			else if (c === '"') straightOpen = i === 0 || /[\s([{]/u.test(text[i - 1]!);
		}
		return depth > 0 || straightOpen;
	};
}

const within = (ranges: readonly TextRange[], at: number) =>
	ranges.some((range) => range.start <= at && at < range.end);

/**
 * The sentences of `text` as ranges into it. White space between sentences belongs to neither;
 * a closing quote or bracket, or a citation marker, after the final full stop belongs to the
 * sentence it ends. `titles` are the ranges of italic text (titles of works), inside which "!" and
 * "?" seldom end a sentence.
 */
export function splitSentences(text: string, titles: readonly TextRange[] = []): TextRange[] {
	const ranges: TextRange[] = [];
	const insideQuotation = quotationTracker(text);
	let start = skipSpace(text, 0);
	let i = start;
	while (i < text.length) {
		if (!TERMINATOR.test(text[i]!)) {
			i++;
			continue;
		}
		let end = i + 1;
		while (end < text.length && TERMINATOR.test(text[end]!)) end++; // "?!", "..."
		const stop = text.slice(i, end);
		end = afterClosers(text, end);
		const next = skipSpace(text, end);
		if (next === end || next >= text.length) {
			// no space after it (e.g. "3.5", "U.S.-led") or the end of the paragraph
			i = end;
			continue;
		}
		const ellipsisInQuotation = /\u2026|\.\./u.test(stop) && insideQuotation(i);
		if (!ellipsisInQuotation && endsSentence(text, i, next, titles)) {
			ranges.push({ start, end });
			start = next;
		}
		i = next;
	}
	const end = trimEnd(text, text.length);
	if (end > start) ranges.push({ start, end });
	return ranges;
}

/** Past the quotes, brackets and citation markers that close a sentence after its stop. */
function afterClosers(text: string, from: number): number {
	let end = from;
	for (;;) {
		if (end < text.length && CLOSERS.test(text[end]!)) {
			end++;
			continue;
		}
		CITATION.lastIndex = end;
		const citation = CITATION.exec(text);
		if (!citation) return end;
		end += citation[0].length;
	}
}

/**
 * Whether the stop at `stop` ends a sentence, the next text starting at `next` (an ellipsis inside a
 * quotation is ruled out before: it marks words left out).
 */
function endsSentence(
	text: string,
	stop: number,
	next: number,
	titles: readonly TextRange[]
): boolean {
	let first = next;
	while (first < text.length && OPENERS.test(text[first]!)) first++;
	if (first >= text.length) return false;
	WORD_AT.lastIndex = first;
	const nextWord = WORD_AT.exec(text)?.[0] ?? '';
	const after = text[first + nextWord.length] ?? '';
	const commonStart = isCommonStart(nextWord, after);
	if (text[stop] === '!' || text[stop] === '?') {
		// "!" or "?" in an italic title: "*Who Framed Roger Rabbit?* Bob Hoskins…"
		if (within(titles, stop)) return commonStart;
	} else if (text[stop] === '.' && text[stop + 1] !== '.') {
		const kind = stopKind(text, stop, nextWord);
		if (kind === 'continues') return false;
		if (kind === 'may-end') {
			const quotation = first > next && QUOTATION.test(text[first - 1]!);
			return commonStart || (quotation && /^\p{Lu}/u.test(nextWord));
		}
	}
	return STARTS_SENTENCE.test(text[first]!) || LOWER_CASE_NAME.test(nextWord);
}

function skipSpace(text: string, from: number): number {
	let i = from;
	while (i < text.length && SPACE.test(text[i]!)) i++;
	return i;
}

function trimEnd(text: string, to: number): number {
	let i = to;
	while (i > 0 && SPACE.test(text[i - 1]!)) i--;
	return i;
}
