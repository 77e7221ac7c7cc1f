/**
 * The checks of a quiz's `pick` against its questions (the schema has checked each number): a pick
 * larger than its pool, a group no question has, an empty map; and two warnings where the draw may
 * not be what the teacher meant: groups under a plain `pick: N` (drawn from the whole quiz,
 * whatever the group) and a group the map leaves out (always shown in full).
 */
import { plural } from '../text/words.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { QuizFile } from './schema.ts';
import { suggest } from './suggest.ts';
import { diagnosticAtPath, type YamlSource } from './yaml-source.ts';

/** Each group's questions' indexes in the file, in the order the groups first appear. */
function groupsOf(file: QuizFile): Map<string, number[]> {
	const groups = new Map<string, number[]>();
	for (const [index, question] of file.questions.entries()) {
		if (question.group === undefined) continue;
		groups.set(question.group, [...(groups.get(question.group) ?? []), index]);
	}
	return groups;
}

/** `pick: { a: 2, b: 1 }` written with the file's own groups, for a message's example. */
const pickExample = (names: readonly string[]): string =>
	`pick: { ${(names.length > 0 ? names : ['vocabulary', 'evidence']).map((name) => `${name}: 1`).join(', ')} }`;

/** The problems with the quiz's `pick`, each at the place in the file to fix. */
export function checkPool(file: QuizFile, source: YamlSource): Diagnostic[] {
	const { pick } = file;
	if (pick === undefined) return [];
	const groups = groupsOf(file);
	const names = [...groups.keys()];
	const out: Diagnostic[] = [];
	if (typeof pick === 'number') {
		const total = file.questions.length;
		if (pick > total)
			out.push(
				diagnosticAtPath(
					source,
					['pick'],
					`pick: ${pick}, but the quiz has ${plural(total, 'question')}: write a number up to ${total}, or add questions`
				)
			);
		if (groups.size > 0)
			out.push(
				diagnosticAtPath(
					source,
					['pick'],
					`pick: ${pick} draws from the whole quiz, whatever each question's group; to draw from each group, write how many of each: ${pickExample(names)}`,
					'value',
					'warning'
				)
			);
		return out;
	}
	const entries = Object.entries(pick);
	if (entries.length === 0)
		return [
			diagnosticAtPath(
				source,
				['pick'],
				`pick: name each group and how many of its questions each student gets: ${pickExample(names)}`
			)
		];
	// a group suggested for a misspelt name is not also "left out"
	const suggested = new Set<string>();
	for (const [name, count] of entries) {
		const members = groups.get(name);
		if (!members) {
			const close = suggest(name, names);
			if (close) suggested.add(close);
			const hint = close
				? `did you mean '${close}'?`
				: names.length > 0
					? `the groups are ${names.map((n) => `'${n}'`).join(', ')}`
					: `give questions a group: group: ${name}`;
			out.push(
				diagnosticAtPath(
					source,
					['pick', name],
					`pick: no question has group '${name}' — ${hint}`,
					'key'
				)
			);
		} else if (count > members.length)
			out.push(
				diagnosticAtPath(
					source,
					['pick', name],
					`pick: ${name}: ${count}, but group '${name}' has ${plural(members.length, 'question')}: write a number up to ${members.length}, or add questions to the group`
				)
			);
	}
	for (const [name, members] of groups) {
		if (Object.hasOwn(pick, name) || suggested.has(name)) continue;
		out.push(
			diagnosticAtPath(
				source,
				['questions', members[0]!, 'group'],
				`group '${name}' is not in pick, so every student gets ${members.length === 1 ? 'its question' : `all ${members.length} of its questions`}; to draw from it, add ${name}: N to pick`,
				'value',
				'warning'
			)
		);
	}
	return out;
}
