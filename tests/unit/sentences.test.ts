// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseParagraph } from '$lib/text/paragraph';
import { splitSentences } from '$lib/text/sentences';
import { perThousand, readCorpus, score } from './sentence-corpus';

const sentences = (text: string) =>
	splitSentences(text).map(({ start, end }) => text.slice(start, end));

describe('splitSentences', () => {
	it('keeps the U.N. sentence of the seed article whole', () => {
		const text =
			'In contrast to Trump, Biden swiftly criticized North Korea for violating U.N. Security Council resolutions banning it from using ballistic technology, saying Washington will “respond accordingly” if Pyongyang chooses to heighten tensions further.';
		expect(sentences(text)).toEqual([text]);
	});

	it('does not end a sentence at U.S. President, N. Korea, Mr. Kim, Jan. 5 or a.m.', () => {
		for (const text of [
			'As the new administration of U.S. President Joe Biden has struggled, talks stalled.',
			'FOCUS: N. Korea keen to cozy up to China.',
			'Mr. Kim met officials on Jan. 5 at 10 a.m. Beijing time.',
			'They fought against the U.S.-led United Nations forces.',
			'Prices rose 3.5 percent.'
		]) {
			expect(sentences(text)).toEqual([text]);
		}
	});

	it('splits two sentences inside one quotation, keeping the closing quote with the second', () => {
		const text =
			'A diplomatic source in Beijing said, “Biden, unlike Trump, showed his determination to keep North Korea from firing even short-range ballistic missiles. Kim may have been aware that it would be difficult to proceed with talks on sanctions relief with Biden.”';
		expect(sentences(text)).toEqual([
			'A diplomatic source in Beijing said, “Biden, unlike Trump, showed his determination to keep North Korea from firing even short-range ballistic missiles.',
			'Kim may have been aware that it would be difficult to proceed with talks on sanctions relief with Biden.”'
		]);
	});

	it('gives a closing quote after the full stop to the sentence it ends', () => {
		const text =
			'They have long been described as “blood brothers.” North Korea also relies on China.';
		expect(sentences(text)).toEqual([
			'They have long been described as “blood brothers.”',
			'North Korea also relies on China.'
		]);
	});

	it('splits ordinary sentences and leaves the white space between them out of both', () => {
		const text =
			'In 1949, China and North Korea established diplomatic ties.  They fought together? Yes!';
		const ranges = splitSentences(text);
		expect(ranges.map(({ start, end }) => text.slice(start, end))).toEqual([
			'In 1949, China and North Korea established diplomatic ties.',
			'They fought together?',
			'Yes!'
		]);
		expect(ranges[1]!.start).toBe(ranges[0]!.end + 2);
	});

	it('does not split before a lowercase word ("U.S. administration")', () => {
		const text =
			'Pressure came from the new U.S. administration, as ties have shown few signs of improvement.';
		expect(sentences(text)).toEqual([text]);
	});

	it('returns one sentence for text without a final full stop, and none for empty text', () => {
		expect(sentences('A heading-like line without a stop')).toEqual([
			'A heading-like line without a stop'
		]);
		expect(splitSentences('   ')).toEqual([]);
	});
});

/** The sentences of a paragraph written in inline Markdown (italic titles matter), as the page splits it. */
const markdownSentences = (source: string) =>
	parseParagraph(1, source).sentences.map(({ start, end }) =>
		parseParagraph(1, source).text.slice(start, end)
	);

