/**
 * Turns a validated quiz file into the built quiz: each question split into its view (safe to show
 * before answering) and its key, every evidence quote resolved to a citation in the article.
 * Problems that need the article (quotes, `select`) are reported here, on the node that is wrong.
 */
import { shortHash } from '../quiz/hash.ts';
import { parseInline } from '../quiz/inline.ts';
import { normalizeAnswer } from '../quiz/normalize.ts';
import {
	BLANK_PATTERN,
	type Evidence,
	type EvidenceItem,
	type QuestionSource,
	type QuizFile
} from '../quiz/schema.ts';
import type {
	Citation,
	FillPart,
	Option,
	QuestionKey,
	QuestionView,
	QuizData,
	Rich
} from '../quiz/types.ts';
import type { Diagnostic } from './diagnostics.ts';
import { resolveQuote, type ArticleIndex } from './evidence.ts';
import { diagnosticAtPath, type DataPath, type YamlSource } from './yaml-source.ts';

const CHOICE_IDS = 'abcdefghijklmnopqrstuvwxyz';

function choiceId(index: number): string {
	return index < CHOICE_IDS.length ? CHOICE_IDS[index]! : `c${index}`;
}

/** Options with ids from a hash of their text, listed by id so the page never reveals the right order. */
function hashedOptions(texts: string[]): { options: Option[]; ids: string[] } {
	const used = new Set<string>();
	const ids = texts.map((text) => {
		let id = shortHash(text);
		for (let n = 2; used.has(id); n++) id = `${shortHash(text)}-${n}`;
		used.add(id);
		return id;
	});
	const options = texts
		.map((text, index) => ({ id: ids[index]!, text: parseInline(text) }))
		.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return { options, ids };
}

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
		for (const sentence of paragraph.sentences) {
			const overlaps = citations.some(
				(c) => c.paragraph === paragraph.n && c.start < sentence.end && c.end > sentence.start
			);
			if (overlaps) ids.push(sentence.id);
		}
	}
	return ids;
}

function fillParts(text: string): { parts: FillPart[]; blanks: string[][] } {
	const parts: FillPart[] = [];
	const blanks: string[][] = [];
	let last = 0;
	for (const match of text.matchAll(BLANK_PATTERN)) {
		if (match.index > last)
			parts.push({ kind: 'text', text: parseInline(text.slice(last, match.index)) });
		parts.push({ kind: 'blank', index: blanks.length });
		blanks.push(match[1]!.split('|').map((answer) => answer.trim()));
		last = match.index + match[0].length;
	}
	if (last < text.length) parts.push({ kind: 'text', text: parseInline(text.slice(last)) });
	return { parts, blanks };
}

// one collator for all word banks: localeCompare with options builds a new one per comparison
const BANK_ORDER = new Intl.Collator('en', { sensitivity: 'base' });

function wordBankOf(blanks: string[][], distractors: string[]): string[] {
	const seen = new Set<string>();
	const bank: string[] = [];
	for (const word of [...blanks.map((answers) => answers[0]!), ...distractors]) {
		const key = normalizeAnswer(word);
		if (seen.has(key)) continue;
		seen.add(key);
		bank.push(word);
	}
	return bank.sort(BANK_ORDER.compare);
}

type Built = { view: QuestionView; key: QuestionKey };

