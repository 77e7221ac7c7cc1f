/**
 * Fill in the blanks in the quiz file: `text` with blanks written `[[answer]]` or
 * `[[answer|alternative]]`, and an optional `wordBank` of distractors.
 */
import * as z from 'zod';
import { creditOf } from '../../checker/gift/choices.ts';
import { fromGift, giftAnswer, plainFromGift } from '../../checker/gift/text.ts';
import { readTitle } from '../../checker/gift/title.ts';
import type { GiftQuestion, QuestionBuild } from '../../checker/question-build.ts';
import { commonFields, scoring, spelling } from '../../checker/schema-fields.ts';
import { parseInline, type Rich } from '../../text/inline.ts';
import { normalizeAnswer } from '../../text/normalize.ts';
import { blanksAround } from './build-around.ts';
import type { FillBlanks, FillPart } from './types.ts';

/** The blanks of a fill-blanks text: `[[answer]]` or `[[answer|alternative]]`. */
const BLANK_PATTERN = /\[\[([^\]]*)\]\]/g;

function checkBlanks(text: string, ctx: z.RefinementCtx): void {
	const blanks = [...text.matchAll(BLANK_PATTERN)];
	const rest = text.replace(BLANK_PATTERN, '');
	if (rest.includes('[[') || rest.includes(']]')) {
		ctx.addIssue({
			code: 'custom',
			message: 'text: a blank is not closed; write each blank as [[answer]]'
		});
	}
	if (blanks.length === 0 && !rest.includes('[[')) {
		ctx.addIssue({
			code: 'custom',
			message: 'text: write at least one blank, like "The capital is [[Beijing]]."'
		});
	}
	for (const blank of blanks) {
		const answers = blank[1]!.split('|').map((answer) => answer.trim());
		if (answers.some((answer) => answer === '')) {
			ctx.addIssue({
				code: 'custom',
				message: `text: blank ${blank[0]} has an empty answer; write [[answer]] or [[answer|alternative]]`
			});
		}
	}
}

const schema = z.strictObject({
	...commonFields,
	type: z.literal('fill-blanks'),
	text: z
		.string()
		.superRefine(checkBlanks)
		.describe('the passage, with each blank written [[answer]] or [[answer|alternative]]'),
	wordBank: z
		.array(z.string().trim().min(1))
		.optional()
		.describe('distractors; blanks are then chosen from a bank of the answers plus these'),
	scoring,
	spelling: spelling.optional()
});

/** Stands for a blank while the passage's Markdown is read: a character no teacher types. */
const BLANK_MARK = '\uE000';

/**
 * The passage as text and blanks. Its inline Markdown is read with the blanks in place, so
 * formatting may run across a blank (`*The [[Columbian]] Orator*`): the blank then has the
 * emphasis of the words around it.
 */
function fillParts(text: string): { parts: FillPart[]; blanks: string[][] } {
	const blanks: string[][] = [];
	const marked = text.replaceAll(BLANK_MARK, '').replace(BLANK_PATTERN, (_, answers: string) => {
		blanks.push(answers.split('|').map((answer) => answer.trim()));
		return BLANK_MARK;
	});
	const parts: FillPart[] = [];
	let blank = 0;
	let run: Rich = [];
	const flush = () => {
		if (run.length > 0) parts.push({ kind: 'text', text: run });
		run = [];
	};
	for (const inline of parseInline(marked)) {
		for (const [i, piece] of inline.text.split(BLANK_MARK).entries()) {
			if (i > 0) {
				flush();
				parts.push({
					kind: 'blank',
					index: blank++,
					...(inline.em && { em: true }),
					...(inline.strong && { strong: true })
				});
			}
			if (piece !== '') run.push({ ...inline, text: piece });
		}
	}
	flush();
	return { parts, blanks };
}

// one collator for all banks (localeCompare makes one a call), made when first needed: it loads locales
let bankOrder: Intl.Collator | undefined;

