/**
 * `npm run export:gift -- [DIR] [--out FILE]`: every quiz of the questions folder as Moodle GIFT,
 * for Moodle's question bank (Question bank > Import > GIFT). Writes to FILE, or to standard output;
 * each question GIFT cannot hold (or holds only in part) gets one line on standard error. Exits 1,
 * writing nothing, when any file has an error.
 */
import { writeFileSync } from 'node:fs';
import { config } from '../src/lib/server/config.js';
import { ContentError, internalFault } from '../src/lib/server/diagnostics.ts';
import { exportGift, giftQuizzes } from '../src/lib/server/gift/export.ts';

const USAGE = 'usage: npm run export:gift -- [DIR] [--out FILE]';

function main(args: string[]): number {
	let dir = config.questionsDir;
	let out: string | undefined;
	let dirGiven = false;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i]!;
		if (arg === '--out') out = args[++i];
		else if (arg.startsWith('--') || dirGiven) {
			console.error(
				`${arg.startsWith('--') ? `unknown option '${arg}'` : 'one folder only'}\n${USAGE}`
			);
			return 2;
		} else {
			dir = arg;
			dirGiven = true;
		}
	}
	if (out === '') {
		console.error(USAGE);
		return 2;
	}
	let quizzes;
	try {
		quizzes = giftQuizzes(dir);
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		console.error(error.message);
		return 1;
	}
	const result = exportGift(quizzes);
	for (const line of result.lines) console.error(line);
	if (out) {
		writeFileSync(out, result.text);
		console.error(`wrote ${out}: ${result.exported} questions from ${quizzes.length} quizzes`);
	} else process.stdout.write(result.text);
	return 0;
}

try {
	process.exitCode = main(process.argv.slice(2));
} catch (error) {
	console.error(internalFault(error));
	process.exitCode = 2;
}
