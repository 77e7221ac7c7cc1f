/** The JSON Schema of quiz files (static/quiz.schema.json), derived from the zod schema. */
import * as z from 'zod';
import { quizSchema } from './schema.ts';

/**
 * Text that may also be written as a number: the checker reads `- 12` as the text "12" when YAML's
 * reading is what was written (numbers-as-text.ts), so the editor must not flag it. Choices among
 * fixed words (enum, const) stay text only.
 */
function acceptNumbersAsText(node: unknown): void {
	if (Array.isArray(node)) {
		for (const item of node) acceptNumbersAsText(item);
		return;
	}
	if (typeof node !== 'object' || node === null) return;
	const schema = node as Record<string, unknown>;
	if (schema.type === 'string' && !('enum' in schema) && !('const' in schema))
		schema.type = ['string', 'number'];
	for (const value of Object.values(schema)) acceptNumbersAsText(value);
}

export function quizSchemaJson(): string {
	const generated = z.toJSONSchema(quizSchema, { io: 'input' });
	acceptNumbersAsText(generated);
	// title and description first, where a reader of the file looks
	const schema = {
		$schema: generated.$schema,
		title: 'Close Reader quiz',
		description:
			'A reading-comprehension quiz written against questions/<article>/article.md. Every question cites the article in `evidence`. Run `npm run check:questions` for the checks a schema cannot express (quotes, unique ids).',
		...generated
	};
	return JSON.stringify(schema, null, '\t') + '\n';
}
