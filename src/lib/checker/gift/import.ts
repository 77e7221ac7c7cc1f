/**
 * GIFT (Moodle's question-bank text format) into a quiz file for one article (`npm run
 * import:gift`). gift-pegjs parses it; each question goes to the type whose GIFT rules take it
 * (the most specific when several do). What GIFT has no place for — the evidence quotes, and the
 * explanation when there is no general feedback — becomes a marked placeholder that `npm run
 * check:questions` reports at its line, telling the teacher what to write. A file we exported
 * comes back whole: ids and points from the titles, quotes and ¶ numbers from the general feedback.
 * Forms no type holds (numerical, essay, description) are listed and skipped, never a crash; a
 * syntax error is reported with its line and column.
 */
import { parse, type GIFTQuestion } from 'gift-pegjs';
import { Document, isMap, isSeq, type YAMLMap } from 'yaml';
import type { GiftClaim, GiftQuestion } from '../question-build.ts';
import { questionBuilds } from '../question-types.ts';
import { EVIDENCE_PLACEHOLDER, EXPLANATION_PLACEHOLDER, SLUG_PATTERN } from '../schema-fields.ts';
import { lenientGift } from './lenient.ts';
import { fromGift, plainFromGift } from './text.ts';
import { readTitle } from './title.ts';

export interface SkippedQuestion {
	/** the line the question starts on, when it could be told */
	line?: number;
	/** its title, or the start of its text */
	name: string;
	reason: string;
}

export type GiftImportResult =
	| {
			ok: true;
			yaml: string;
			imported: number;
			skipped: SkippedQuestion[];
			/** per imported question: what did not survive */
			notes: { id: string; note: string }[];
			placeholders: number;
	  }
	| { ok: false; error: string };

/** Why a GIFT form has no Close Reader type. */
const UNSUPPORTED: Partial<Record<GIFTQuestion['type'], string>> = {
	Numerical: 'numerical questions (a number within a range) have no Close Reader type',
	Essay: 'essay questions need a teacher to mark them; Close Reader scores in the browser',
	Description: 'a description (text with no answers) is not a question'
};

interface PegError {
	message: string;
	location?: { start: { offset: number } };
}

/** Line and column (1-based) of an offset in a text. */
function lineColumn(text: string, offset: number): string {
	const before = text.slice(0, offset).split('\n');
	return `${before.length}:${before.at(-1)!.length + 1}`;
}

/** The lines the items of a GIFT file start on: blocks between blank lines that are not only comments. */
function blockLines(text: string): number[] {
	const lines = text.split(/\r\n|\r|\n/);
	const starts: number[] = [];
	let inBlock = false;
	lines.forEach((line, index) => {
		const blank = line.trim() === '';
		const comment = line.trim().startsWith('//');
		if (blank) inBlock = false;
		else if (!inBlock && !comment) {
			starts.push(index + 1);
			inBlock = true;
		}
	});
	return starts;
}

/** A slug for an id: lowercase words of the title (or text), joined by hyphens. */
function slugOf(text: string): string {
	return (
		text
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.split('-')
			.slice(0, 6)
			.join('-') || 'question'
	);
}

/** The explanation and cited quotes of a general feedback that `export:gift` wrote. */
function readFeedback(text: string): {
	explanation: string;
	evidence: { quote: string; paragraph: number }[];
} {
	const blocks = text.trim().split(/\n\s*\n/);
	const last = blocks.at(-1) ?? '';
	const quotes = last.split('\n').map((line) => /^¶(\d+): “(.+)”$/.exec(line.trim()));
	if (blocks.length < 2 || quotes.some((match) => match === null))
		return { explanation: text.trim(), evidence: [] };
	return {
		explanation: blocks.slice(0, -1).join('\n\n').trim(),
		evidence: quotes.map((match) => ({ quote: match![2]!, paragraph: Number(match![1]) }))
	};
}

type AnyGiftRules = {
	import(question: GiftQuestion, following: readonly GiftQuestion[]): GiftClaim | undefined;
};

/** The best claim on a question among the types' GIFT rules. */
function claim(question: GiftQuestion, following: readonly GiftQuestion[]): GiftClaim | undefined {
	let best: GiftClaim | undefined;
	for (const build of Object.values(questionBuilds)) {
		const found = (build.gift as AnyGiftRules).import(question, following);
		if (found && (!best || (found.specificity ?? 1) > (best.specificity ?? 1))) best = found;
	}
	return best;
}

