/**
 * The content checker's floor: `node bench/lib/read-yaml.js DIR` reads and parses every quiz file
 * (`*.yaml` in each article folder) with the same YAML library, and does nothing else. Plain
 * JavaScript, so that its start-up is Node's own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const dir = process.argv[2];
let files = 0;
for (const article of readdirSync(dir, { withFileTypes: true })) {
	if (!article.isDirectory()) continue;
	for (const name of readdirSync(join(dir, article.name))) {
		if (!name.endsWith('.yaml')) continue;
		parse(readFileSync(join(dir, article.name, name), 'utf8'));
		files++;
	}
}
console.log(`${files} files parsed`);
