// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { QuestionKey, QuestionView } from '$lib/quiz/types';
import { ContentError } from '$lib/server/content';
import { clearContentCache, getQuiz, loadContent } from '$lib/server/content-source';
import { quizSchemaJson } from '$lib/checker/json-schema';
import { ARTICLE, questionsFolder, quizWith, removeFolders } from './content-fixtures';
import { FIXTURE_ARTICLE, FIXTURE_CONTENT } from '../fixtures/content';

afterEach(() => {
	removeFolders();
	clearContentCache();
});

const q = (id: string, type: string, evidence: string, rest: string) =>
	`  - id: ${id}\n    type: ${type}\n    prompt: P\n    explanation: E\n    evidence: ${evidence}\n${rest}`;

const QUIZ = quizWith(
	q(
		'pick',
		'single',
		'"deepening ties with China"',
		'    requireEvidence: true\n    choices:\n      - { text: Wrong, feedback: "No." }\n      - { text: "*Right*", correct: true }\n'
	),
	q('tfng', 'true-false-not-given', '"blood brothers"', '    answer: not-given\n'),
	q('typed', 'short-answer', '"in 1949"', '    answers: ["1949.", "In 1949"]\n'),
	q(
		'gaps',
		'fill-blanks',
		'"established diplomatic ties"',
		'    text: "China and [[North Korea|N. Korea]] established [[ties]]."\n    wordBank: [trade, Ties]\n'
	),
	q('steps', 'order', '"In 1949"', '    items: [Ties, War, Brothers]\n'),
	q(
		'pairs',
		'match',
		'"In 1949"',
		'    pairs: [{ left: "1949", right: Ties }, { left: "1950", right: War }]\n    distractors: [Peace]\n'
	),
	q('mark', 'highlight', '["In 1949, China", "They fought together"]', '')
);

function build(quiz = QUIZ) {
	const dir = questionsFolder({ 'nk/article.md': ARTICLE, 'nk/check.yaml': quiz });
	const quizData = getQuiz('nk', 'check', dir);
	if (!quizData?.keys) throw new Error('quiz not built');
	const view = (id: string) => quizData.questions.find((v) => v.id === id) as QuestionView;
	const key = (id: string) => quizData.keys![id] as QuestionKey;
	return { dir, quizData, view, key };
}

