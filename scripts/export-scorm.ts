/**
 * `npm run export:scorm -- [DIR] [--quiz ARTICLE/QUIZ] [--out FOLDER] [--scorm 1.2|2004] [--no-build]`:
 * one SCORM package (.zip) per quiz, for any LMS (Moodle, Canvas, Blackboard, Brightspace, …).
 * Checks the questions, builds the site (its SCORM player with it, into build/), then packs each
 * quiz with the player's files, its own quiz.json and an imsmanifest.xml: the code the Studio packs
 * with (lib/scorm/package.ts), so both write the same bytes. `--no-build` packs the player of the
 * last build (e.g. as SCORM 2004 after 1.2). Exits 1 on any problem, writing nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { config, environmentFor } from '../src/lib/server/config.js';
import { memorySource } from '../src/lib/server/content-source.ts';
import { ContentError, internalFault } from '../src/lib/checker/diagnostics.ts';
import type { QuizData } from '../src/lib/quiz/types.ts';
import type { Article } from '../src/lib/text/article.ts';
import { PLAYER_FILE_LIST, packScorm, readPlayer } from '../src/lib/scorm/package.ts';

const USAGE =
	'usage: npm run export:scorm -- [DIR] [--quiz ARTICLE/QUIZ] [--out FOLDER] [--scorm 1.2|2004] [--no-build]';

interface Options {
	dir: string;
	quiz?: string;
	out: string;
	version: '1.2' | '2004';
	build: boolean;
}

function parseArgs(args: string[]): Options | string {
	const options: Options = {
		dir: config.questionsDir,
		out: 'scorm-packages',
		version: '1.2',
		build: true
	};
	let dirGiven = false;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i]!;
		const value = () => args[++i];
		if (arg === '--quiz') options.quiz = value();
		else if (arg === '--out') options.out = value() ?? '';
		else if (arg === '--scorm') {
			const version = value();
			if (version !== '1.2' && version !== '2004') return `--scorm takes 1.2 or 2004\n${USAGE}`;
			options.version = version;
		} else if (arg === '--no-build') options.build = false;
		else if (arg.startsWith('--')) return `unknown option '${arg}'\n${USAGE}`;
		else if (!dirGiven) {
			options.dir = arg;
			dirGiven = true;
		} else return `one questions folder only ('${arg}')\n${USAGE}`;
	}
	if (options.quiz === '' || options.out === '') return USAGE;
	return options;
}

function viteBin(): string {
	const require = createRequire(import.meta.url);
	return join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
}

async function main(): Promise<number> {
	const options = parseArgs(process.argv.slice(2));
	if (typeof options === 'string') {
		console.error(options);
		return 2;
	}
	const source = memorySource(options.dir);
	let summaries;
	try {
		summaries = source.articles();
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		console.error(error.message);
		return 1;
	}
	const quizzes: { article: Article; quiz: QuizData }[] = summaries.flatMap((summary) => {
		const entry = source.article(summary.slug);
		return entry ? entry.quizzes.map((quiz) => ({ article: entry.article, quiz })) : [];
	});
	const named = ({ quiz }: { quiz: QuizData }) => `${quiz.article}/${quiz.slug}`;
	const chosen = options.quiz ? quizzes.filter((quiz) => named(quiz) === options.quiz) : quizzes;
	if (chosen.length === 0) {
		console.error(
			options.quiz
				? `no quiz '${options.quiz}' in ${options.dir}; its quizzes are: ${quizzes.map(named).join(', ')}`
				: `${options.dir} has no quizzes`
		);
		return 1;
	}

	const site = config.buildDir;
	if (options.build) {
		console.log(`building the site, with its SCORM player, into ${site}/ …`);
		// The build's log is kept back unless it fails: it speaks of a website (SvelteKit's "Run npm
		// run preview", the adapter's "Wrote site", the service worker's bundle), not of packages.
		const build = spawnSync(process.execPath, [viteBin(), 'build', '--logLevel', 'warn'], {
			env: environmentFor({ questionsDir: resolve(options.dir) }),
			stdio: ['ignore', 'pipe', 'pipe'],
			encoding: 'utf8',
			maxBuffer: 1 << 28
		});
		if (build.status !== 0) {
			process.stderr.write(`${build.stdout ?? ''}${build.stderr ?? ''}`);
			console.error('the build failed; no package was written');
			return 1;
		}
	}
	if (!existsSync(join(site, PLAYER_FILE_LIST))) {
		console.error(
			`${join(site, PLAYER_FILE_LIST)} is missing: build the site first (npm run build), or leave out --no-build`
		);
		return 1;
	}
	const player = await readPlayer(async (path) => new Uint8Array(await readFile(join(site, path))));

	mkdirSync(options.out, { recursive: true });
	for (const { article, quiz } of chosen) {
		const scorm = packScorm(player, article, quiz, options.version);
		const path = join(options.out, scorm.name);
		writeFileSync(path, scorm.zip);
		console.log(
			`${path}  SCORM ${options.version}, ${scorm.files} files, ${(scorm.zip.length / 1024).toFixed(0)} kB`
		);
	}
	return 0;
}

try {
	process.exitCode = await main();
} catch (error) {
	console.error(internalFault(error));
	process.exitCode = 2;
}
