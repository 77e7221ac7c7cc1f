/**
 * The checker's own CPU time, in process, for profiling and A/B trials of its hot path (#25):
 * `tsx bench/checker-cpu.ts DIR [rounds]` writes the bench's two corpora under DIR when they are
 * missing (the 50 long reads and the Wikipedia-shaped library, as the content section writes them),
 * reads every file first, then checks each article with `checkArticle(…, { build: false })` as
 * `npm run check:questions` does, and prints the CPU time (`process.cpuUsage`) of each round; and
 * that of the floor (`yaml.parse` of the same quiz texts) beside it. Bundle it with esbuild to
 * compare two versions of the checker in turn; run it under `node --cpu-prof` to profile.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkArticle, type ArticleTexts } from '../src/lib/checker/check-article.ts';
import { LONG_READ, writeLibrary } from './lib/generate.ts';
import { writeWikiLibrary } from './lib/wiki-corpus.ts';

const [dir, roundsArg = '3'] = process.argv.slice(2);
if (!dir) {
	console.error('usage: tsx bench/checker-cpu.ts DIR [rounds]');
	process.exit(2);
}
const corpora = { synthetic: join(dir, 'content-50'), wiki: join(dir, 'content-wiki') };
if (!existsSync(corpora.synthetic))
	writeLibrary(corpora.synthetic, {
		articles: 50,
		quizzesPerArticle: 10,
		questionsPerQuiz: 20,
		article: LONG_READ,
		seed: 50
	});
if (!existsSync(corpora.wiki)) writeWikiLibrary(corpora.wiki);

function read(library: string): ArticleTexts[] {
	return readdirSync(library)
		.sort()
		.map((slug) => {
			const folder = join(library, slug);
			const quizzes = readdirSync(folder)
				.filter((name) => name.endsWith('.yaml'))
				.sort()
				.map((name) => ({
					path: join(folder, name),
					slug: name.replace(/\.yaml$/, ''),
					text: readFileSync(join(folder, name), 'utf8')
				}));
			const path = join(folder, 'article.md');
			return { slug, path, text: readFileSync(path, 'utf8'), quizzes };
		});
}

const cpuMs = (work: () => void) => {
	const before = process.cpuUsage();
	work();
	const { user, system } = process.cpuUsage(before);
	return Math.round((user + system) / 1000);
};

// CHECKER_CPU_ONLY=synthetic|wiki: one corpus; CHECKER_CPU_NO_FLOOR=1: the checker alone (to profile it)
const only = process.env.CHECKER_CPU_ONLY;
for (const [name, library] of Object.entries(corpora)) {
	if (only && only !== name) continue;
	const articles = read(library);
	const rounds: number[] = [];
	const floors: number[] = [];
	let problems = 0;
	for (let round = 0; round < Number(roundsArg); round++) {
		if (!process.env.CHECKER_CPU_NO_FLOOR)
			floors.push(
				cpuMs(() => {
					for (const article of articles) for (const quiz of article.quizzes) parse(quiz.text);
				})
			);
		rounds.push(
			cpuMs(() => {
				problems = 0;
				for (const article of articles)
					problems += checkArticle(article, { build: false }).diagnostics.length;
			})
		);
	}
	console.log(
		`${name}: checker ${rounds.join(' ')} ms; floor ${floors.join(' ')} ms; ${problems} problems`
	);
}
