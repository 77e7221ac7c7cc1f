/**
 * Whole numbers written in digits or in English words, so that a typed "two hundred and fifty"
 * meets an accepted "250". `parseNumber` reads one whole answer as a number, or says it is not one:
 * digits ("250", "1,000", "2.5"), words ("two hundred fifty", "two hundred and fifty",
 * "forty-nine", "a hundred", "one thousand and five", "three million") and years said in pairs
 * ("nineteen forty-nine" = 1949, "twenty twenty" = 2020). Anything else ("fifty fifty", "two
 * five", "a lot", "1st") is not a number. A small parser rather than a package: the npm parsers we
 * looked at (words-to-numbers) are unmaintained and pull fuzzy-matching code into the student's
 * page, and we need a strict reading, not a guess.
 */

const UNITS: Record<string, number> = {
	zero: 0,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19
};

const TENS: Record<string, number> = {
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90
};

// largest first: a number names its scales in falling order ("two million three thousand")
const SCALES: [string, number][] = [
	['billion', 1e9],
	['million', 1e6],
	['thousand', 1e3]
];

const DIGITS = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** The number `text` is written as (digits or English words), or null when it is not one number. */
export function parseNumber(text: string): number | null {
	const trimmed = text.trim().toLowerCase();
	if (trimmed === '') return null;
	if (DIGITS.test(trimmed)) return Number(trimmed.replace(/,/g, ''));
	const words = trimmed.split(/[\s-]+/u).filter((word) => word !== '');
	return wordsToNumber(words);
}

/** Reads the words as one number: a cardinal, else a year said in two pairs. */
function wordsToNumber(words: string[]): number | null {
	const cardinal = readCardinal(words);
	if (cardinal !== null) return cardinal;
	return readYear(words);
}

/**
 * Below a thousand: "seven", "forty two", "a hundred", "three hundred and six", "twelve hundred".
 * Returns the value and how many words it used, or null when the words at `from` do not start one.
 */
function readHundreds(words: string[], from: number): { value: number; used: number } | null {
	let i = from;
	let value = 0;
	const lead = words[i];
	const next = words[i + 1];
	// "a thousand", "a million": "a" stands for one before a scale
	if (lead === 'a' && next !== undefined && SCALES.some(([name]) => name === next))
		return { value: 1, used: 1 };
	// "a hundred", "seven hundred", "nineteen hundred"
	if (lead !== undefined && next === 'hundred' && (lead === 'a' || (UNITS[lead] ?? 0) > 0)) {
		value = (lead === 'a' ? 1 : UNITS[lead]!) * 100;
		i += 2;
		if (words[i] === 'and' && words[i + 1] !== undefined && isBelowHundred(words[i + 1]!)) i++;
	}
	const below = readBelowHundred(words, i);
	if (below) {
		// "zero" stands alone: "a hundred zero" is not a number
		if (below.value === 0 && (value > 0 || words.length > 1)) return null;
		return { value: value + below.value, used: i - from + below.used };
	}
	return value > 0 ? { value, used: i - from } : null;
}

function isBelowHundred(word: string): boolean {
	return word in UNITS || word in TENS;
}

/** "seven", "nineteen", "forty", "forty two" (as "forty-two" splits). */
function readBelowHundred(words: string[], from: number): { value: number; used: number } | null {
	const word = words[from];
	if (word === undefined) return null;
	if (word in UNITS) return { value: UNITS[word]!, used: 1 };
	const tens = TENS[word];
	if (tens === undefined) return null;
	const unit = words[from + 1];
	if (unit !== undefined && unit in UNITS && UNITS[unit]! > 0 && UNITS[unit]! < 10)
		return { value: tens + UNITS[unit]!, used: 2 };
	return { value: tens, used: 1 };
}

/** A whole cardinal: groups below a thousand, each followed by a smaller scale than the last. */
function readCardinal(words: string[]): number | null {
	let i = 0;
	let total = 0;
	let lastScale = Infinity;
	while (i < words.length) {
		// "one thousand and five": an "and" may lead the last group after a scale
		if (words[i] === 'and' && i > 0 && lastScale < Infinity) i++;
		const group = readHundreds(words, i);
		if (!group) return null;
		i += group.used;
		const scaleWord = words[i];
		const scale = SCALES.find(([name]) => name === scaleWord)?.[1];
		if (scale === undefined) {
			if (i !== words.length) return null;
			return total + group.value;
		}
		if (scale >= lastScale) return null;
		total += group.value * scale;
		lastScale = scale;
		i++;
	}
	return words.length > 0 ? total : null;
}

/**
 * A year said in pairs, from 1000 to 2099: "ten sixty-six" (1066), "nineteen forty-nine" (1949),
 * "twenty twenty" (2020), "nineteen oh five" (1905). Only those centuries: "fifty fifty" is not 5050.
 */
function readYear(words: string[]): number | null {
	const century = readBelowHundred(words, 0);
	if (!century || century.value < 10 || century.value > 20) return null;
	let i = century.used;
	let rest: number | null = null;
	if (words[i] === 'oh' || words[i] === 'o') {
		const unit = words[i + 1];
		if (unit !== undefined && unit in UNITS && UNITS[unit]! > 0 && UNITS[unit]! < 10) {
			rest = UNITS[unit]!;
			i += 2;
		}
	} else {
		const pair = readBelowHundred(words, i);
		if (pair && pair.value >= 10) {
			rest = pair.value;
			i += pair.used;
		}
	}
	return rest !== null && i === words.length ? century.value * 100 + rest : null;
}
