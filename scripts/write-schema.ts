/**
 * `npm run schema`: writes static/quiz.schema.json, the JSON Schema editors use to autocomplete and
 * check quiz files. Generated from the zod schema, so it cannot disagree with the validator.
 */
import { writeFileSync } from 'node:fs';
import { quizSchemaJson } from '../src/lib/checker/json-schema.ts';

const target = 'static/quiz.schema.json';
writeFileSync(target, quizSchemaJson());
console.log(`wrote ${target}`);