describe('splitSentences on encyclopedia and news prose', () => {
	it('ends a sentence before a citation marker’s next sentence, keeping the marker', () => {
		expect(
			sentences('It was rebuilt in 1978.[12] The next fire came in 1990.[3][4] It burned.')
		).toEqual(['It was rebuilt in 1978.[12]', 'The next fire came in 1990.[3][4]', 'It burned.']);
		expect(sentences('Nobody knows why.[citation needed] The records are lost.')).toHaveLength(2);
	});

	it('ends a sentence after a single letter when a common word follows ("vitamin D. The", "Saturn V. It")', () => {
		expect(sentences('Most people lack vitamin D. The body makes it in sunlight.')).toHaveLength(2);
		expect(sentences('All landings used the Saturn V. It was retired in 1973.')).toHaveLength(2);
		expect(sentences('Unix was rewritten in C. This made it portable.')).toHaveLength(2);
		// but initials stay with their name, an initial "A." included
		for (const text of [
			'It was written by George W. Bush and his staff.',
			'The books of J. K. Rowling sold well.',
			'The paper by J. A. Smith appeared in 1990.'
		])
			expect(sentences(text)).toEqual([text]);
	});

	it('ends a sentence after an apostrophe word', () => {
		expect(
			sentences('The land was claimed as the Israelis’. The claim was rejected.')
		).toHaveLength(2);
	});

	it('decides by what follows whether an abbreviation or acronym ends the sentence', () => {
		expect(sentences('They studied ethics, politics, etc. Then they wrote.')).toHaveLength(2);
		expect(sentences('He moved to the U.S. The next year he married.')).toHaveLength(2);
		expect(sentences('He left at 5 p.m. “We are done,” he said.')).toHaveLength(2);
		expect(sentences('The study was by Brown et al. Their results held.')).toHaveLength(2);
		for (const text of [
			'As the new administration of U.S. President Joe Biden has struggled, talks stalled.',
			'The U.N. Security Council met at 10 a.m. Beijing time.',
			'They sold it to Apple Inc. in 2007.'
		])
			expect(sentences(text)).toEqual([text]);
	});

	it('ends a sentence before one starting with a digit, a Greek letter or a lower-case symbol name', () => {
		expect(sentences('The count was 1,250 in 1998. 2001 was worse.')).toHaveLength(2);
		expect(sentences('Two shapes are common. α-helices cross membranes.')).toHaveLength(2);
		expect(sentences('Water has a pH of 7. pH values below 7 are acidic.')).toHaveLength(2);
		expect(sentences('It released the iPhone. iPhone sales soared.')).toHaveLength(2);
		expect(sentences('It carries instructions. mRNA vaccines use it.')).toHaveLength(2);
	});

	it('does not split after Bros., lit., max., approx., Ps., vol. or No. before a number', () => {
		for (const text of [
			'It was founded as Warner Bros. Pictures in 1923.',
			'It comes from Greek, lit. “Love of wisdom”, as writers say.',
			'The car has a range of max. 500 km.',
			'It takes approx. 30 minutes.',
			'Many know it from Ps. 23:1 in school.',
			'It appeared in vol. 12 of the journal.',
			'The building, known as No. 10, is old.'
		])
			expect(sentences(text)).toEqual([text]);
		// "no" that is not "number" ends its sentence
		expect(sentences('She said no. Then she left.')).toHaveLength(2);
	});

	it('does not split at an ellipsis inside a quotation, but does outside one', () => {
		const text = 'He told reporters, “We tried everything… Nothing worked.” Analysts agreed.';
		expect(sentences(text)).toEqual([
			'He told reporters, “We tried everything… Nothing worked.”',
			'Analysts agreed.'
		]);
		expect(sentences('He said, "We tried... Nothing worked." Then he left.')).toHaveLength(2);
		expect(sentences('He waited... Nothing happened.')).toHaveLength(2);
	});

	it('does not split at "!" or "?" inside an italic title unless a common word follows', () => {
		expect(
			markdownSentences('In *Who Framed Roger Rabbit?* Bob Hoskins plays a detective.')
		).toHaveLength(1);
		expect(markdownSentences('The revue *Oh! Calcutta!* ran for years in New York.')).toHaveLength(
			1
		);
		expect(markdownSentences('I saw *Who Framed Roger Rabbit?* It was great.')).toHaveLength(2);
		// outside a title, "?" ends a sentence before any capital
		expect(sentences('Where are you? John asked again.')).toHaveLength(2);
	});
});

describe('splitSentences on the labelled corpus (tests/unit/fixtures/sentence-corpus.txt)', () => {
	const corpus = readCorpus();

	it('misses at most 15 and wrongly adds at most 5 boundaries per 1,000 sentences', () => {
		const result = score(corpus);
		const missed = perThousand(result.missed, result.sentences);
		const added = perThousand(result.added, result.sentences);
		console.log(
			`sentence corpus: ${result.sentences} sentences; missed ${result.missed} (${missed} per 1,000), ` +
				`wrongly added ${result.added} (${added} per 1,000)`
		);
		for (const part of new Set(corpus.map((p) => p.part))) {
			const partScore = score(corpus.filter((p) => p.part === part));
			console.log(
				`  ${part}: ${partScore.sentences} sentences; missed ${partScore.missed}, added ${partScore.added}`
			);
		}
		expect(result.sentences).toBeGreaterThan(200);
		expect(missed, result.mistakes.join('\n')).toBeLessThanOrEqual(15);
		expect(added, result.mistakes.join('\n')).toBeLessThanOrEqual(5);
	});
});
