/**
 * Turns a quiz file's data into the built quiz, in two steps that share one result per question:
 * checking (the schema, then each question's quotes and its type's own checks against the article)
 * and building (each question split into its view, safe to show before answering, and its key).
 * Problems are reported on the YAML node that is wrong.
 */
import type { Citation, QuestionKey, QuestionType, QuestionView, QuizData } from '../quiz/types.ts';
import { shortHash } from '../text/hash.ts';
import { parseInline } from '../text/inline.ts';
import type { Diagnostic } from './diagnostics.ts';
import { resolveQuote, type ArticleIndex } from './evidence.ts';
import { issuesToDiagnostics } from './issues.ts';
import type { ArticleFacts, BuildContext, QuestionProblem } from './question-build.ts';
import { questionBuilds } from './question-types.ts';
import {
	evidence as evidenceSchema,
	questionSchema,
	quizSchema,
	type Evidence,
	type EvidenceItem,
	type QuestionSource,
	type QuizFile
} from './schema.ts';
import { diagnosticAtPath, type DataPath, type YamlSource } from './yaml-source.ts';

/** A question whose evidence is resolved: found by checking, used by building. */
export interface ResolvedQuestion {
	source: QuestionSource;
	citations: Citation[];
	/** the article's sentences that the citations overlap, in article order */
	evidenceSentences: string[];
}

/** A quiz file that passed every check, with each question resolved. */
export interface CheckedQuiz {
	file: QuizFile;
	questions: ResolvedQuestion[];
}

/**
 * The build step of a question's type. TypeScript cannot tie a source of the union to its row of
 * the registry; the row is looked up by the source's own `type`, which is what pairs them.
 */
interface AnyQuestionBuild {
	build(source: QuestionSource, context: BuildContext): { view: object; key: object };
	check?(source: QuestionSource, article: ArticleFacts): QuestionProblem[];
}
const buildOf = (type: QuestionType): AnyQuestionBuild =>
	questionBuilds[type] as unknown as AnyQuestionBuild;

function evidenceList(evidence: Evidence): { item: EvidenceItem; path: DataPath }[] {
	if (!Array.isArray(evidence)) return [{ item: evidence, path: ['evidence'] }];
	return evidence.map((item, index) => ({
		item,
		path: typeof item === 'string' ? ['evidence', index] : ['evidence', index, 'quote']
	}));
}

/** Sentences of the article that a citation overlaps, in article order. */
function sentencesOf(index: ArticleIndex, citations: Citation[]): string[] {
	const ids: string[] = [];
	for (const { paragraph } of index.paragraphs) {
		// only the cited paragraphs' sentences: a long read has hundreds
		const here = citations.filter((c) => c.paragraph === paragraph.n);
		if (here.length === 0) continue;
		for (const sentence of paragraph.sentences) {
			if (here.some((c) => c.start < sentence.end && c.end > sentence.start)) ids.push(sentence.id);
		}
	}
	return ids;
}

/** Resolves evidence quotes to citations; the ones that do not resolve are reported into `diagnostics`. */
function resolveEvidence(
	evidence: Evidence,
	base: DataPath,
	index: ArticleIndex,
	source: YamlSource,
	diagnostics: Diagnostic[]
): Citation[] {
	const citations: Citation[] = [];
	for (const { item, path } of evidenceList(evidence)) {
		const resolution = resolveQuote(index, item);
		if (resolution.ok) citations.push(resolution.citation);
		else {
			const at = resolution.at === 'paragraph' ? [...path.slice(0, -1), 'paragraph'] : path;
			diagnostics.push(diagnosticAtPath(source, [...base, ...at], resolution.message));
		}
	}
	return citations;
}

/** Resolves question `number` (its index in the file) and runs its type's own checks. */
function resolveQuestion(
	question: QuestionSource,
	number: number,
	index: ArticleIndex,
	source: YamlSource,
	diagnostics: Diagnostic[]
): ResolvedQuestion {
	const base: DataPath = ['questions', number];
	const citations = resolveEvidence(question.evidence, base, index, source, diagnostics);
	const problems = buildOf(question.type).check?.(question, index) ?? [];
	for (const problem of problems)
		diagnostics.push(diagnosticAtPath(source, [...base, ...problem.path], problem.message));
	return { source: question, citations, evidenceSentences: sentencesOf(index, citations) };
}

/**
 * Checks the data of a quiz file: the schema, then (with its article's index) every question's
 * quotes. A file with a schema problem still gets the quotes of its valid questions checked, so a
 * teacher sees every problem at once. `checked` is set only when nothing is wrong.
 */
export function checkQuizData(
	data: unknown,
	source: YamlSource,
	index: ArticleIndex | undefined
): { checked?: CheckedQuiz; diagnostics: Diagnostic[] } {
	const diagnostics: Diagnostic[] = [];
	const result = quizSchema.safeParse(data);
	if (!result.success) {
		diagnostics.push(...issuesToDiagnostics(result.error.issues, source, data, quizSchema));
		const questions = (data as { questions?: unknown } | null)?.questions;
		if (index && Array.isArray(questions)) {
			for (const [i, raw] of questions.entries()) {
				const question = questionSchema.safeParse(raw);
				if (question.success) resolveQuestion(question.data, i, index, source, diagnostics);
				else {
					const quotes = evidenceSchema.safeParse((raw as { evidence?: unknown } | null)?.evidence);
					if (quotes.success)
						resolveEvidence(quotes.data, ['questions', i], index, source, diagnostics);
				}
			}
		}
		return { diagnostics };
	}
	// without its article (whose own errors are reported) the quotes cannot be checked
	if (!index) return { diagnostics };
	const questions = result.data.questions.map((question, i) =>
		resolveQuestion(question, i, index, source, diagnostics)
	);
	return diagnostics.length > 0
		? { diagnostics }
		: { checked: { file: result.data, questions }, diagnostics };
}

function buildQuestion({ source, citations, evidenceSentences }: ResolvedQuestion): {
	view: QuestionView;
	key: QuestionKey;
} {
	const version = shortHash(JSON.stringify(source) + JSON.stringify(citations));
	const own = buildOf(source.type).build(source, { evidenceSentences });
	// the type's own fields after the common ones, as its build step gives them
	const view = {
		id: source.id,
		prompt: parseInline(source.prompt),
		points: source.points,
		...(source.hint !== undefined && { hint: parseInline(source.hint) }),
		version,
		type: source.type,
		...own.view
	} as QuestionView;
	const key = {
		explanation: parseInline(source.explanation),
		citations,
		evidenceSentences,
		type: source.type,
		...own.key
	} as QuestionKey;
	return { view, key };
}

/** The built quiz of a file that `checkQuizData` found no problem in. */
export function buildQuiz(
	{ file, questions: resolved }: CheckedQuiz,
	slug: string,
	articleSlug: string
): QuizData {
	const built = resolved.map(buildQuestion);
	const keys: Record<string, QuestionKey> = {};
	for (const { view, key } of built) keys[view.id] = key;
	const questions = built.map((b) => b.view);
	return {
		slug,
		title: file.title,
		...(file.description !== undefined && { description: parseInline(file.description) }),
		mode: file.mode,
		questionCount: questions.length,
		points: questions.reduce((sum, q) => sum + q.points, 0),
		article: articleSlug,
		shuffle: file.shuffle,
		...(file.passMark !== undefined && { passMark: file.passMark }),
		questions,
		version: shortHash(questions.map((q) => q.version).join(' ')),
		keys
	};
}
