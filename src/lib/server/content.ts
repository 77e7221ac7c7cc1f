/**
 * The questions folder, read and checked: walks `questions/` (one folder per article, one YAML file
 * per quiz), reports what is misnamed or misplaced, and hands each article's texts to the check
 * (check-article.ts, which needs no file system). Problems are collected, never thrown one by one,
 * so a teacher sees them all at once.
 */
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import {
	checkArticle,
	type ArticleCheck,
	type ArticleTexts,
	type QuizText
} from '../checker/check-article.ts';
import { config } from './config.js';
import type { ArticleEntry, CheckResult, Content } from '../checker/content-types.ts';
import {
	diagnostic,
	hasErrors,
	internalFault,
	sortDiagnostics,
	type ContentCounts,
	type Diagnostic
} from '../checker/diagnostics.ts';
import { problemsByFile, QUIZ_EXTENSION } from './file-problems.ts';
import { SLUG_PATTERN } from '../checker/schema.ts';

export { ContentError } from '../checker/diagnostics.ts';
export type { Diagnostic } from '../checker/diagnostics.ts';
export type { ArticleEntry, CheckResult, Content, FileProblems } from '../checker/content-types.ts';

const isDraft = (name: string) => name.startsWith('.') || name.startsWith('_');

/** A problem with a file or folder as a whole: reported at its start. */
const problem = (path: string, message: string, severity: Diagnostic['severity'] = 'error') =>
	diagnostic(path, message, { severity });

