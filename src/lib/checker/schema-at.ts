/**
 * The zod schema that applies at a path of a quiz file's data or front matter (through optional,
 * default, pipe, records and unions: the question types' by the data's own `type`), so that a message about an unknown
 * key can list the keys allowed there.
 */
import type { z } from 'zod';
import type { DataPath } from './yaml-source.ts';

type Schema = z.core.$ZodType;

/** The value at `path` of the data, if there is one. */
export function valueAt(data: unknown, path: DataPath): unknown {
	let value = data;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

interface Def {
	type: string;
	shape?: Record<string, Schema>;
	element?: Schema;
	/** a record's values (the article's glossary) */
	valueType?: Schema;
	options?: Schema[];
	innerType?: Schema;
	in?: Schema;
	discriminator?: string;
}
const defOf = (schema: Schema): Def => schema._zod.def as unknown as Def;

function unwrap(schema: Schema, data: unknown): Schema {
	let current = schema;
	for (;;) {
		const def = defOf(current);
		if (def.innerType) current = def.innerType;
		else if (def.type === 'pipe' && def.in) current = def.in;
		else if (def.type === 'union' && def.options) {
			const wanted = Array.isArray(data) ? 'array' : typeof data === 'object' ? 'object' : 'other';
			const typeValue = (data as { type?: unknown } | null)?.type;
			const option =
				def.options.find((o) => {
					const od = defOf(o);
					if (def.discriminator && od.shape) {
						const literal = od.shape[def.discriminator]?._zod.def as
							{ values?: unknown[] } | undefined;
						return literal?.values?.includes(typeValue) ?? false;
					}
					return od.type === wanted;
				}) ?? def.options.find((o) => defOf(o).type === wanted);
			if (!option) return current;
			current = option;
		} else return current;
	}
}

function schemaAt(root: Schema, data: unknown, path: DataPath): Schema | undefined {
	let schema = unwrap(root, data);
	let value = data;
	for (const key of path) {
		const def = defOf(schema);
		value = valueAt(value, [key]);
		if (def.type === 'object' && def.shape && typeof key === 'string' && def.shape[key]) {
			schema = unwrap(def.shape[key], value);
		} else if (def.type === 'array' && def.element) {
			schema = unwrap(def.element, value);
		} else if (def.type === 'record' && def.valueType) {
			schema = unwrap(def.valueType, value);
		} else return undefined;
	}
	return schema;
}

/** The keys the schema allows at `path` (none when it is not an object there). */
export function allowedKeys(root: Schema, data: unknown, path: DataPath): string[] {
	const schema = schemaAt(root, data, path);
	const shape = schema ? defOf(schema).shape : undefined;
	return shape ? Object.keys(shape) : [];
}
