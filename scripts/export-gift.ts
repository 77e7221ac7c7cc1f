/**
 * `npm run export:gift -- [DIR] [--quiz ARTICLE/QUIZ] [--out FILE]`: the quizzes of the questions
 * folder as Moodle GIFT, for Moodle's question bank (Question bank > Import > GIFT). Writes one file:
 * every quiz into gift-files/all-quizzes.gift, or the one `--quiz` names into
 * gift-files/<article>--<quiz>.gift (as export:scorm names its packages), or FILE; then prints one
 * line for it. Each question GIFT cannot hold (or holds only in part) gets one line on standard
 * error. Exits 1, writing nothing, when any file has an error or the quiz asked for is not there.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { config } from '../src/lib/server/config.js';
import { ContentError, internalFault } from '../src/lib/checker/diagnostics.ts';
import { exportGift } from '../src/lib/checker/gift/export.ts';
import { giftQuizzes } from '../src/lib/server/gift-quizzes.ts';

const USAGE = 'usage: npm run export:gift -- [DIR] [--quiz ARTICLE/QUIZ] [--out FILE]';
const FOLDER = 'gift-files';

interface Options {
	dir: string;
	quiz?: string;
	out?: string;
}

function parseArgs(args: string[]): Options | string {
	const options: Options = { dir: config.questionsDir };
	let dirGiven = false;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i]!;
		if (arg === '--quiz') options.quiz = args[++i] ?? '';
		else if (arg === '--out') options.out = args[++i] ?? '';
		else if (arg.startsWith('--')) return `unknown option '${arg}'\n${USAGE}`;
		else if (!dirGiven) {
			options.dir = arg;
			dirGiven = true;
		} else return `one questions folder only ('${arg}')\n${USAGE}`;
	}
	if (options.quiz === '' || options.out === '') return USAGE;
	return options;
}

function main(): number {
	const options = parseArgs(process.argv.slice(2));
	if (typeof options === 'string') {
		console.error(options);
		return 2;
	}
	let quizzes;
	try {
		quizzes = giftQuizzes(options.dir);
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		console.error(error.message);
		return 1;
	}
	const name = (quiz: (typeof quizzes)[number]) => `${quiz.article.slug}/${quiz.slug}`;
	const chosen = options.quiz ? quizzes.filter((quiz) => name(quiz) === options.quiz) : quizzes;
	if (chosen.length === 0) {
		console.error(
			options.quiz
				? `no quiz '${options.quiz}' in ${options.dir}; its quizzes are: ${quizzes.map(name).join(', ')}`
				: `${options.dir} has no quizzes`
		);
		return 1;
	}
	const result = exportGift(chosen);
	for (const line of result.lines) console.error(line);
	const path =
		options.out ??
		join(FOLDER, options.quiz ? `${options.quiz.replace('/', '--')}.gift` : 'all-quizzes.gift');
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, result.text);
	const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
	console.log(
		`${path}  ${count(result.exported, 'question', 'questions')} from ${count(chosen.length, 'quiz', 'quizzes')}`
	);
	return 0;
}

try {
	process.exitCode = main();
} catch (error) {
	console.error(internalFault(error));
	process.exitCode = 2;
}
