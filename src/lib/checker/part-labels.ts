/**
 * Words at the start of a prompt that the page already says. A two-part question's page labels
 * its parts itself ("Part A." before the prompt, "Part B." before the sentences to select), so a
 * prompt that starts with its own "Part A:" (as worksheets write it) showed "Part A. Part A: …";
 * and a type may give its own instruction (a true / false / not given question asks "True, false,
 * or not given in the article?"), which a prompt starting "True, false or not given: …" repeated.
 * The build leaves such a label out and the check says so. The quiz file has no prompt of its own
 * for Part B: the page words it.
 */
import type { Diagnostic } from './diagnostics.ts';
import type { TypeShapes } from '../quiz/types.ts';
import type { QuestionBuild } from './question-build.ts';
import { questionBuilds } from './question-types.ts';
import type { QuestionSource } from './schema.ts';
import { diagnosticAtPath, type DataPath, type YamlSource } from './yaml-source.ts';

/** "Part A:", "Part A.", "Part A -", "**Part A:**" … at the start, in any case; then the prompt. */
const PART_A = /^[*_]{0,2}part\s+a[*_]{0,2}\s*[:.\-–—][*_]{0,2}\s*(?=\S)/iu;

const isTwoPart = (question: QuestionSource): boolean =>
	'requireEvidence' in question && question.requireEvidence;

/** A label left out of a prompt: as written (with what follows it), and what the page says instead. */
interface Label {
	text: string;
	page: string;
}

/**
 * The labels the prompt starts with, in order, as written: a two-part question's "Part A:", then
 * its type's own instruction ("Part A: True or false: …" has both).
 */
function labelsOf(question: QuestionSource, instructions = true): Label[] {
	const labels: Label[] = [];
	let rest = question.prompt;
	const partA = isTwoPart(question) ? PART_A.exec(rest)?.[0] : undefined;
	if (partA !== undefined) {
		labels.push({ text: partA, page: `writes "Part A." before a two-part question's prompt` });
		rest = rest.slice(partA.length);
	}
	const build: Pick<QuestionBuild<TypeShapes>, 'instruction'> = questionBuilds[question.type];
	const instruction = instructions ? build.instruction : undefined;
	const own = instruction?.pattern.exec(rest)?.[0];
	if (instruction && own !== undefined) labels.push({ text: own, page: instruction.page });
	return labels;
}

/**
 * The prompt the page shows: without a "Part A:" or an instruction the page gives itself, and
 * starting with a capital where the instruction ran on ("True or false: the ferry …").
 */
export function promptShown(question: QuestionSource): string {
	const length = labelsOf(question).reduce((sum, label) => sum + label.text.length, 0);
	const rest = question.prompt.slice(length);
	return length > 0 ? rest.charAt(0).toUpperCase() + rest.slice(1) : rest;
}

/**
 * The prompt in a GIFT export: without a "Part A:" (GIFT has Part A alone), but with the teacher's
 * instruction, as Moodle shows no instruction of its own for these questions.
 */
export function giftPrompt(question: QuestionSource): string {
	const partA = labelsOf(question, false)[0];
	return partA ? question.prompt.slice(partA.text.length) : question.prompt;
}

/** A warning at the prompt of question `base` for each label left out of it. */
export function partLabelWarnings(
	question: QuestionSource,
	base: DataPath,
	source: YamlSource
): Diagnostic[] {
	return labelsOf(question).map((label) => {
		const message = `prompt: "${label.text.trim()}" is left out: the page ${label.page} itself; delete it from the prompt`;
		return diagnosticAtPath(source, [...base, 'prompt'], message, 'value', 'warning');
	});
}