describe('built content', () => {
	it('writes the publication date in words at build time, so no page formats dates', () => {
		const { dir } = build();
		const entry = loadContent(dir).articles[0]!;
		expect(entry.article.publishedText).toBe('27 March 2021');
		expect(entry.summary.publishedText).toBe('27 March 2021');
	});

	it('parses the article: numbered paragraphs, unnumbered headings, sentences with ids', () => {
		const { dir } = build();
		const entry = loadContent(dir).articles[0]!;
		expect(entry.article).toMatchObject({
			slug: 'nk',
			title: 'FOCUS: N. Korea keen to cozy up to China',
			source: 'Kyodo News',
			published: '2021-03-27'
		});
		expect(
			entry.article.blocks.map((b) => (b.kind === 'paragraph' ? `¶${b.n}` : 'heading'))
		).toEqual(['¶1', 'heading', '¶2', '¶3']);
		const third = entry.article.blocks[3]!;
		expect(third.kind === 'paragraph' && third.sentences.map((s) => s.id)).toEqual(['3.1', '3.2']);
		expect(entry.summary).toMatchObject({
			paragraphCount: 3,
			quizzes: [{ slug: 'check', questionCount: 7, points: 7 }]
		});
	});

	it('gives choices ids a, b, … in the teacher’s order, with feedback and the correct id in the key', () => {
		const { view, key } = build();
		expect(view('pick')).toMatchObject({
			type: 'single',
			requireEvidence: true,
			evidenceCount: 1,
			choices: [
				{ id: 'a', text: [{ text: 'Wrong' }] },
				{ id: 'b', text: [{ text: 'Right', em: true }] }
			]
		});
		expect(key('pick')).toMatchObject({
			correct: 'b',
			feedback: { a: [{ text: 'No.' }] },
			evidenceSentences: ['1.1'],
			citations: [{ quote: 'deepening ties with China', paragraph: 1 }]
		});
	});

	it('maps true-false-not-given answers and normalises short answers', () => {
		const { key } = build();
		expect(key('tfng')).toMatchObject({ answer: 'not-given' });
		expect(key('typed')).toMatchObject({
			answers: ['1949', 'in 1949'],
			display: ['1949.', 'In 1949']
		});
	});

	it('splits fill-blanks text into parts and builds a sorted, deduplicated word bank', () => {
		const { view, key } = build();
		expect(view('gaps')).toMatchObject({
			parts: [
				{ kind: 'text', text: [{ text: 'China and ' }] },
				{ kind: 'blank', index: 0 },
				{ kind: 'text', text: [{ text: ' established ' }] },
				{ kind: 'blank', index: 1 },
				{ kind: 'text', text: [{ text: '.' }] }
			],
			blankCount: 2,
			wordBank: ['North Korea', 'ties', 'trade']
		});
		expect(key('gaps')).toMatchObject({ blanks: [['North Korea', 'N. Korea'], ['ties']] });
	});

	it('lists order items and match rights by id, so the page does not reveal the right order', () => {
		const { view, key } = build();
		const steps = view('steps');
		if (steps.type !== 'order') throw new Error('not an order question');
		const ids = steps.items.map((item) => item.id);
		expect(ids).toEqual([...ids].sort());
		const order = key('steps');
		if (order.type !== 'order') throw new Error('not an order key');
		const textOf = (id: string) => steps.items.find((item) => item.id === id)!.text[0]!.text;
		expect(order.order.map(textOf)).toEqual(['Ties', 'War', 'Brothers']);

		const pairs = view('pairs');
		const match = key('pairs');
		if (pairs.type !== 'match' || match.type !== 'match') throw new Error('not a match question');
		expect(pairs.lefts.map((l) => l.text[0]!.text)).toEqual(['1949', '1950']);
		expect(pairs.rights.map((r) => r.id)).toEqual(pairs.rights.map((r) => r.id).sort());
		const rightText = (id: string) => pairs.rights.find((r) => r.id === id)!.text[0]!.text;
		expect(match.pairs.map(rightText)).toEqual(['Ties', 'War']);
		expect(pairs.rights).toHaveLength(3);
	});

	it('counts the sentences a highlight question’s evidence covers', () => {
		const { view, key } = build();
		expect(view('mark')).toMatchObject({ type: 'highlight', evidenceCount: 2 });
		expect(key('mark').evidenceSentences).toEqual(['3.1', '3.2']);
	});

	it('changes a question’s version, and the quiz version, only when that question changes', () => {
		const before = build().quizData;
		clearContentCache();
		const after = build(
			QUIZ.replace('answers: ["1949.", "In 1949"]', 'answers: ["1949"]')
		).quizData;
		const versions = (data: typeof before) =>
			Object.fromEntries(data.questions.map((v) => [v.id, v.version]));
		expect(versions(after).typed).not.toBe(versions(before).typed);
		expect({ ...versions(after), typed: '' }).toEqual({ ...versions(before), typed: '' });
		expect(after.version).not.toBe(before.version);
	});

	it('throws a ContentError whose message lists every problem and the summary', () => {
		const dir = questionsFolder({
			'nk/article.md': ARTICLE,
			'nk/check.yaml': quizWith(
				q('x', 'multi', '"In 1949"', ''),
				q('y', 'true-false', '"nowhere at all"', '    answer: true\n')
			)
		});
		let error: unknown;
		try {
			loadContent(dir);
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(ContentError);
		const lines = (error as ContentError).message
			.split('\n')
			.map((line) => line.replace(`${dir}/`, ''));
		expect(lines).toEqual([
			"nk/check.yaml:4:11 unknown type 'multi' — did you mean 'multiple'?",
			'nk/check.yaml:12:15 evidence: quote not found in the article: "nowhere at all". No passage of the article is close to it: copy the words from article.md',
			'1 article, 1 quiz, 2 questions, 2 errors'
		]);
		expect((error as ContentError).diagnostics).toHaveLength(2);
	});
});

describe('shipped files', () => {
	it("the tests' own content (tests/fixtures/content) passes the check", () => {
		expect(() => loadContent(FIXTURE_CONTENT)).not.toThrow();
		expect(loadContent(FIXTURE_CONTENT).articles.map((entry) => entry.article.slug)).toEqual([
			FIXTURE_ARTICLE,
			'tide-pools'
		]);
	});

	it('static/quiz.schema.json is what `npm run schema` generates from the zod schema', () => {
		expect(readFileSync('static/quiz.schema.json', 'utf8')).toBe(quizSchemaJson());
	});
});
