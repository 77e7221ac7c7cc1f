/**
 * Turns a quiz file's data into the built quiz, in two steps that share one result per question:
 * checking (the schema, then each question's quotes and its type's own checks against the article)
 * and building (each question split into its view, safe to show before answering, and its key).
 * Problems are reported on the YAML node that is wrong.
 */
import { drawSize } from '../quiz/pool.ts';
import { triesAllowed } from '../quiz/tries.ts';
import type { Citation, QuestionKey, QuestionType, QuestionView, QuizData } from '../quiz/types.ts';
import { shortHash } from '../text/hash.ts';
import { parseInline } from '../text/inline.ts';
import { typographic } from '../text/typography.ts';
import type { Diagnostic } from './diagnostics.ts';
import { resolveQuote, type ArticleIndex } from './evidence.ts';
import { issuesToDiagnostics } from './issues.ts';
import { checkAfter, layoutOf } from './guided-layout.ts';
import { allQuotesMissing } from './missing-quotes.ts';
import { parseNumbersAsText } from './numbers-as-text.ts';
import { checkParagraphRefs } from './paragraph-refs.ts';
import { partLabelWarnings, promptShown } from './part-labels.ts';
import { checkPool } from './pool-check.ts';
import { checkTestRules, testRulesOf } from './test-rules.ts';
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

/** The check context of a quiz file: its article's index, and the file (for positions). */
interface CheckContext {
	index: ArticleIndex;
	source: YamlSource;
}

/** A step's outcome: what it found, and the problems, each at its place in the file. */
interface Checked<T> {
	value: T;
	diagnostics: Diagnostic[];
}

/** Resolves evidence quotes to citations, with a problem for each quote that does not resolve. */
function resolveEvidence(
	evidence: Evidence,
	base: DataPath,
	{ index, source }: CheckContext
): Checked<Citation[]> {
	const citations: Citation[] = [];
	const diagnostics: Diagnostic[] = [];
	for (const { item, path } of evidenceList(evidence)) {
		const resolution = resolveQuote(index, item);
		if (resolution.ok) {
			citations.push(resolution.citation);
			if (resolution.warning)
				diagnostics.push(
					diagnosticAtPath(source, [...base, ...path], resolution.warning, 'value', 'warning')
				);
		} else {
			const at = resolution.at === 'paragraph' ? [...path.slice(0, -1), 'paragraph'] : path;
			diagnostics.push(diagnosticAtPath(source, [...base, ...at], resolution.message));
		}
	}
	return { value: citations, diagnostics };
}

/**
 * Resolves question `number` (its index in the file), runs its type's own checks and checks the ¶
 * numbers its texts mention. `quotes: false` skips the quotes (all are missing: said once).
 */
function resolveQuestion(
	question: QuestionSource,
	number: number,
	context: CheckContext,
	quotes = true
): Checked<ResolvedQuestion> {
	const { index, source } = context;
	const base: DataPath = ['questions', number];
	const evidence = quotes
		? resolveEvidence(question.evidence, base, context)
		: { value: [], diagnostics: [] };
	const citations = evidence.value;
	const problems = buildOf(question.type).check?.(question, index) ?? [];
	// "not cited" needs every quote resolved; that a ¶ exists can be checked regardless
	const cited = quotes && evidence.diagnostics.length === 0 ? citations : null;
	const diagnostics = [
		...evidence.diagnostics,
		...problems.map((problem) =>
			diagnosticAtPath(source, [...base, ...problem.path], problem.message)
		),
		...checkParagraphRefs(question, base, source, paragraphsOf(index), cited),
		...checkAfter(question, base, source, index.paragraphs.length),
		...partLabelWarnings(question, base, source)
	];
	const value = { source: question, citations, evidenceSentences: sentencesOf(index, citations) };
	return { value, diagnostics };
}

const paragraphsOf = (index: ArticleIndex) => index.paragraphs.map((p) => p.paragraph);

/**
 * Checks the data of a quiz file: the schema, then (with its article's index) every question's
 * quotes. A file with a schema problem still gets the quotes of its valid questions checked, so a
 * teacher sees every problem at once. `checked` is set only when nothing is wrong.
 */
export function checkQuizData(
	written: unknown,
	source: YamlSource,
	index: ArticleIndex | undefined
): { checked?: CheckedQuiz; diagnostics: Diagnostic[] } {
	const read = parseNumbersAsText(quizSchema, written, source);
	const { data, result } = read;
	const diagnostics: Diagnostic[] = [...read.diagnostics];
	if (!result.success) {
		diagnostics.push(...issuesToDiagnostics(read.issues, source, data, quizSchema));
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
			const context = { index, source };
			for (const [i, { question, quotes }] of parsed.entries()) {
				if (question.success)
					diagnostics.push(...resolveQuestion(question.data, i, context, !missing).diagnostics);
				else if (quotes.success && !missing)
					diagnostics.push(...resolveEvidence(quotes.data, ['questions', i], context).diagnostics);
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
		...checkParagraphRefs({ description: file.description }, [], source, paragraphsOf(index), null),
		...checkPool(file, source),
		...checkTestRules(file, source)
	);
	const questions = file.questions.map((question, i) => {
		const resolved = resolveQuestion(question, i, { index, source }, !missing);
		diagnostics.push(...resolved.diagnostics);
		return resolved.value;
	});
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
	// a question's group only says which pool it is drawn from, and `after` where guided reading
	// shows it: giving it either keeps saved answers (JSON leaves an undefined `after` out)
	const { group, ...asked } = { ...source, after: undefined };
	const version = shortHash(JSON.stringify(asked) + JSON.stringify(citations));
	const own = buildOf(source.type).build(source, { evidenceSentences, spelling: file.spelling });
	// the type's own fields after the common ones, as its build step gives them
	const view = {
		id: source.id,
		prompt: parseInline(promptShown(source)),
		points: source.points,
		...(source.hint !== undefined && { hint: typographic(parseInline(source.hint)) }),
		version,
		attempts: triesAllowed(file.mode, source.attempts, file.attempts),
		...(group !== undefined && { group }),
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
	const testRules = testRulesOf(file);
	// with a pool, the library tells what each student gets
	const size = file.pick === undefined ? undefined : drawSize(questions, file.pick);
	return {
		slug,
		title: file.title,
		...(file.description !== undefined && { description: parseInline(file.description) }),
		mode: file.mode,
		questionCount: size?.questions ?? questions.length,
		points: size?.points ?? questions.reduce((sum, q) => sum + q.points, 0),
		...(size && { pool: { questions: questions.length, fewestPoints: size.fewestPoints } }),
		article: articleSlug,
		shuffle: file.shuffle,
		...(file.passMark !== undefined && { passMark: file.passMark }),
		...(file.pick !== undefined && { pick: file.pick }),
		...(testRules && { testRules }),
		...layoutOf(file, resolved),
		questions,
		version: shortHash(questions.map((q) => q.version).join(' ')),
		keys
	};
}
