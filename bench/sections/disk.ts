/**
 * What a quiz costs on the host: the build of a generated library (10 quizzes an article, 20
 * questions of all nine types each) split by kind of file, and each quiz page by part, per quiz;
 * against the goal of 60 kB of build/ a quiz (issue #25: 15,000 quizzes within GitHub Pages' 1 GB).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DISK_KINDS, diskUsage, libraryQuizzes } from '../lib/disk-usage.ts';
import { QUIZZES_PER_ARTICLE, quizLibrary, writeLibrary } from '../lib/generate.ts';
import { count, kb, verdict, type Table } from '../lib/report.ts';
import { buildSite, type Context } from '../context.ts';

const GOAL_BYTES = 60_000;

export async function disk(context: Context): Promise<Table[]> {
	const quizzes = Number(process.env.BENCH_DISK_QUIZZES ?? 100);
	const library = join(context.work, `disk-${quizzes}`);
	rmSync(library, { recursive: true, force: true });
	writeLibrary(library, quizLibrary(quizzes));
	context.log(`disk: building ${count(quizzes)} quizzes`);
	const { out } = await buildSite(context, library, { timeoutMs: 20 * 60_000 });
	const usage = diskUsage(out, libraryQuizzes(library));
	rmSync(library, { recursive: true, force: true });
	const perQuiz = (bytes: number) => bytes / usage.quizzes;
	const share = (bytes: number) => `${Math.round((bytes / usage.total) * 100)}%`;
	const rows = DISK_KINDS.map((kind) => [
		kind,
		kb(perQuiz(usage.bytes[kind])),
		share(usage.bytes[kind])
	]);
	rows.push(['total', kb(perQuiz(usage.total)), '100%']);
	return [
		{
			title: 'Disk: what a quiz costs on the host',
			intro:
				`The build of a generated library of ${count(quizzes)} quizzes (${QUIZZES_PER_ARTICLE} an ` +
				`article, each of 20 questions of all nine types, on articles the size of the shipped ` +
				`one), every file of build/ by kind, divided by the quizzes: a quiz's own files, each quiz ` +
				`page's HTML by part, and what an article's quizzes share (its article.json, its page) ` +
				`and what the whole site shares (_app/, the library page, the service worker), each ` +
				`shared out among the quizzes. The shared parts shrink per quiz as a library grows. A default ` +
				`build has no teacher pages (only one with TEACHER_VIEW=1 has).`,
			head: ['kind', 'per quiz', 'share'],
			rows,
			notes: [
				`Goal: at most 60 kB of build/ a quiz: ${verdict(perQuiz(usage.total) <= GOAL_BYTES)} (${kb(perQuiz(usage.total))}; the site's shared files ${kb(perQuiz(usage.bytes["site's shared files (_app/, the library, the service worker), per quiz"]))} of it, which a larger library divides further).`
			]
		}
	];
}
