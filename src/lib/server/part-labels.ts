/**
 * A two-part question's page labels its parts itself ("Part A." before the prompt, "Part B." before
 * the sentences to select), so a prompt that starts with its own "Part A:" (as worksheets write it)
 * showed "Part A. Part A: …". The build leaves the teacher's label out and the check says so. The
 * quiz file has no prompt of its own for Part B: the page words it.
 */
import type { Diagnostic } from './diagnostics.ts';
import type { QuestionSource } from './schema.ts';
import { diagnosticAtPath, type DataPath, type YamlSource } from './yaml-source.ts';

/** "Part A:", "Part A.", "Part A -", "**Part A:**" … at the start, in any case; then the prompt. */
const PART_A = /^[*_]{0,2}part\s+a[*_]{0,2}\s*[:.\-–—][*_]{0,2}\s*(?=\S)/iu;

const isTwoPart = (question: QuestionSource): boolean =>
	'requireEvidence' in question && question.requireEvidence;

/** The label a two-part question's prompt starts with, as written, if it has one. */
function partLabel(question: QuestionSource): string | undefined {
	return isTwoPart(question) ? PART_A.exec(question.prompt)?.[0] : undefined;
}

/** The prompt the page shows: without a "Part A:" of its own on a two-part question. */
export function promptShown(question: QuestionSource): string {
	const label = partLabel(question);
	return label === undefined ? question.prompt : question.prompt.slice(label.length);
}

/** A warning at the prompt of question `base` when its "Part A:" is left out. */
export function partLabelWarnings(
	question: QuestionSource,
	base: DataPath,
	source: YamlSource
): Diagnostic[] {
	const label = partLabel(question)?.trim();
	if (label === undefined) return [];
	const message = `prompt: "${label}" is left out: the page writes "Part A." before a two-part question's prompt itself; delete it from the prompt`;
	return [diagnosticAtPath(source, [...base, 'prompt'], message, 'value', 'warning')];
}
