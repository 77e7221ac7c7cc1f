/** The JSON Schema of quiz files (static/quiz.schema.json), derived from the zod schema. */
import { z } from 'zod';
import { quizSchema } from './schema.ts';

export function quizSchemaJson(): string {
	const generated = z.toJSONSchema(quizSchema, { io: 'input' });
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