/** The bank: each blank's first answer plus the distractors, once each, alphabetically. */
function wordBankOf(blanks: string[][], distractors: string[]): string[] {
	const seen = new Set<string>();
	const bank: string[] = [];
	for (const word of [...blanks.map((answers) => answers[0]!), ...distractors]) {
		const key = normalizeAnswer(word);
		if (seen.has(key)) continue;
		seen.add(key);
		bank.push(word);
	}
	bankOrder ??= new Intl.Collator('en', { sensitivity: 'base' });
	return bank.sort(bankOrder.compare);
}

// ---- GIFT: one missing-word question per blank ----------------------------------------------------

/** How a part shows the blanks that other parts ask for. */
const OTHER_BLANK = '[…]';
/** Where gift-pegjs puts a missing word's blank in the question text. */
const GIFT_BLANK = '_____';

type Source = z.output<typeof schema>;

/** The passage as GIFT parts: per blank, the text before and after it (other blanks as […]). */
function giftParts(source: Source) {
	const { blanks } = fillParts(source.text);
	const bank = source.wordBank ? wordBankOf(blanks, source.wordBank) : null;
	const raw = source.text.split(BLANK_PATTERN);
	// split() with a capturing group alternates text and blank contents: text at even indexes
	const texts = raw.filter((_, index) => index % 2 === 0);
	return {
		count: blanks.length,
		items: blanks.map((answers, k) => {
			const around = (from: number, to: number) => texts.slice(from, to).join(OTHER_BLANK);
			const before = around(0, k + 1);
			const after = around(k + 1, texts.length);
			const first = answers[0]!;
			const choices = bank
				? [
						giftAnswer('=', first),
						...bank
							.filter((word) => normalizeAnswer(word) !== normalizeAnswer(first))
							.map((word) => giftAnswer('~', word))
					]
				: answers.map((answer) => giftAnswer('=', answer));
			return { before, after, answers: choices.join(' ') };
		})
	};
}

