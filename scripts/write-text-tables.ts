/** `npm run tables`: writes the text layer's generated tables (see scripts/text-tables.ts). */
import { writeFileSync } from 'node:fs';
import { CASE_FOLDING_FILE, ENTITY_FILE, caseFoldingSource, entitySource } from './text-tables.ts';

writeFileSync(CASE_FOLDING_FILE, caseFoldingSource());
writeFileSync(ENTITY_FILE, entitySource());
console.log(`wrote ${CASE_FOLDING_FILE} and ${ENTITY_FILE}`);
