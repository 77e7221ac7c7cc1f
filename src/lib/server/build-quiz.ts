/**
 * Turns a quiz file's data into the built quiz, in two steps that share one result per question:
 * checking (the schema, then each question's quotes and its type's own checks against the article)
 * and building (each question split into its view, safe to show before answering, and its key).
 * Problems are reported on the YAML node that is wrong.
 */
import { triesAllowed } from '../quiz/tries.ts';
import type { Citation, QuestionKey, QuestionType, QuestionView, QuizData } from '../quiz/types.ts';
import { shortHash } from '../text/hash.ts';
import { parseInline } from '../text/inline.ts';
import { normalizeText } from '../text/normalize.ts';
import { typographic } from '../text/typography.ts';
import { diagnostic, type Diagnostic } from './diagnostics.ts';
import { quoteOccurs, resolveQuote, type ArticleIndex } from './evidence.ts';
import { issuesToDiagnostics } from './issues.ts';
import { checkParagraphRefs } from './paragraph-refs.ts';
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

/**
 * Each evidence item with the path of its quote in the file: `evidence: "…"`, `evidence: { quote:
 * "…", paragraph: N }` or a list of either. A problem with the paragraph is reported at the
 * `paragraph:` beside that quote (see resolveEvidence).
 */
function evidenceList(evidence: Evidence): { item: EvidenceItem; path: DataPath }[] {
	const quotePath = (item: EvidenceItem, at: DataPath): DataPath =>
		typeof item === 'string' ? at : [...at, 'quote'];
	if (!Array.isArray(evidence))
		return [{ item: evidence, path: quotePath(evidence, ['evidence']) }];
	return evidence.map((item, index) => ({ item, path: quotePath(item, ['evidence', index]) }));
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

/**
 * Resolves question `number` (its index in the file), runs its type's own checks and checks the ¶
 * numbers its texts mention. `quotes: false` skips the quotes (all are missing: said once).
 */
function resolveQuestion(
	question: QuestionSource,
	number: number,
	index: ArticleIndex,
	source: YamlSource,
	diagnostics: Diagnostic[],
	quotes = true
): ResolvedQuestion {
	const base: DataPath = ['questions', number];
	const found: Diagnostic[] = [];
	const citations = quotes ? resolveEvidence(question.evidence, base, index, source, found) : [];
	diagnostics.push(...found);
	const problems = buildOf(question.type).check?.(question, index) ?? [];
	for (const problem of problems)
		diagnostics.push(diagnosticAtPath(source, [...base, ...problem.path], problem.message));
	// "not cited" needs every quote resolved; that a ¶ exists can be checked regardless
	const cited = quotes && found.length === 0 ? citations : null;
	diagnostics.push(...checkParagraphRefs(question, base, source, paragraphsOf(index), cited));
	return { source: question, citations, evidenceSentences: sentencesOf(index, citations) };
}

const paragraphsOf = (index: ArticleIndex) => index.paragraphs.map((p) => p.paragraph);

function evidenceItems(evidence: Evidence): EvidenceItem[] {
	return Array.isArray(evidence) ? evidence : [evidence];
}

/**
 * Whether a quote that is not in the article is still close to it, like a quote with a typo: at
 * least half of its pairs of neighbouring words are in the article's normalised text.
 */
function nearArticle(item: EvidenceItem, articleText: string): boolean {
	const words = normalizeText(typeof item === 'string' ? item : item.quote)
		.split(' ')
		.filter(Boolean);
	const pairs = words.slice(1).map((word, i) => `${words[i]} ${word}`);
	return (
		pairs.length > 0 &&
		pairs.filter((pair) => articleText.includes(pair)).length * 2 >= pairs.length
	);
}

/**
 * One line instead of one per quote when the quiz's quotes are all missing from its article (a quiz
 * in the wrong folder, or an article replaced by another text): none is found, and hardly any (a
 * fifth at most) is even close, as a quote with a typo would be. Decided by cheap lookups, before
 * any "closest passage" is searched for. A quiz with a single quote gets the usual message.
 */
function allQuotesMissing(
	evidence: readonly Evidence[],
	index: ArticleIndex,
	source: YamlSource
): Diagnostic | undefined {
	const items = evidence.flatMap(evidenceItems);
	if (items.length < 2 || items.some((item) => quoteOccurs(index, item))) return undefined;
	const articleText = index.article.blocks
		.flatMap((block) => (block.kind === 'paragraph' ? [normalizeText(block.text)] : []))
		.join('\n');
	const near = items.filter((item) => nearArticle(item, articleText)).length;
	if (near > items.length / 5) return undefined;
	const title = index.article.title;
	const shortTitle = title.length > 50 ? `${title.slice(0, 49)}…` : title;
	return diagnostic(
		source.path,
		`none of the ${items.length} evidence quotes is in article.md (“${shortTitle}”) — is this quiz in the right folder, or has the article changed?`,
		{ line: 1 + source.lineOffset }
	);
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
			const parsed = questions.map((raw) => ({
				question: questionSchema.safeParse(raw),
				quotes: evidenceSchema.safeParse((raw as { evidence?: unknown } | null)?.evidence)
			}));
			const missing = allQuotesMissing(
				parsed.flatMap((p) => (p.quotes.success ? [p.quotes.data] : [])),
				index,
				source
			);
			if (missing) diagnostics.push(missing);
			for (const [i, { question, quotes }] of parsed.entries()) {
				if (question.success)
					resolveQuestion(question.data, i, index, source, diagnostics, !missing);
				else if (quotes.success && !missing)
					resolveEvidence(quotes.data, ['questions', i], index, source, diagnostics);
			}
		}
		return { diagnostics };
	}
	// without its article (whose own errors are reported) the quotes cannot be checked
	if (!index) return { diagnostics };
	const file = result.data;
	const missing = allQuotesMissing(
		file.questions.map((q) => q.evidence),
		index,
		source
	);
	if (missing) diagnostics.push(missing);
	diagnostics.push(
		...checkParagraphRefs({ description: file.description }, [], source, paragraphsOf(index), null)
	);
	const questions = file.questions.map((question, i) =>
		resolveQuestion(question, i, index, source, diagnostics, !missing)
	);
	return diagnostics.some((d) => d.severity === 'error')
		? { diagnostics }
		: { checked: { file, questions }, diagnostics };
}

function buildQuestion(
	{ source, citations, evidenceSentences }: ResolvedQuestion,
	file: QuizFile
): {
	view: QuestionView;
	key: QuestionKey;
} {
	const version = shortHash(JSON.stringify(source) + JSON.stringify(citations));
	const own = buildOf(source.type).build(source, { evidenceSentences, spelling: file.spelling });
	// the type's own fields after the common ones, as its build step gives them
	const view = {
		id: source.id,
		prompt: parseInline(source.prompt),
		points: source.points,
		...(source.hint !== undefined && { hint: typographic(parseInline(source.hint)) }),
		version,
		attempts: triesAllowed(file.mode, source.attempts, file.attempts),
		type: source.type,
		...own.view
	} as QuestionView;
	const key = {
		explanation: typographic(parseInline(source.explanation)),
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
	const built = resolved.map((question) => buildQuestion(question, file));
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