/** Whitespace GIFT dropped around a blank, put back as prose has it. */
function joinAround(before: string, blank: string, after: string): string {
	const left = before === '' || /[(“‘"'[]$/.test(before) ? before : `${before} `;
	const right = after === '' || /^[.,;:!?)”’"'\]…]/.test(after) ? after : ` ${after}`;
	return `${left}${blank}${right}`;
}

/** A missing-word question's stem split at its blank (gift-pegjs writes it "before _____ after"). */
function splitStem(
	question: GiftQuestion
): { prompt: string | undefined; before: string; after: string } | undefined {
	const { format, text } = question.stem;
	const at = text.indexOf(GIFT_BLANK);
	if (at < 0) return undefined;
	let before = fromGift({ format, text: text.slice(0, at) });
	const after = fromGift({ format, text: text.slice(at + GIFT_BLANK.length) });
	let prompt: string | undefined;
	const paragraph = before.lastIndexOf('\n\n');
	if (paragraph >= 0) {
		prompt = before.slice(0, paragraph).trim();
		before = before.slice(paragraph + 2).trim();
	}
	return { prompt, before, after };
}

/** A blank's answers and wrong words, from one missing-word question. */
function blankOf(question: GiftQuestion): { answers: string[]; wrong: string[] } | undefined {
	if (question.type === 'Short')
		return {
			answers: question.choices
				.filter((choice) => creditOf(choice) === 100)
				.map((choice) => plainFromGift(choice.text)),
			wrong: []
		};
	if (question.type === 'MC') {
		const right = question.choices.filter((choice) => choice.isCorrect);
		if (right.length !== 1) return undefined;
		return {
			answers: [plainFromGift(right[0]!.text)],
			wrong: question.choices
				.filter((choice) => !choice.isCorrect)
				.map((choice) => plainFromGift(choice.text))
		};
	}
	return undefined;
}

const isMissingWord = (question: GiftQuestion) =>
	(question.type === 'Short' || question.type === 'MC') && question.hasEmbeddedAnswers;

export const fillBlanksBuild: QuestionBuild<FillBlanks, typeof schema> = {
	schema,
	build(source, context) {
		const { parts, blanks } = fillParts(source.text);
		const wordBank = source.wordBank ? wordBankOf(blanks, source.wordBank) : null;
		// a word from a bank is picked, not typed: there is no spelling to forgive
		const spelling = wordBank ? 'exact' : (source.spelling ?? context.spelling);
		const typed = wordBank ? {} : { around: blanksAround(parts) };
		return {
			view: { parts, blankCount: blanks.length, wordBank },
			key: { blanks, scoring: source.scoring, spelling, ...typed }
		};
	},
	gift: {
		// Missing word: the prompt, a blank line (\n\n), the passage with {answers} where the blank is.
		// Several blanks: one question per blank, titled "(blank k of N)", the others shown as […].
		export(source) {
			const { count, items } = giftParts(source);
			return {
				questions: items.map((item, k) => ({
					text: `${source.prompt}\n\n${item.before}`,
					answers: item.answers,
					// GIFT reads answers at the very end as a plain question: a line break after keeps the blank
					after: item.after === '' ? '\n' : item.after,
					...(count > 1 && { part: { index: k + 1, count } })
				})),
				notes:
					count > 1
						? [
								`${count} blanks: exported as one missing-word question per blank (the others shown as ${OTHER_BLANK})`
							]
						: []
			};
		},
		// a missing-word question (a short answer or choice inside the text), or the parts of one
		import(question, following) {
			if (!isMissingWord(question)) return undefined;
			const part = readTitle(question.title ?? '').part;
			const id = readTitle(question.title ?? '').id;
			const parts =
				part && part.index === 1 && part.count > 1
					? [question, ...following.slice(0, part.count - 1)]
					: [question];
			const together =
				parts.length > 1 &&
				parts.length === part?.count &&
				parts.every((other, k) => {
					const title = readTitle(other.title ?? '');
					return isMissingWord(other) && title.id === id && title.part?.index === k + 1;
				});
			const used = together ? parts : [question];
			const blanks = used.map(blankOf);
			const stem = splitStem(question);
			if (!stem || blanks.some((blank) => !blank || blank.answers.length === 0)) return undefined;
			const written = blanks.map((blank) => `[[${blank!.answers.join('|')}]]`);
			// the first part's passage, its […] filled from the parts after it
			let rest = stem.after;
			for (const blank of written.slice(1)) rest = rest.replace(OTHER_BLANK, blank);
			const before = stem.before.trim();
			const words = new Set(blanks.flatMap((blank) => blank!.answers.map(normalizeAnswer)));
			const wrong = [...new Set(blanks.flatMap((blank) => blank!.wrong)).values()].filter(
				(word) => !words.has(normalizeAnswer(word))
			);
			const hasBank = question.type === 'MC';
			return {
				fields: {
					type: 'fill-blanks',
					prompt:
						stem.prompt ?? (written.length > 1 ? 'Fill in the blanks.' : 'Fill in the blank.'),
					text: joinAround(before, written[0]!, rest),
					...(hasBank && { wordBank: wrong })
				},
				used: used.length,
				notes: [
					...used.flatMap((other) =>
						other.type === 'MC' || other.type === 'Short'
							? other.choices
									.filter((choice) => {
										const credit = creditOf(choice);
										return credit !== 0 && credit !== 100;
									})
									.map(
										(choice) =>
											`the ${creditOf(choice)}% credit of '${plainFromGift(choice.text)}' was dropped: a blank is right or not`
									)
							: []
					),
					...(used.some(
						(other) =>
							(other.type === 'MC' || other.type === 'Short') &&
							other.choices.some((choice) => choice.feedback)
					)
						? ['the feedback on each answer was dropped: the explanation is shown instead']
						: [])
				]
			};
		}
	}
};
