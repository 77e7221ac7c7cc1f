/**
 * The check of one article and its quizzes, from their texts alone: no file system and no Node API,
 * so that the same check runs in a build, on the dev server and in a browser. Every problem is
 * returned as data (`diagnostics`), none thrown; reading the folder is content.ts's job.
 */
import type { ArticleSummary, QuizData } from '../quiz/types.ts';
import type { Article } from '../text/article.ts';
import { shortHash } from '../text/hash.ts';
import { invisibleWarnings, parseArticle } from './article.ts';
import { buildQuiz, checkQuizData, type CheckedQuiz } from './build-quiz.ts';
import type { ArticleEntry } from './content-types.ts';
import {
	diagnostic,
	hasErrors,
	internalFault,
	type ContentCounts,
	type Diagnostic
} from './diagnostics.ts';
import { indexArticle, type ArticleIndex } from './evidence.ts';
import { isMissingParagraph, pastedParagraphPointer } from './line-breaks.ts';
import { parseYaml } from './yaml-source.ts';

/** A quiz file's text, with the path its problems are reported at and its slug (its URL). */
export interface QuizText {
	path: string;
	slug: string;
	text: string;
}

/** An article's texts: its article.md (with its path) and its quiz files. */
export interface ArticleTexts {
	slug: string;
	path: string;
	text: string;
	quizzes: readonly QuizText[];
}

/** What the check of one quiz file found. */
export interface QuizCheck {
	path: string;
	slug: string;
	/** the teacher's questions with their resolved citations, when the file has no error */
	checked?: CheckedQuiz;
	/** the built quiz, when the file has no error and building was asked for */
	quiz?: QuizData;
	diagnostics: Diagnostic[];
	/** how many questions the file lists, whether or not they are right */
	questions: number;
}

/** What the check of one article and its quizzes found. */
export interface ArticleCheck {
	/** the article with its built quizzes, when article.md is right */
	entry?: ArticleEntry;
	quizzes: QuizCheck[];
	/** the article's and every quiz's problems */
	diagnostics: Diagnostic[];
	counts: ContentCounts;
}

/** What a quiz is checked against: its article's slug and (when the article is right) its index. */
export interface QuizContext {
	article: string;
	index: ArticleIndex | undefined;
	/** build the quiz too (the checker alone has no use for page data) */
	build: boolean;
}

/**
 * Checks a quiz file's text against its article (when the article parsed) and, when it is right
 * and `build` is set, builds it.
 */
export function checkQuizText({ path, slug, text }: QuizText, context: QuizContext): QuizCheck {
	const yaml = parseYaml(text, path);
	const diagnostics = [...invisibleWarnings(text, path), ...yaml.diagnostics];
	if (yaml.data === undefined || yaml.data === null) {
		if (!hasErrors(yaml.diagnostics))
			diagnostics.push(diagnostic(path, 'the quiz file is empty: give it a title and questions'));
		return { path, slug, diagnostics, questions: 0 };
	}
	const listed =
		typeof yaml.data === 'object' ? (yaml.data as { questions?: unknown }).questions : undefined;
	const questions = Array.isArray(listed) ? listed.length : 0;
	const { checked, diagnostics: found } = checkQuizData(yaml.data, yaml.source, context.index);
	diagnostics.push(...found);
	if (!checked) return { path, slug, diagnostics, questions };
	// the file's own hash: a handed-in results file names it, so the class view knows a changed quiz
	const quiz = context.build
		? { ...buildQuiz(checked, slug, context.article), fileHash: shortHash(text) }
		: undefined;
	return { path, slug, checked, ...(quiz && { quiz }), diagnostics, questions };
}

/** The check of a quiz that failed through a fault of ours: said as such, and the others go on. */
function faulty({ path, slug }: QuizText, error: unknown): QuizCheck {
	return { path, slug, diagnostics: [diagnostic(path, internalFault(error))], questions: 0 };
}

/**
 * A quiz's check whose "the article has no ¶N" errors point at the article's paragraph that looks
 * like several: the teacher fixes article.md once, not each ¶ number of the quiz.
 */
function pointedAt(check: QuizCheck, pointer: string): QuizCheck {
	const diagnostics = check.diagnostics.map((d) =>
		isMissingParagraph(d.message) ? { ...d, message: `${d.message}; ${pointer}` } : d
	);
	return { ...check, diagnostics };
}

/**
 * The article's summary for the library: its front matter (not its text, nor its glossary), its
 * length, its quizzes in brief.
 */
function summaryOf(
	{ blocks, glossary: _glossary, ...meta }: Article,
	quizzes: readonly QuizData[]
): ArticleSummary {
	return {
		...meta,
		paragraphCount: blocks.filter((block) => block.kind === 'paragraph').length,
		quizzes: quizzes.map(({ slug, title, description, mode, questionCount, points, pool }) => ({
			slug,
			title,
			...(description !== undefined && { description }),
			mode,
			questionCount,
			points,
			...(pool && { pool })
		}))
	};
}

/**
 * Checks an article and each of its quizzes against it, and (unless `build: false`) builds the
 * ones that are right. A quiz whose article has errors is still checked, all but its quotes.
 */
export function checkArticle(
	texts: ArticleTexts,
	{ build = true }: { build?: boolean } = {}
): ArticleCheck {
	const parsed = parseArticle(texts.text, texts.slug, texts.path);
	const index = parsed.article ? indexArticle(parsed.article) : undefined;
	const context: QuizContext = { article: texts.slug, index, build };
	const pasted = parsed.pasted?.[0];
	const quizzes = texts.quizzes.map((quiz) => {
		try {
			const check = checkQuizText(quiz, context);
			return pasted ? pointedAt(check, pastedParagraphPointer(pasted)) : check;
		} catch (error) {
			return faulty(quiz, error);
		}
	});
	const diagnostics = [...parsed.diagnostics, ...quizzes.flatMap((quiz) => quiz.diagnostics)];
	const counts: ContentCounts = {
		articles: 1,
		quizzes: quizzes.length,
		questions: quizzes.reduce((sum, quiz) => sum + quiz.questions, 0)
	};
	if (!parsed.article) return { quizzes, diagnostics, counts };
	const built = quizzes.flatMap((quiz) => (quiz.quiz ? [quiz.quiz] : []));
	const entry: ArticleEntry = {
		article: parsed.article,
		summary: summaryOf(parsed.article, built),
		quizzes: built
	};
	return { entry, quizzes, diagnostics, counts };
}
