/**
 * `npm run import:gift -- FILE --article SLUG [--out FILE] [--title TITLE]`: a GIFT file (e.g. a
 * Moodle question-bank export) as a quiz file for the article questions/SLUG/. Writes
 * questions/SLUG/<file name>.yaml unless --out says where, and never overwrites a file. Lists the
 * questions it skipped and what did not survive; then `npm run check:questions` shows the
 * placeholders (evidence, explanation) to fill in. A GIFT syntax error is reported with its line.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { config } from '../src/lib/server/config.js';
import { internalFault } from '../src/lib/checker/diagnostics.ts';
import { importGift } from '../src/lib/checker/gift/import.ts';
import { SLUG_PATTERN } from '../src/lib/checker/schema-fields.ts';

const USAGE = 'usage: npm run import:gift -- FILE --article SLUG [--out FILE] [--title TITLE]';

function main(args: string[]): number {
	let file: string | undefined;
	let article: string | undefined;
	let out: string | undefined;
	let title: string | undefined;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i]!;
		if (arg === '--article') article = args[++i];
		else if (arg === '--out') out = args[++i];
		else if (arg === '--title') title = args[++i];
		else if (arg.startsWith('--') || file !== undefined) {
			console.error(
				`${arg.startsWith('--') ? `unknown option '${arg}'` : 'one GIFT file only'}\n${USAGE}`
			);
			return 2;
		} else file = arg;
	}
	if (!file || !article) {
		console.error(USAGE);
		return 2;
	}
	if (!SLUG_PATTERN.test(article)) {
		console.error(
			`--article '${article}' is not a slug: use the article's folder name, like north-korea-china`
		);
		return 2;
	}
	if (!existsSync(file)) {
		console.error(`${file}: no such file`);
		return 1;
	}
	const quizSlug =
		basename(file, extname(file))
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '') || 'imported';
	const target = out ?? join(config.questionsDir, article, `${quizSlug}.yaml`);
	if (existsSync(target)) {
		console.error(`${target} already exists; choose another with --out FILE`);
		return 1;
	}
	const result = importGift(readFileSync(file, 'utf8'), {
		file,
		...(title !== undefined && { title })
	});
	if (!result.ok) {
		console.error(result.error);
		return 1;
	}
	for (const entry of result.skipped)
		console.error(
			`${file}${entry.line !== undefined ? `:${entry.line}` : ''} skipped "${entry.name}": ${entry.reason}`
		);
	for (const { id, note } of result.notes) console.error(`${id}: ${note}`);
	mkdirSync(dirname(target), { recursive: true });
	writeFileSync(target, result.yaml);
	console.log(
		`wrote ${target}: ${result.imported} questions, ${result.skipped.length} skipped` +
			(result.placeholders > 0
				? `; ${result.placeholders} placeholders to fill in: run npm run check:questions to list them`
				: '')
	);
	if (!existsSync(join(dirname(target), 'article.md')))
		console.log(
			`${dirname(target)}/article.md does not exist yet: add the article before checking`
		);
	return 0;
}

try {
	process.exitCode = main(process.argv.slice(2));
} catch (error) {
	console.error(internalFault(error));
	process.exitCode = 2;
}
