/**
 * Where a built site's bytes go, by kind, for the disk section: every file of build/ counted once,
 * each quiz page's HTML split into its parts (the static article, the stylesheets written in, the
 * data SvelteKit inlines, the rest), and what several quizzes share (an article's files, the app)
 * divided among them.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The kinds, in the order the table lists them. */
export const DISK_KINDS = [
	'quiz page: static article',
	'quiz page: stylesheets written in',
	'quiz page: inlined fetches (its data files)',
	"quiz page: SvelteKit's start script (with the page's data)",
	"quiz page: the rest (the quiz's markup, the head)",
	"quiz's data (quiz.json, or SvelteKit's __data.json)",
	"quiz's key.json",
	'teacher page (HTML and data)',
	"article's shared files (article.json, its page and data), per quiz",
	"site's shared files (_app/, the library, the service worker), per quiz"
] as const;
export type DiskKind = (typeof DISK_KINDS)[number];

/** The element `open` starts at `at` (a `<div`), to its matching `</div>`: its length. */
function divLength(html: string, at: number): number {
	const tags = /<(\/?)div\b/g;
	tags.lastIndex = at;
	let depth = 0;
	for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
		depth += tag[1] ? -1 : 1;
		if (depth === 0) return html.indexOf('>', tag.index) + 1 - at;
	}
	return html.length - at;
}

const sum = (matches: Iterable<RegExpMatchArray>) =>
	[...matches].reduce((total, match) => total + Buffer.byteLength(match[0]), 0);

/** A quiz page's bytes by part (UTF-8). */
export function quizPageParts(html: string): Partial<Record<DiskKind, number>> {
	const slot = html.indexOf('<div class="article-slot"');
	const article = slot < 0 ? 0 : Buffer.byteLength(html.slice(slot, slot + divLength(html, slot)));
	const styles = sum(html.matchAll(/<style[^>]*>[\s\S]*?<\/style>/g));
	const fetched = sum(html.matchAll(/<script[^>]*data-sveltekit-fetched[^>]*>[\s\S]*?<\/script>/g));
	const start = sum(
		[...html.matchAll(/<script>[\s\S]*?<\/script>/g)].filter((m) => m[0].includes('__sveltekit_'))
	);
	const total = Buffer.byteLength(html);
	return {
		'quiz page: static article': article,
		'quiz page: stylesheets written in': styles,
		'quiz page: inlined fetches (its data files)': fetched,
		"quiz page: SvelteKit's start script (with the page's data)": start,
		"quiz page: the rest (the quiz's markup, the head)": total - article - styles - fetched - start
	};
}

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

export interface DiskUsage {
	quizzes: number;
	/** bytes of the whole build, per kind, each file once (a shared file's whole size) */
	bytes: Record<DiskKind, number>;
	total: number;
}

/**
 * The bytes of the site built in `out` from the library `quizzes` lists (`article/quiz` each), by
 * kind. A file no kind claims (e.g. a quiz page of a slug that is not listed) counts as the site's.
 */
export function diskUsage(out: string, quizzes: readonly string[]): DiskUsage {
	const bytes = Object.fromEntries(DISK_KINDS.map((kind) => [kind, 0])) as Record<DiskKind, number>;
	const quizSet = new Set(quizzes);
	const articles = new Set(quizzes.map((quiz) => quiz.split('/')[0]!));
	let total = 0;
	for (const file of files(out)) {
		const size = statSync(join(out, file)).size;
		total += size;
		const parts = file.split('/');
		const [first, second, third] = parts;
		const quiz = `${first}/${(second ?? '').replace(/\.html$/, '')}`;
		if (parts.length === 2 && second!.endsWith('.html') && quizSet.has(quiz)) {
			for (const [kind, part] of Object.entries(
				quizPageParts(readFileSync(join(out, file), 'utf8'))
			))
				bytes[kind as DiskKind] += part;
		} else if (parts.length >= 3 && quizSet.has(`${first}/${second}`)) {
			if ((third === '__data.json' || third === 'quiz.json') && parts.length === 3)
				bytes["quiz's data (quiz.json, or SvelteKit's __data.json)"] += size;
			else if (third === 'key.json') bytes["quiz's key.json"] += size;
			else if (third?.startsWith('teacher')) bytes['teacher page (HTML and data)'] += size;
			else bytes["site's shared files (_app/, the library, the service worker), per quiz"] += size;
		} else if (articles.has(first!.replace(/\.html$/, '')) && parts.length <= 2)
			bytes["article's shared files (article.json, its page and data), per quiz"] += size;
		else bytes["site's shared files (_app/, the library, the service worker), per quiz"] += size;
	}
	return { quizzes: quizzes.length, bytes, total };
}

/** `article/quiz` of every quiz file in a questions folder. */
export function libraryQuizzes(questions: string): string[] {
	return readdirSync(questions, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.flatMap((article) =>
			readdirSync(join(questions, article.name))
				.filter((name) => /\.ya?ml$/.test(name))
				.map((name) => `${article.name}/${name.replace(/\.ya?ml$/, '')}`)
		);
}
