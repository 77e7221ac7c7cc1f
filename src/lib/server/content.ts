/**
 * The build-time content pipeline: reads `questions/` (one folder per article, one YAML file per
 * quiz), checks every file and builds what the routes render. Problems are collected, never thrown
 * one by one, so a teacher sees them all at once.
 */
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ArticleSummary, QuizData } from '../quiz/types.ts';
import type { Article } from '../text/article.ts';
import { parseArticle } from './article.ts';
import { buildQuiz, checkQuizData } from './build-quiz.ts';
import {
	ContentError,
	diagnostic,
	hasErrors,
	internalFault,
	sortDiagnostics,
	type ContentCounts,
	type Diagnostic
} from './diagnostics.ts';
import { indexArticle, type ArticleIndex } from './evidence.ts';
import { SLUG_PATTERN } from './schema.ts';
import { parseYaml } from './yaml-source.ts';

export { ContentError } from './diagnostics.ts';
export type { Diagnostic } from './diagnostics.ts';

export interface ArticleEntry {
	article: Article;
	summary: ArticleSummary;
	quizzes: QuizData[];
}

/**
 * A file (or folder) with problems, and the page it belongs to: the dev server shows a broken
 * quiz's problems on its page and keeps every other page working.
 */
export interface FileProblems {
	path: string;
	/** the slug of the article folder it is in (or is), when that folder has a usable name */
	article?: string;
	/** the quiz's slug, when it is a quiz file with a usable name */
	quiz?: string;
	/** the article itself (its article.md, or its folder) or one of its quizzes break their pages */
	role: 'article' | 'quiz' | 'other';
	diagnostics: Diagnostic[];
}

export interface Content {
	articles: ArticleEntry[];
	/** every file with errors or warnings, by file (empty when all is well) */
	problems: FileProblems[];
}

export interface CheckResult {
	/** undefined when any file has an error, or when only checking (`build: false`) */
	content?: Content;
	/** what did build, with the problems of what did not (`build: true` only): the dev server's site */
	partial?: Content;
	diagnostics: Diagnostic[];
	counts: ContentCounts;
}

/** The questions folder: QUESTIONS_DIR (e.g. to build against a test folder) or `questions`. */
export function defaultQuestionsDir(): string {
	return process.env.QUESTIONS_DIR || 'questions';
}

const QUIZ_EXTENSION = /\.ya?ml$/i;
const isDraft = (name: string) => name.startsWith('.') || name.startsWith('_');

/** A problem with a file or folder as a whole: reported at its start. */
const problem = (path: string, message: string, severity: Diagnostic['severity'] = 'error') =>
	diagnostic(path, message, { severity });

function sortedEntries(dir: string): Dirent[] {
	return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
}

/**
 * Checks a quiz file's text against its article (when the article parsed) and builds it (the
 * property-based tests feed it texts directly).
 */
export function checkQuizText(
	text: string,
	path: string,
	quizSlug: string,
	articleSlug: string,
	index: ArticleIndex | undefined,
	diagnostics: Diagnostic[],
	counts: ContentCounts,
	build: boolean
): QuizData | undefined {
	const yaml = parseYaml(text, path);
	diagnostics.push(...yaml.diagnostics);
	if (yaml.data === undefined || yaml.data === null) {
		if (!hasErrors(yaml.diagnostics))
			diagnostics.push(problem(path, 'the quiz file is empty: give it a title and questions'));
		return undefined;
	}
	const questions =
		typeof yaml.data === 'object' ? (yaml.data as { questions?: unknown }).questions : undefined;
	if (Array.isArray(questions)) counts.questions += questions.length;
	const { checked, diagnostics: found } = checkQuizData(yaml.data, yaml.source, index);
	diagnostics.push(...found);
	return checked && build ? buildQuiz(checked, quizSlug, articleSlug) : undefined;
}

function checkArticleFolder(
	dir: string,
	slug: string,
	diagnostics: Diagnostic[],
	counts: ContentCounts,
	build: boolean
): ArticleEntry | undefined {
	const quizFiles: { slug: string; path: string }[] = [];
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
			const extension = entry.name.slice(quizSlug.length);
			if (extension !== extension.toLowerCase()) {
				diagnostics.push(
					problem(
						path,
						`rename '${entry.name}' to '${quizSlug}${extension.toLowerCase()}': the extension must be lowercase`
					)
				);
			} else if (!SLUG_PATTERN.test(quizSlug)) {
				diagnostics.push(
					problem(
						path,
						`quiz file name '${entry.name}' is not a slug: use lowercase words joined by hyphens, ending .yaml (like reading-check.yaml)`
					)
				);
			} else if (quizFiles.some((quiz) => quiz.slug === quizSlug)) {
				diagnostics.push(
					problem(
						path,
						`two quiz files are named '${quizSlug}'; rename one (each becomes the URL /${slug}/${quizSlug})`
					)
				);
			} else quizFiles.push({ slug: quizSlug, path });
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
		return undefined;
	}
	const articlePath = join(dir, 'article.md');
	const parsed = parseArticle(readFileSync(articlePath, 'utf8'), slug, articlePath);
	diagnostics.push(...parsed.diagnostics);
	counts.articles++;
	const index = parsed.article ? indexArticle(parsed.article) : undefined;
	const quizzes: QuizData[] = [];
	for (const file of quizFiles) {
		counts.quizzes++;
		try {
			const text = readFileSync(file.path, 'utf8');
			const quiz = checkQuizText(
				text,
				file.path,
				file.slug,
				slug,
				index,
				diagnostics,
				counts,
				build
			);
			if (quiz) quizzes.push(quiz);
		} catch (error) {
			// our fault, not the teacher's: say so, and go on checking the other files
			diagnostics.push(problem(file.path, internalFault(error)));
		}
	}
	if (!parsed.article) return undefined;
	const { blocks, ...meta } = parsed.article;
	const summary: ArticleSummary = {
		...meta,
		paragraphCount: blocks.filter((block) => block.kind === 'paragraph').length,
		quizzes: quizzes.map(({ slug, title, description, mode, questionCount, points }) => ({
			slug,
			title,
			...(description !== undefined && { description }),
			mode,
			questionCount,
			points
		}))
	};
	return { article: parsed.article, summary, quizzes };
}