function sortedEntries(dir: string): Dirent[] {
	return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** An article folder as read: its texts (when it has an article.md) and what is wrong with its names. */
interface FolderRead {
	texts?: ArticleTexts;
	diagnostics: Diagnostic[];
	/** quiz files that could not be read (a fault of ours, reported): they count as quizzes */
	unreadable: number;
}

/** Why a quiz file's name cannot be used, if it cannot. */
function quizNameProblem(name: string, slug: string, taken: readonly QuizText[], article: string) {
	const extension = name.slice(slug.length);
	if (extension !== extension.toLowerCase())
		return `rename '${name}' to '${slug}${extension.toLowerCase()}': the extension must be lowercase`;
	if (!SLUG_PATTERN.test(slug))
		return `quiz file name '${name}' is not a slug: use lowercase words joined by hyphens, ending .yaml (like reading-check.yaml)`;
	if (taken.some((quiz) => quiz.slug === slug))
		return `two quiz files are named '${slug}'; rename one (each becomes the URL /${article}/${slug})`;
	return undefined;
}

function readArticleFolder(dir: string, slug: string): FolderRead {
	const diagnostics: Diagnostic[] = [];
	const quizzes: QuizText[] = [];
	let unreadable = 0;
	let hasArticle = false;
	for (const entry of sortedEntries(dir)) {
		const path = join(dir, entry.name);
		if (isDraft(entry.name)) continue;
		if (entry.isDirectory()) {
			diagnostics.push(
				problem(
					path,
					'folder inside an article folder is ignored; articles sit directly in the questions folder',
					'warning'
				)
			);
		} else if (entry.name === 'article.md') {
			hasArticle = true;
		} else if (QUIZ_EXTENSION.test(entry.name)) {
			const quizSlug = entry.name.replace(QUIZ_EXTENSION, '');
			const wrong = quizNameProblem(entry.name, quizSlug, quizzes, slug);
			if (wrong) diagnostics.push(problem(path, wrong));
			else {
				try {
					quizzes.push({ path, slug: quizSlug, text: readFileSync(path, 'utf8') });
				} catch (error) {
					// our fault, not the teacher's: say so, and go on checking the other files
					diagnostics.push(problem(path, internalFault(error)));
					unreadable++;
				}
			}
		} else if (entry.name.toLowerCase() === 'article.md') {
			diagnostics.push(problem(path, `rename '${entry.name}' to 'article.md' (lowercase)`));
		} else {
			diagnostics.push(
				problem(
					path,
					`'${entry.name}' is ignored: only article.md and quiz files ending .yaml or .yml are read`,
					'warning'
				)
			);
		}
	}
	if (!hasArticle) {
		diagnostics.push(
			problem(dir, `no article.md in '${dir}': every article folder needs exactly one`)
		);
		return { diagnostics, unreadable: 0 };
	}
	const path = join(dir, 'article.md');
	const texts = { slug, path, text: readFileSync(path, 'utf8'), quizzes };
	return { texts, diagnostics, unreadable };
}

/** A top-level entry that is not an article folder: why it is not read. */
function entryProblem(entry: Dirent, path: string) {
	if (!entry.isDirectory())
		return problem(
			path,
			`'${entry.name}' is ignored: put each article in its own folder (questions/<article>/article.md)`,
			'warning'
		);
	if (!SLUG_PATTERN.test(entry.name))
		return problem(
			path,
			`folder name '${entry.name}' is not a slug: use lowercase words joined by hyphens (it becomes the URL)`
		);
	return undefined;
}

/**
 * Checks every file under `dir`, collecting all problems, and builds the site's content when there
 * are none. Never throws for a bad file. `build: false` only checks (the checker has no use for
 * page data, and building it is a third of the work). `onArticle` is handed each article as soon
 * as it is built, with its check, and the article is then not kept (`content.articles` stays
 * empty): the build writes each one out, so its memory holds one article at a time.
 */
export function checkContent(
	dir: string = config.questionsDir,
	{
		build = true,
		onArticle,
		shared
	}: {
		build?: boolean;
		onArticle?: (entry: ArticleEntry, check: ArticleCheck) => void;
		/**
		 * A counter shared by several threads checking `dir` together (Int32Array on shared
		 * memory, starting at 0): each takes the folder's next entry from it as it is free, so the
		 * work is shared as it comes and none waits while another has articles left. Their
		 * diagnostics and counts together are those of one whole check.
		 */
		shared?: Int32Array;
	} = {}
): CheckResult {
	const diagnostics: Diagnostic[] = [];
	const counts: ContentCounts = { articles: 0, quizzes: 0, questions: 0 };
	const articles: ArticleEntry[] = [];
	let taken = 0;
	// the index of the next entry this thread checks: every one in turn, or the next one free
	const take = shared ? () => Atomics.add(shared, 0, 1) : () => taken++;
	try {
		if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
			// reported once, by the first thread to look
			if (take() === 0)
				diagnostics.push(problem(dir, `the questions folder '${dir}' does not exist`));
			return { diagnostics, counts };
		}
		const entries = sortedEntries(dir).filter((entry) => !isDraft(entry.name));
		for (let i = take(); i < entries.length; i = take()) {
			const entry = entries[i]!;
			const path = join(dir, entry.name);
			const wrong = entryProblem(entry, path);
			if (wrong) {
				diagnostics.push(wrong);
				continue;
			}
			const read = readArticleFolder(path, entry.name);
			diagnostics.push(...read.diagnostics);
			counts.quizzes += read.unreadable;
			if (!read.texts) continue;
			const check = checkArticle(read.texts, { build });
			diagnostics.push(...check.diagnostics);
			counts.articles += check.counts.articles;
			counts.quizzes += check.counts.quizzes;
			counts.questions += check.counts.questions;
			if (check.entry && onArticle) onArticle(check.entry, check);
			else if (check.entry) articles.push(check.entry);
		}
	} catch (error) {
		diagnostics.push(problem(dir, internalFault(error)));
	}
	const sorted = sortDiagnostics(diagnostics);
	if (!build) return { diagnostics: sorted, counts };
	const partial: Content = { articles, problems: problemsByFile(dir, sorted) };
	return hasErrors(sorted)
		? { partial, diagnostics: sorted, counts }
		: { content: partial, partial, diagnostics: sorted, counts };
}
