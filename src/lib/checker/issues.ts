/**
 * The one place that turns zod issues into messages a teacher can act on, placed on the YAML node
 * that is wrong: an unknown key at the key itself, a missing key at the mapping that lacks it, a
 * wrong value at the value.
 */
import type { z } from 'zod';
import type { Diagnostic } from './diagnostics.ts';
import { allowedKeys, valueAt } from './schema-at.ts';
import { suggest } from './suggest.ts';
import { foreignTypeAdvice } from './type-names.ts';
import {
	diagnosticAt,
	diagnosticAtPath,
	frameAt,
	lineOf,
	nodeAt,
	swallowedKey,
	type DataPath,
	type YamlSource
} from './yaml-source.ts';

type Issue = z.core.$ZodIssue;
type Schema = z.core.$ZodType;

function quoted(values: readonly unknown[]): string {
	return values.map((value) => `'${String(value)}'`).join(', ');
}

/** What a YAML value is, in a teacher's words. */
function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'an empty value';
	if (Array.isArray(value)) return 'a list';
	switch (typeof value) {
		case 'string':
			return `text ('${value.length > 40 ? value.slice(0, 40) + '…' : value}')`;
		case 'number':
			return `the number ${value}`;
		case 'boolean':
			return `${value}`;
		case 'object':
			return 'a mapping (key: value lines)';
		default:
			return typeof value;
	}
}

function describeExpected(expected: string): string {
	switch (expected) {
		case 'string':
			return 'text';
		case 'number':
		case 'int':
			return 'a number';
		case 'boolean':
			return 'true or false';
		case 'array':
			return 'a list';
		case 'object':
		case 'record':
			return 'a mapping (key: value lines)';
		default:
			return expected;
	}
}

function keyName(path: DataPath): string {
	for (let i = path.length - 1; i >= 0; i--)
		if (typeof path[i] === 'string') return String(path[i]);
	return 'file';
}

/** Prefixes a value message with the key it is about, unless it already starts with it. */
function about(path: DataPath, message: string): string {
	const key = keyName(path);
	return message.startsWith(key) ? message : `${key}: ${message}`;
}

// ---- issues to diagnostics ------------------------------------------------------------------------

/** Messages for the branches of a union where every branch failed at its root: "true, false or 'not-given'". */
function unionExpectation(errors: Issue[][]): string | undefined {
	const wanted: string[] = [];
	for (const branch of errors) {
		const root = branch.filter((issue) => issue.path.length === 0);
		if (root.length === 0) return undefined;
		for (const issue of root) {
			if (issue.code === 'invalid_type')
				wanted.push(
					...(issue.expected === 'boolean' ? ['true', 'false'] : [describeExpected(issue.expected)])
				);
			else if (issue.code === 'invalid_value') wanted.push(...issue.values.map((v) => quoted([v])));
			else return undefined;
		}
	}
	const unique = [...new Set(wanted)];
	return unique.length > 1 ? `${unique.slice(0, -1).join(', ')} or ${unique.at(-1)}` : unique[0];
}

/**
 * Turns zod's issues for the data parsed from `source` into diagnostics. `root` is the schema that
 * was used, to list the keys allowed where an unknown one was found.
 */
