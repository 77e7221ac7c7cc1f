/**
 * A small article and a practice quiz of the five choice and typed question types, with keys, for
 * the component and session tests. Built by hand in the shapes of src/lib/quiz/types.ts.
 */
import { parseInline } from '$lib/text/inline';
import { parseParagraph } from '$lib/text/paragraph';
import type { QuestionKey, QuestionView, QuizData } from '$lib/quiz/types';
import type { Article } from '$lib/text/article';
import type { Paragraph } from '$lib/text/paragraph';

export const article: Article = {
	slug: 'ties',
	title: 'Pyongyang looks to Beijing',
	source: 'Kyodo News',
	author: 'A. Writer',
	published: '2021-03-27',
	publishedText: '27 March 2021',
	url: 'https://example.org/original',
	credit: 'Used with permission.',
	blocks: [
		parseParagraph(
			1,
			'Kim wants to rebuild the economy. He will deepen **ties with China** instead.'
		),
		{ kind: 'heading', level: 2, inlines: [{ text: 'Sanctions' }] },
		parseParagraph(2, 'There is a shortage of resources such as *crude oil*. Trade has fallen.')
	]
};

const base = (id: string, prompt: string, points = 1) => ({
	id,
	prompt: parseInline(prompt),
	points,
	version: `${id}-v1`,
	// one try: the tests of a single Check; the tests of tries set their own
	attempts: 1
});
const text = (words: string) => [{ text: words }];

export const views: QuestionView[] = [
	{
		...base('main-idea', 'What does Kim **want**?'),
		type: 'single',
		hint: text('Reread ¶1.'),
		requireEvidence: false,
		evidenceCount: 1,
		choices: [
			{ id: 'a', text: text('Closer ties with China') },
			{ id: 'b', text: text('A war') },
			{ id: 'c', text: text('Talks with the U.S.') }
		]
	},
	{
		...base('facts', 'Which are stated?', 2),
		type: 'multiple',
		requireEvidence: false,
		evidenceCount: 1,
		choices: [
			{ id: 'x', text: text('Oil is short') },
			{ id: 'y', text: text('Trade has fallen') },
			{ id: 'z', text: text('Trade has grown') }
		]
	},
	{
		...base('tf', 'Kim wants to rebuild the economy.'),
		type: 'true-false',
		requireEvidence: false,
		evidenceCount: 1
	},
	{
		...base('tfng', 'China pays for everything.'),
		type: 'true-false-not-given',
		requireEvidence: false,
		evidenceCount: 1
	},
	{ ...base('resource', 'Name the resource that is short.'), type: 'short-answer' }
];

const common = (quote: string, paragraphN: number, evidenceSentences: string[]) => {
	const block = article.blocks.find(
		(b): b is Paragraph => b.kind === 'paragraph' && b.n === paragraphN
	)!;
	const start = block.text.indexOf(quote);
	return {
		explanation: text(`Because ¶${paragraphN} says so.`),
		citations: [{ quote, paragraph: paragraphN, start, end: start + quote.length }],
		evidenceSentences
	};
};

export const keys: Record<string, QuestionKey> = {
	'main-idea': {
		type: 'single',
		correct: 'a',
		feedback: { b: text('Nothing points to a war.') },
		...common('deepen ties with China', 1, ['1.2'])
	},
	facts: {
		type: 'multiple',
		correct: ['x', 'y'],
		feedback: { z: text('It says trade has fallen.') },
		scoring: 'partial',
		...common('crude oil. Trade has fallen', 2, ['2.1', '2.2'])
	},
	tf: { type: 'true-false', answer: true, ...common('rebuild the economy', 1, ['1.1']) },
	tfng: {
		type: 'true-false-not-given',
		answer: 'not-given',
		...common('ties with China', 1, ['1.2'])
	},
	resource: {
		type: 'short-answer',
		answers: ['crude oil', 'oil'],
		display: ['crude oil', 'oil'],
		spelling: 'forgiving',
		...common('crude oil', 2, ['2.1'])
	}
};

export function practiceQuiz(overrides: Partial<QuizData> = {}): QuizData {
	return {
		slug: 'check',
		article: 'ties',
		title: 'Reading check',
		mode: 'practice',
		questionCount: views.length,
		points: 6,
		shuffle: { questions: false, choices: false },
		passMark: 70,
		questions: views,
		version: 'quiz-v1',
		keys,
		...overrides
	};
}

export function testQuiz(): QuizData {
	return practiceQuiz({ slug: 'test', mode: 'test', keys: null });
}

export function viewOf<T extends QuestionView['type']>(id: string, type: T) {
	const view = views.find((v) => v.id === id);
	if (!view || view.type !== type) throw new Error(`no ${type} question ${id}`);
	return view as Extract<QuestionView, { type: T }>;
}

export function keyOf<T extends QuestionKey['type']>(id: string, type: T) {
	const key = keys[id];
	if (!key || key.type !== type) throw new Error(`no ${type} key ${id}`);
	return key as Extract<QuestionKey, { type: T }>;
}
