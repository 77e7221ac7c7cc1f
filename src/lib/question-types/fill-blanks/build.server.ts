/**
 * Fill in the blanks in the quiz file: `text` with blanks written `[[answer]]` or
 * `[[answer|alternative]]`, and an optional `wordBank` of distractors.
 */
import { z } from 'zod';
import type { QuestionBuild } from '../../server/question-build.ts';
import { commonFields, scoring, spelling } from '../../server/schema-fields.ts';
import { parseInline } from '../../text/inline.ts';
import { normalizeAnswer } from '../../text/normalize.ts';
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

function fillParts(text: string): { parts: FillPart[]; blanks: string[][] } {
	const parts: FillPart[] = [];
	const blanks: string[][] = [];
	let last = 0;
	for (const match of text.matchAll(BLANK_PATTERN)) {
		if (match.index > last)
			parts.push({ kind: 'text', text: parseInline(text.slice(last, match.index)) });
		parts.push({ kind: 'blank', index: blanks.length });
		blanks.push(match[1]!.split('|').map((answer) => answer.trim()));
		last = match.index + match[0].length;
	}
	if (last < text.length) parts.push({ kind: 'text', text: parseInline(text.slice(last)) });
	return { parts, blanks };
}

// one collator for all word banks: localeCompare with options builds a new one per comparison
const BANK_ORDER = new Intl.Collator('en', { sensitivity: 'base' });

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
	return bank.sort(BANK_ORDER.compare);
}

export const fillBlanksBuild: QuestionBuild<FillBlanks, typeof schema> = {
	schema,
	build(source, context) {
		const { parts, blanks } = fillParts(source.text);
		const wordBank = source.wordBank ? wordBankOf(blanks, source.wordBank) : null;
		// a word from a bank is picked, not typed: there is no spelling to forgive
		const spelling = wordBank ? 'exact' : (source.spelling ?? context.spelling);
		return {
			view: { parts, blankCount: blanks.length, wordBank },
			key: { blanks, scoring: source.scoring, spelling }
		};
	}
};