function buildQuestion(
	question: QuestionSource,
	citations: Citation[],
	evidenceSentences: string[]
): Built {
	const version = shortHash(JSON.stringify(question) + JSON.stringify(citations));
	const common = {
		id: question.id,
		prompt: parseInline(question.prompt),
		points: question.points,
		...(question.hint !== undefined && { hint: parseInline(question.hint) }),
		version
	};
	const keyCommon = {
		explanation: parseInline(question.explanation),
		citations,
		evidenceSentences
	};
	const evidenceCount = evidenceSentences.length;
	switch (question.type) {
		case 'single':
		case 'multiple': {
			const choices = question.choices.map((choice, index) => ({
				id: choiceId(index),
				text: parseInline(choice.text)
			}));
			const feedback: Record<string, Rich> = {};
			question.choices.forEach((choice, index) => {
				if (choice.feedback !== undefined) feedback[choiceId(index)] = parseInline(choice.feedback);
			});
			const correct = choices
				.filter((_, index) => question.choices[index]!.correct)
				.map((c) => c.id);
			const twoPart = { requireEvidence: question.requireEvidence, evidenceCount };
			return question.type === 'single'
				? {
						view: { ...common, type: 'single', ...twoPart, choices },
						key: { ...keyCommon, type: 'single', correct: correct[0]!, feedback }
					}
				: {
						view: { ...common, type: 'multiple', ...twoPart, choices },
						key: { ...keyCommon, type: 'multiple', correct, feedback, scoring: question.scoring }
					};
		}
		case 'true-false':
			return {
				view: {
					...common,
					type: 'true-false',
					requireEvidence: question.requireEvidence,
					evidenceCount
				},
				key: { ...keyCommon, type: 'true-false', answer: question.answer }
			};
		case 'true-false-not-given':
			return {
				view: {
					...common,
					type: 'true-false-not-given',
					requireEvidence: question.requireEvidence,
					evidenceCount
				},
				key: {
					...keyCommon,
					type: 'true-false-not-given',
					answer: question.answer === 'not-given' ? 'not-given' : question.answer ? 'true' : 'false'
				}
			};
		case 'short-answer':
			return {
				view: { ...common, type: 'short-answer' },
				key: {
					...keyCommon,
					type: 'short-answer',
					answers: [...new Set(question.answers.map(normalizeAnswer))],
					display: question.answers
				}
			};
		case 'fill-blanks': {
			const { parts, blanks } = fillParts(question.text);
			const wordBank = question.wordBank ? wordBankOf(blanks, question.wordBank) : null;
			return {
				view: { ...common, type: 'fill-blanks', parts, blankCount: blanks.length, wordBank },
				key: { ...keyCommon, type: 'fill-blanks', blanks, scoring: question.scoring }
			};
		}
		case 'order': {
			const { options, ids } = hashedOptions(question.items);
			return {
				view: { ...common, type: 'order', items: options },
				key: { ...keyCommon, type: 'order', order: ids, scoring: question.scoring }
			};
		}
		case 'match': {
			const rights = [...question.pairs.map((pair) => pair.right), ...(question.distractors ?? [])];
			const { options, ids } = hashedOptions(rights);
			const lefts = question.pairs.map((pair, index) => ({
				id: String(index),
				text: parseInline(pair.left)
			}));
			return {
				view: { ...common, type: 'match', lefts, rights: options },
				key: {
					...keyCommon,
					type: 'match',
					pairs: question.pairs.map((_, index) => ids[index]!),
					scoring: question.scoring
				}
			};
		}
		case 'highlight':
			return {
				view: { ...common, type: 'highlight', evidenceCount: question.select ?? evidenceCount },
				key: { ...keyCommon, type: 'highlight', scoring: question.scoring }
			};
		default: {
			const unreachable: never = question;
			throw new Error(`unknown question type ${JSON.stringify(unreachable)}`);
		}
	}
}

/** Resolves evidence quotes to citations; reports the ones that do not resolve into `diagnostics`. */
export function checkEvidence(
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
			// a wrong ¶ number is reported at the number, everything else at the quote
			const at = resolution.message.startsWith('paragraph:')
				? [...path.slice(0, -1), 'paragraph']
				: path;
			diagnostics.push(diagnosticAtPath(source, [...base, ...at], resolution.message));
		}
	}
	return citations;
}

/**
 * Resolves a question's evidence and checks what needs the article; reports problems into
 * `diagnostics` and returns the citations that resolved.
 */
export function checkQuestionAgainstArticle(
	question: QuestionSource,
	questionIndex: number,
	index: ArticleIndex,
	source: YamlSource,
	diagnostics: Diagnostic[]
): Citation[] {
	const base: DataPath = ['questions', questionIndex];
	const citations = checkEvidence(question.evidence, base, index, source, diagnostics);
	if (question.type === 'highlight' && question.select !== undefined) {
		const sentenceCount = index.paragraphs.reduce(
			(sum, p) => sum + p.paragraph.sentences.length,
			0
		);
		if (question.select > sentenceCount) {
			diagnostics.push(
				diagnosticAtPath(
					source,
					[...base, 'select'],
					`select: the article has only ${sentenceCount} sentences; ask for at most that many`
				)
			);
		}
	}
	return citations;
}

export interface CheckedQuiz {
	/** the resolved citations of each question, in file order */
	citations: Citation[][];
	diagnostics: Diagnostic[];
}

/** The checks of a valid quiz file that need its article: quotes and `select`. */
export function checkQuiz(file: QuizFile, index: ArticleIndex, source: YamlSource): CheckedQuiz {
	const diagnostics: Diagnostic[] = [];
	const citations = file.questions.map((question, questionIndex) =>
		checkQuestionAgainstArticle(question, questionIndex, index, source, diagnostics)
	);
	return { citations, diagnostics };
}

/** The built quiz of a file that `checkQuiz` found no problem in. */
export function buildQuiz(
	file: QuizFile,
	slug: string,
	articleSlug: string,
	index: ArticleIndex,
	citations: Citation[][]
): QuizData {
	const built = file.questions.map((question, i) => {
		const cited = citations[i] ?? [];
		return buildQuestion(question, cited, sentencesOf(index, cited));
	});
	const keys: Record<string, QuestionKey> = {};
	for (const { view, key } of built) keys[view.id] = key;
	const questions = built.map((b) => b.view);
	const quiz: QuizData = {
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
	return quiz;
}
