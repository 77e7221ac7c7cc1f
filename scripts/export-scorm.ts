/**
 * `npm run export:scorm -- [DIR] [--quiz ARTICLE/QUIZ] [--out FOLDER] [--scorm 1.2|2004] [--no-build]`:
 * one SCORM package (.zip) per quiz, for any LMS (Moodle, Canvas, Blackboard, Brightspace, …).
 * Checks the questions, builds the pages for packages (CLOSE_READER_TARGET=scorm, into .scorm/),
 * then zips each quiz's page with everything it loads and an imsmanifest.xml. `--no-build` packs
 * the last build again (e.g. as SCORM 2004 after 1.2). Exits 1 on any problem, writing nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { config, environmentFor } from '../src/lib/server/config.js';
import { memorySource } from '../src/lib/server/content-source.ts';
import { ContentError, internalFault } from '../src/lib/checker/diagnostics.ts';
import {
	manifest,
	packageFiles,
	packageName,
	zipPackage,
	type PackageQuiz
} from '../src/lib/server/scorm-package.ts';

const USAGE =
	'usage: npm run export:scorm -- [DIR] [--quiz ARTICLE/QUIZ] [--out FOLDER] [--scorm 1.2|2004] [--no-build]';
const SITE = '.scorm/site';

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

function main(): number {
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
	const quizzes: PackageQuiz[] = summaries.flatMap((summary) =>
		(source.article(summary.slug)?.quizzes ?? []).map((quiz) => ({
			article: summary.slug,
			articleTitle: summary.title,
			slug: quiz.slug,
			title: quiz.title,
			mode: quiz.mode,
			...(quiz.passMark !== undefined && { passMark: quiz.passMark }),
			version: quiz.version
		}))
	);
	const chosen = options.quiz
		? quizzes.filter((quiz) => `${quiz.article}/${quiz.slug}` === options.quiz)
		: quizzes;
	if (chosen.length === 0) {
		console.error(
			options.quiz
				? `no quiz '${options.quiz}' in ${options.dir}; its quizzes are: ${quizzes.map((q) => `${q.article}/${q.slug}`).join(', ')}`
				: `${options.dir} has no quizzes`
		);
		return 1;
	}

	if (options.build) {
		console.log(`building the pages for packages (CLOSE_READER_TARGET=scorm) into ${SITE}/ …`);
		// The build's log is kept back unless it fails: it speaks of a website (SvelteKit's "Run npm
		// run preview", the adapter's "Wrote site", the service worker's bundle) and, since this
		// build has its own kit.outDir (svelte.config.js), SvelteKit's advice to extend
		// .scorm/kit/tsconfig.json instead of .svelte-kit's, which SvelteKit offers no way to skip.
		const build = spawnSync(process.execPath, [viteBin(), 'build', '--logLevel', 'warn'], {
			env: environmentFor({ target: 'scorm', questionsDir: resolve(options.dir) }),
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

	mkdirSync(options.out, { recursive: true });
	for (const quiz of chosen) {
		const files = packageFiles(SITE, quiz);
		const zip = zipPackage(SITE, files, manifest(quiz, files, options.version));
		const path = join(options.out, packageName(quiz, options.version));
		writeFileSync(path, zip);
		console.log(
			`${path}  SCORM ${options.version}, ${files.length + 1} files, ${(zip.length / 1024).toFixed(0)} kB`
		);
	}
	return 0;
}

try {
	process.exitCode = main();
} catch (error) {
	console.error(internalFault(error));
	process.exitCode = 2;
}