export function issuesToDiagnostics(
	issues: readonly Issue[],
	source: YamlSource,
	data: unknown,
	root: Schema
): Diagnostic[] {
	const out: Diagnostic[] = [];
	const at = (path: DataPath, message: string, part: 'key' | 'value' = 'value') =>
		out.push(diagnosticAtPath(source, path, message, part));

	/** `key` is missing from the mapping at `path` (it may be hiding in a `>-` block above). */
	const missingKey = (path: DataPath, key: string) => {
		const swallowed = swallowedKey(source, path, key);
		if (!swallowed) return at(path, `missing required key '${key}'`);
		const { owner, offset } = swallowed;
		out.push({
			...diagnosticAt(
				source,
				offset,
				`missing required key '${key}': its line is indented as far as the text of '${owner}:' above it, so YAML reads it as more of that text: line '${key}:' up with '${owner}:'`
			),
			frame: frameAt(source, offset)
		});
	};

	/** `key:` with nothing after it. */
	const missingValue = (path: DataPath, expected: string) => {
		const key = keyName(path);
		at(path, `missing value for '${key}': write ${expected} after '${key}:'`, 'key');
	};

	const visit = (issue: Issue, base: DataPath) => {
		const path = [...base, ...issue.path];
		const value = valueAt(data, path);
		switch (issue.code) {
			case 'unrecognized_keys': {
				const allowed = allowedKeys(root, data, path);
				for (const key of issue.keys) {
					const suggestion = suggest(key, allowed);
					const hint = suggestion
						? `did you mean '${suggestion}'?`
						: `allowed keys here: ${allowed.join(', ')}`;
					at([...path, key], `unknown key '${key}' — ${hint}`, 'key');
				}
				return;
			}
			case 'invalid_union': {
				if ((issue as { note?: string }).note === 'No matching discriminator') {
					const options = (issue as { options?: unknown[] }).options?.map(String) ?? [];
					const name = String(
						(issue as { discriminator?: unknown }).discriminator ?? keyName(path)
					);
					if (value === undefined || value === null) {
						at(path.slice(0, -1), `missing '${name}': one of ${options.join(', ')}`);
						return;
					}
					// a name from another tool is not a misspelling: say what it is here
					const foreign =
						name === 'type' && typeof value === 'string' && !options.includes(value)
							? foreignTypeAdvice(value)
							: undefined;
					if (foreign) {
						at(path, `unknown ${name} '${value}': ${foreign}`);
						return;
					}
					const suggestion = typeof value === 'string' ? suggest(value, options) : undefined;
					const hint = suggestion
						? `did you mean '${suggestion}'?`
						: `use one of ${options.join(', ')}`;
					at(path, `unknown ${name} '${String(value)}' — ${hint}`);
					return;
				}
				const expectation = unionExpectation(issue.errors);
				if (value === undefined && typeof path.at(-1) === 'string') {
					missingKey(path.slice(0, -1), String(path.at(-1)));
					return;
				}
				if (value === null && expectation) {
					missingValue(path, expectation);
					return;
				}
				if (expectation) {
					at(path, about(path, `expected ${expectation}, not ${describeValue(value)}`));
					return;
				}
				// report the branch that got furthest: the one whose problems are deepest
				const best = [...issue.errors].sort(
					(a, b) =>
						Math.max(...b.map((i) => i.path.length)) - Math.max(...a.map((i) => i.path.length))
				)[0];
				for (const inner of best ?? []) visit(inner, path);
				return;
			}
			case 'invalid_type': {
				if (value === undefined) {
					missingKey(path.slice(0, -1), String(path.at(-1)));
					return;
				}
				if (value === null && path.length > 0) {
					missingValue(path, describeExpected(issue.expected));
					return;
				}
				if (path.length === 0) {
					at(path, `the file must be key: value lines (title: …), not ${describeValue(value)}`);
					return;
				}
				at(
					path,
					about(path, `expected ${describeExpected(issue.expected)}, not ${describeValue(value)}`)
				);
				return;
			}
			case 'invalid_value': {
				const options = issue.values.map(String);
				const suggestion = typeof value === 'string' ? suggest(value, options) : undefined;
				const hint = suggestion
					? ` — did you mean '${suggestion}'?`
					: `; use one of ${quoted(options)}`;
				at(path, about(path, `'${String(value)}' is not allowed${hint}`));
				return;
			}
			case 'too_small':
			case 'too_big': {
				if (!issue.message.startsWith('Too ')) {
					at(path, about(path, issue.message));
					return;
				}
				const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
				const bound =
					issue.code === 'too_small'
						? issue.inclusive
							? 'at least'
							: 'more than'
						: issue.inclusive
							? 'at most'
							: 'less than';
				const what =
					issue.origin === 'array'
						? `give ${bound} ${String(limit)} items`
						: issue.origin === 'string'
							? issue.code === 'too_small' && Number(limit) <= 1
								? 'must not be empty'
								: `must be ${bound} ${String(limit)} characters`
							: `must be ${bound} ${String(limit)}`;
				at(path, about(path, what));
				return;
			}
			case 'invalid_format': {
				const message = issue.message.startsWith('Invalid')
					? issue.format === 'url'
						? 'must be a web address like https://example.org/page'
						: `must be a valid ${issue.format}`
					: issue.message;
				at(path, about(path, message));
				return;
			}
			case 'custom': {
				const firstAt = (issue.params as { firstAt?: DataPath } | undefined)?.firstAt;
				let message = issue.message;
				if (firstAt) {
					const node = nodeAt(source, firstAt);
					message += `; first at line ${lineOf(source, node?.range?.[0] ?? 0)}`;
				}
				at(path, about(path, message));
				return;
			}
			default:
				at(path, about(path, issue.message));
		}
	};
	for (const issue of issues) visit(issue, []);
	return out;
}
