/**
 * Reading untrusted JSON (saved progress may be from an older build, another app, a half-written
 * value or a hand-edited one): type guards that never trust a prototype or a shape.
 */
export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `text` parsed as JSON, if it is a JSON object; undefined when it is not JSON or not an object. */
export function parseObject(text: string): JsonObject | undefined {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return undefined;
	}
	return isObject(parsed) ? parsed : undefined;
}

/** An own property only: parsed JSON may carry "__proto__" or "constructor" as plain keys. */
export function field(object: JsonObject, name: string): unknown {
	return Object.hasOwn(object, name) ? object[name] : undefined;
}

export const isString = (value: unknown): value is string => typeof value === 'string';

/** A list of distinct strings, each passing `known`; undefined when `value` is anything else. */
export function distinctIds(value: unknown, known: (id: string) => boolean): string[] | undefined {
	if (!Array.isArray(value) || !value.every(isString)) return undefined;
	if (new Set(value).size !== value.length || !value.every(known)) return undefined;
	return [...value];
}

/** The ids of a list of options, for membership tests. */
export const idsOf = (options: readonly { id: string }[]): Set<string> =>
	new Set(options.map((option) => option.id));