function nameOf(question: GIFTQuestion): string {
	if (question.type === 'Category') return question.title;
	const text = question.title || plainFromGift(question.stem);
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export function importGift(
	text: string,
	options: { file: string; title?: string }
): GiftImportResult {
	let items: GIFTQuestion[];
	const lenient = lenientGift(text);
	try {
		items = parse(lenient.text);
	} catch (error) {
		const peg = error as PegError;
		if (lenient.unclosed !== undefined)
			return {
				ok: false,
				error: `${options.file}:${lineColumn(text, lenient.unclosed)} GIFT syntax error: this { is never closed. End the answers with }, or write \\{ for a brace in the text.`
			};
		const at = peg.location
			? lineColumn(text, lenient.toOriginal(peg.location.start.offset))
			: '1:1';
		return {
			ok: false,
			error: `${options.file}:${at} GIFT syntax error: ${peg.message} Check the braces and escape ~ = # { } : with a backslash in text.`
		};
	}
	const starts = blockLines(text);
	const lineOf = (index: number) => (starts.length === items.length ? starts[index] : undefined);

	const questions: Record<string, unknown>[] = [];
	const skipped: SkippedQuestion[] = [];
	const notes: { id: string; note: string }[] = [];
	const categories: string[] = [];
	const ids = new Set<string>();
	let placeholders = 0;

	for (let index = 0; index < items.length; index++) {
		const item = items[index]!;
		if (item.type === 'Category') {
			categories.push(item.title);
			continue;
		}
		const unsupported = UNSUPPORTED[item.type];
		if (unsupported || item.type === 'Description') {
			skipped.push({ line: lineOf(index), name: nameOf(item), reason: unsupported ?? '' });
			continue;
		}
		const question = item as GiftQuestion;
		const following = items
			.slice(index + 1)
			.filter(
				(next): next is GiftQuestion => next.type !== 'Category' && next.type !== 'Description'
			);
		const taken = claim(question, following);
		if (!taken) {
			skipped.push({
				line: lineOf(index),
				name: nameOf(item),
				reason: `no Close Reader type holds this ${item.type === 'MC' ? 'multiple-choice question without a right answer' : item.type === 'Matching' ? 'matching question with fewer than 2 pairs' : 'question'}`
			});
			continue;
		}
		index += taken.used - 1;

		const title = readTitle(question.title ?? '');
		let id = SLUG_PATTERN.test(title.id)
			? title.id
			: slugOf(question.title || question.id || fromGift(question.stem));
		for (let n = 2; ids.has(id); n++) id = `${slugOf(title.id || 'question')}-${n}`;
		ids.add(id);

		const feedback = readFeedback(fromGift(question.globalFeedback));
		const explanation = feedback.explanation || EXPLANATION_PLACEHOLDER;
		const evidence =
			feedback.evidence.length === 0
				? EVIDENCE_PLACEHOLDER
				: feedback.evidence.length === 1
					? feedback.evidence[0]
					: feedback.evidence;
		if (explanation === EXPLANATION_PLACEHOLDER) placeholders++;
		if (evidence === EVIDENCE_PLACEHOLDER) placeholders++;
		const { type, prompt, ...own } = taken.fields;
		questions.push({
			id,
			type,
			prompt: prompt ?? fromGift(question.stem),
			...(title.points !== undefined && { points: title.points }),
			explanation,
			evidence,
			...own
		});
		for (const note of taken.notes) notes.push({ id, note });
	}

	const quizTitle =
		options.title ??
		(categories.length > 0
			? categories
					.at(-1)!
					.split(/(?<!\/)\/(?!\/)/)
					.at(-1)!
					.replace(/\/\//g, '/')
					.trim()
			: 'Imported questions');
	const doc = new Document({ title: quizTitle, mode: 'practice', questions });
	const header = [
		` Imported from ${options.file} by npm run import:gift.`,
		...(placeholders > 0
			? [
					' Before students see it: replace every "TODO:" placeholder — quote the article in each',
					' `evidence` and say why the answer is right in each `explanation`.',
					' npm run check:questions lists each one, with its line.'
				]
			: [' Run npm run check:questions to check it against the article.']),
		...(skipped.length > 0
			? [
					' Skipped (no Close Reader type holds them):',
					...skipped.map(
						(entry) =>
							`   ${entry.line !== undefined ? `line ${entry.line}: ` : ''}"${entry.name}": ${entry.reason}`
					)
				]
			: [])
	];
	doc.commentBefore = ` yaml-language-server: $schema=../../static/quiz.schema.json\n${header.join('\n')}`;
	// each question's notes above it, so the teacher sees what GIFT could not carry
	const list = doc.get('questions', true);
	if (isSeq(list)) {
		list.items.forEach((node, i) => {
			const id = (questions[i] as { id: string }).id;
			const own = notes
				.filter((entry) => entry.id === id)
				.map((entry) => ` from GIFT: ${entry.note}`);
			if (own.length > 0 && isMap(node)) (node as YAMLMap).commentBefore = own.join('\n');
		});
	}
	return {
		ok: true,
		yaml: doc.toString({ lineWidth: 100 }),
		imported: questions.length,
		skipped,
		notes,
		placeholders
	};
}