/**
 * Checks every file under `dir`, collecting all problems, and builds the site's content when there
 * are none. Never throws for a bad file. `build: false` only checks (the checker has no use for
 * page data, and building it is a third of the work). `onArticle` is handed each article as soon
 * as it is built, which is then not kept (`content.articles` stays empty): the build writes each one
 * out, so its memory holds one article at a time, however large the library.
 */
export function checkContent(
	dir: string = defaultQuestionsDir(),
	{
		build = true,
		onArticle,
		part
	}: {
		build?: boolean;
		onArticle?: (entry: ArticleEntry) => void;
		/**
		 * Check only part `index` of `of` (article folders in turn, in equal runs; what else is in
		 * `dir` is part 0's), so that several threads can share a large library: their diagnostics
		 * and counts together are those of one whole check.
		 */
		part?: { index: number; of: number };
	} = {}
): CheckResult {
	const diagnostics: Diagnostic[] = [];
	const counts: ContentCounts = { articles: 0, quizzes: 0, questions: 0 };
	const articles: ArticleEntry[] = [];
	try {
		if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
			if (!part || part.index === 0)
				diagnostics.push(problem(dir, `the questions folder '${dir}' does not exist`));
			return { diagnostics, counts };
		}
		const entries = sortedEntries(dir).filter((entry) => !isDraft(entry.name));
		// article folders in equal runs, one run per part; anything else is part 0's to report
		const partOf = (i: number) => (part ? Math.floor((i * part.of) / entries.length) : 0);
		for (const [i, entry] of entries.entries()) {
			const path = join(dir, entry.name);
			const articleFolder = entry.isDirectory() && SLUG_PATTERN.test(entry.name);
			if (part && (articleFolder ? partOf(i) : 0) !== part.index) continue;
			if (!entry.isDirectory()) {
				diagnostics.push(
					problem(
						path,
						`'${entry.name}' is ignored: put each article in its own folder (questions/<article>/article.md)`,
						'warning'
					)
				);
				continue;
			}
			if (!SLUG_PATTERN.test(entry.name)) {
				diagnostics.push(
					problem(
						path,
						`folder name '${entry.name}' is not a slug: use lowercase words joined by hyphens (it becomes the URL)`
					)
				);
				continue;
			}
			const article = checkArticleFolder(path, entry.name, diagnostics, counts, build);
			if (article && onArticle) onArticle(article);
			else if (article) articles.push(article);
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

/** The diagnostics grouped by file, each file placed in its article folder and quiz when it has them. */
function problemsByFile(dir: string, diagnostics: readonly Diagnostic[]): FileProblems[] {
	const byPath = new Map<string, FileProblems>();
	for (const d of diagnostics) {
		let entry = byPath.get(d.path);
		if (!entry) {
			const [folder, file, ...deeper] = relative(dir, d.path).split(sep);
			const article = folder && SLUG_PATTERN.test(folder) ? folder : undefined;
			const quizSlug = file?.replace(QUIZ_EXTENSION, '');
			const quiz =
				article &&
				quizSlug &&
				quizSlug !== file &&
				deeper.length === 0 &&
				SLUG_PATTERN.test(quizSlug)
					? quizSlug
					: undefined;
			const role = quiz
				? 'quiz'
				: article && (!file || file === 'article.md')
					? 'article'
					: 'other';
			entry = {
				path: d.path,
				...(article && { article }),
				...(quiz && { quiz }),
				role,
				diagnostics: []
			};
			byPath.set(d.path, entry);
		}
		entry.diagnostics.push(d);
	}
	return [...byPath.values()];
}

// On globalThis: the Vite plugin and the server-rendered routes load this module separately, and a
// change under questions/ must clear the cache both of them see.
const CACHE_KEY = Symbol.for('close-reader.content-cache');
const cache: Map<string, Content> = ((globalThis as Record<symbol, unknown>)[CACHE_KEY] ??= new Map<
	string,
	Content
>()) as Map<string, Content>;

/**
 * The built content of `dir`, read once per process; throws ContentError listing every problem.
 * `allowBroken` (the dev server) gives what built instead, with the problems of the files that did
 * not, so that one broken file breaks only its own page.
 */
export function loadContent(
	dir: string = defaultQuestionsDir(),
	{ allowBroken = false }: { allowBroken?: boolean } = {}
): Content {
	const key = allowBroken ? `${dir}\0partial` : dir;
	const cached = cache.get(key);
	if (cached) return cached;
	const result = checkContent(dir);
	const content = allowBroken ? result.partial : result.content;
	if (!content) throw new ContentError(result.counts, result.diagnostics);
	cache.set(key, content);
	return content;
}

/** Forget what was read (dev server: a file under questions/ changed). */
export function clearContentCache(): void {
	cache.clear();
}

export function getArticle(slug: string, dir?: string): ArticleEntry | undefined {
	return loadContent(dir).articles.find((entry) => entry.article.slug === slug);
}

export function getQuiz(articleSlug: string, quizSlug: string, dir?: string): QuizData | undefined {
	return getArticle(articleSlug, dir)?.quizzes.find((quiz) => quiz.slug === quizSlug);
}
