/**
 * Numbers where text is expected. YAML reads `- 12` in `answers` and `published: 1845` as numbers;
 * when its reading is the very text the teacher wrote (12, 1845), that text is what they meant, so
 * it is used as text. When it is not (1.10 read as 1.1, 010 as 10, 1e3 as 1000, 0x1F as 31), the
 * teacher is told to put it in quotes, at that line. Positions and source texts come from the YAML
 * nodes, which keep what was written.
 */
import { isScalar } from 'yaml';
import type { z } from 'zod';
import type { Diagnostic } from './diagnostics.ts';
import { diagnosticAtPath, nodeAt, type DataPath, type YamlSource } from './yaml-source.ts';

type Issue = z.core.$ZodIssue;

export interface TextParse<T> {
	/** the data, with numbers written as text replaced by that text */
	data: unknown;
	result: z.ZodSafeParseResult<T>;
	/** the schema's issues, less the numbers reported in `diagnostics` */
	issues: Issue[];
	/** "put it in quotes" for numbers YAML read differently from what was written */
	diagnostics: Diagnostic[];
}

/** A copy of `data` with the value at `path` replaced. */
function replaced(data: unknown, path: DataPath, value: string): unknown {
	if (path.length === 0) return value;
	const [head, ...rest] = path;
	const copy = (Array.isArray(data) ? [...(data as unknown[])] : { ...(data as object) }) as Record<
		PropertyKey,
		unknown
	>;
	copy[head as PropertyKey] = replaced(copy[head as PropertyKey], rest, value);
	return copy;
}

const keyName = (path: DataPath) => String(path.findLast((part) => typeof part === 'string') ?? '');

/** The number a "text expected" issue is about, and its text as written, if it is one. */
function writtenNumber(issue: Issue, source: YamlSource): string | undefined {
	if (issue.code !== 'invalid_type' || issue.expected !== 'string') return undefined;
	const node = nodeAt(source, issue.path);
	return isScalar(node) && typeof node.value === 'number' && node.source !== undefined
		? node.source
		: undefined;
}

/**
 * Validates `data` against `schema`, reading a number as text wherever text is expected and the
 * number is written exactly as YAML reads it.
 */
export function parseNumbersAsText<T>(
	schema: z.ZodType<T>,
	data: unknown,
	source: YamlSource
): TextParse<T> {
	const diagnostics: Diagnostic[] = [];
	const reported = new Set<string>();
	let current = data;
	// each pass turns the numbers of one level of problems into text; a few passes reach them all
	for (let pass = 0; pass < 4; pass++) {
		const result = schema.safeParse(current);
		if (result.success) return { data: current, result, issues: [], diagnostics };
		let changed = false;
		const issues: Issue[] = [];
		for (const issue of result.error.issues) {
			const written = writtenNumber(issue, source);
			const node = written === undefined ? undefined : nodeAt(source, issue.path);
			if (written === undefined || !isScalar(node)) {
				issues.push(issue);
			} else if (written === String(node.value)) {
				current = replaced(current, issue.path, written);
				changed = true;
			} else if (!reported.has(issue.path.join('/'))) {
				reported.add(issue.path.join('/'));
				const key = keyName(issue.path);
				diagnostics.push(
					diagnosticAtPath(
						source,
						issue.path,
						`${key ? `${key}: ` : ''}${written} is read as the number ${String(node.value)}: put it in quotes: '${written}'`
					)
				);
			}
		}
		if (!changed) return { data: current, result, issues, diagnostics };
	}
	const result = schema.safeParse(current);
	return {
		data: current,
		result,
		issues: result.success
			? []
			: result.error.issues.filter((issue) => !reported.has(issue.path.join('/'))),
		diagnostics
	};
}
