// @vitest-environment node
/**
 * Guided reading at build time and in the quiz logic: `after:` must name a paragraph of the
 * article; each question's place is its `after` or the ¶ of its first quote; a test laid out side
 * by side gets no places; neither field changes a question's version (saved answers stay).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkArticle } from '$lib/checker/check-article';
import { articlePieces, questionsAtEnd, questionsByParagraph } from '$lib/quiz/guided';
import { readingRanks } from '$lib/quiz/reading-order';
import type { QuizData } from '$lib/quiz/types';
import { ARTICLE, quizProblems, quizWith, removeFolders } from './content-fixtures';

afterEach(removeFolders);

const question = (id: string, evidence: string, extra = '') =>
	`  - id: ${id}\n    type: true-false\n    prompt: P\n    explanation: E\n    evidence: "${evidence}"\n    answer: true\n${extra}`;

const QUESTIONS = [
	question('blood', 'blood brothers'),
	question('ties', 'deepening ties with China'),
	question('placed', 'In 1949', '    after: 1\n')
];

function built(head: string, questions = QUESTIONS): QuizData {
	const check = checkArticle({
		slug: 'a',
		path: 'a/article.md',
		text: ARTICLE,
		quizzes: [
			{
				path: 'a/q.yaml',
				slug: 'q',
				text: head + quizWith(...questions).replace(/^title: Test quiz\n/, '')
			}
		]
	});
	expect(check.diagnostics).toEqual([]);
	return check.entry!.quizzes[0]!;
}

describe('guided layout', () => {
	it('places each question after its `after`, else after the ¶ of its first quote', () => {
		const quiz = built('title: T\nlayout: guided\n');
		expect(quiz.layout).toEqual({ chosen: 'guided', after: { blood: 3, ties: 1, placed: 1 } });
		const byParagraph = questionsByParagraph(quiz.questions, quiz.layout!);
		expect(
			[...byParagraph].map(([n, placed]) => [n, placed.map((p) => `${p.question.id}@${p.index}`)])
		).toEqual([
			[3, ['blood@0']],
			[1, ['ties@1', 'placed@2']]
		]);
		expect(byParagraph.get(2)).toBeUndefined();
		expect(questionsAtEnd(quiz.questions, { chosen: 'guided', after: { blood: 3 } })).toEqual(
			quiz.questions.slice(1)
		);
	});

	it('ranks the questions in reading order, those after the article last', () => {
		const questions = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
		const layout = { chosen: 'guided' as const, after: { a: 4, b: 1, d: 1, e: 2 } };
		// b and d after ¶1 (in the quiz's order), e after ¶2, a after ¶4, c at the end
		expect(readingRanks(questions, layout)).toEqual([3, 0, 4, 1, 2]);
	});

	it('cuts the article after each paragraph a question follows, the rest to its end', () => {
		const paragraph = (n: number) => ({
			kind: 'paragraph' as const,
			n,
			text: '',
			inlines: [],
			sentences: []
		});
		const heading = { kind: 'heading' as const, level: 2 as const, inlines: [] };
		const blocks = [paragraph(1), paragraph(2), heading, paragraph(3), paragraph(4)];
		const layout = { chosen: 'guided' as const, after: { x: 2, y: 4, z: 2 } };
		expect(articlePieces(blocks, layout)).toEqual([
			{ from: 0, to: 2, after: 2, paragraphs: { first: 1, last: 2 } },
			{ from: 2, to: 5, after: 4, paragraphs: { first: 3, last: 4 } },
			{ from: 5, to: null, after: null, paragraphs: null }
		]);
		expect(articlePieces(blocks, { chosen: 'guided', after: { x: 1 } })).toEqual([
			{ from: 0, to: 1, after: 1, paragraphs: { first: 1, last: 1 } },
			{ from: 1, to: null, after: null, paragraphs: { first: 2, last: 4 } }
		]);
	});

	it('lets a practice quiz be guided, and not a test laid out side by side', () => {
		expect(built('title: T\n').layout?.chosen).toBe('side-by-side');
		expect(built('title: T\nmode: test\n').layout).toBeUndefined();
		expect(built('title: T\nmode: test\nlayout: guided\n').layout?.chosen).toBe('guided');
	});

	it('keeps every question version: `after` and `layout` change no saved answer', () => {
		const plain = built('title: T\n', QUESTIONS.slice(0, 2).concat(question('placed', 'In 1949')));
		const guided = built('title: T\nlayout: guided\n');
		expect(guided.questions.map((q) => q.version)).toEqual(plain.questions.map((q) => q.version));
		expect(guided.version).toBe(plain.version);
	});

	it('says at its line when `after` names a paragraph the article does not have', () => {
		expect(quizProblems(quizWith(question('q1', 'blood brothers', '    after: 4\n')))).toEqual([
			'a/q.yaml:9:12 after: the article has no ¶4; it has ¶1 to ¶3'
		]);
		expect(quizProblems('layout: beside\n' + quizWith(question('q1', 'blood brothers')))).toEqual([
			"a/q.yaml:1:9 layout: 'beside' is not allowed; use one of 'side-by-side', 'guided'"
		]);
	});
});
