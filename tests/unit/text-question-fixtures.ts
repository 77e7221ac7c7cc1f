/**
 * Questions in which students work inside the text (fill-blanks, order, match, highlight, two-part
 * Part B), with keys and a small article, for the component tests. Built by hand in the shapes of
 * src/lib/quiz/types.ts.
 */
import { parseInline } from '$lib/text/inline';
import { parseParagraph } from '$lib/text/paragraph';
import type { Article } from '$lib/text/article';
import type {
	QuestionKey,
	QuestionKeyOf,
	QuestionView,
	QuestionViewOf,
	QuizData
} from '$lib/quiz/types';

export const article: Article = {
	slug: 'nk',
	title: 'N. Korea looks to China',
	blocks: [
		parseParagraph(
			1,
			'North Korea wants to rebuild its economy. It will deepen ties with China instead of the U.S.'
		),
		parseParagraph(
			2,
			'In contrast to Trump, Biden swiftly criticized North Korea for violating U.N. Security Council resolutions. Pyongyang then fired two missiles.'
		)
	]
};

const base = (id: string, prompt: string) => ({
	id,
	prompt: parseInline(prompt),
	points: 1,
	version: `${id}-v1`,
	attempts: 1
});
const rich = (words: string) => [{ text: words }];
const keyCommon = (evidenceSentences: string[]) => ({
	explanation: rich('The article says so.'),
	citations: [],
	evidenceSentences
});

const fillTyped: QuestionViewOf<'fill-blanks'> = {
	...base('fill-typed', 'Complete the sentence.'),
	type: 'fill-blanks',
	parts: [
		{ kind: 'text', text: rich('North Korea wants to rebuild its ') },
		{ kind: 'blank', index: 0 },
		{ kind: 'text', text: rich(' by deepening ties with ') },
		{ kind: 'blank', index: 1 },
		{ kind: 'text', text: rich('.') }
	],
	blankCount: 2,
	wordBank: null
};

const fillBank: QuestionViewOf<'fill-blanks'> = {
	...fillTyped,
	...base('fill-bank', 'Complete the sentence with words from the bank.'),
	wordBank: ['China', 'economy', 'Japan']
};

const order: QuestionViewOf<'order'> = {
	...base('events', 'Put the events in order.'),
	type: 'order',
	items: [
		{ id: 'i1', text: rich('Biden takes office') },
		{ id: 'i2', text: rich('Trump meets Kim') },
		{ id: 'i3', text: rich('Pyongyang fires missiles') }
	]
};

const match: QuestionViewOf<'match'> = {
	...base('who', 'Match each leader to what they did.'),
	type: 'match',
	lefts: [
		{ id: '0', text: rich('Biden') },
		{ id: '1', text: rich('Kim') }
	],
	rights: [
		{ id: 'r1', text: rich('criticized North Korea') },
		{ id: 'r2', text: rich('fired missiles') },
		{ id: 'r3', text: rich('visited Moscow') }
	]
};

const highlight: QuestionViewOf<'highlight'> = {
	...base('criticism', 'Select the sentence that shows Biden’s response.'),
	type: 'highlight',
	evidenceCount: 1
};

const twoPart: QuestionViewOf<'single'> = {
	...base('aim', 'What does North Korea want?'),
	type: 'single',
	requireEvidence: true,
	evidenceCount: 1,
	choices: [
		{ id: 'a', text: rich('Closer ties with China') },
		{ id: 'b', text: rich('A war') }
	]
};

export const views: QuestionView[] = [fillTyped, fillBank, order, match, highlight, twoPart];

export const keys: Record<string, QuestionKey> = {
	'fill-typed': {
		type: 'fill-blanks',
		blanks: [['economy'], ['China', 'Beijing']],
		scoring: 'partial',
		spelling: 'forgiving',
		...keyCommon(['1.1'])
	},
	'fill-bank': {
		type: 'fill-blanks',
		blanks: [['economy'], ['China']],
		scoring: 'partial',
		// a word bank: picked, not typed
		spelling: 'exact',
		...keyCommon(['1.1'])
	},
	events: { type: 'order', order: ['i2', 'i1', 'i3'], scoring: 'partial', ...keyCommon(['2.1']) },
	who: { type: 'match', pairs: ['r1', 'r2'], scoring: 'partial', ...keyCommon(['2.1', '2.2']) },
	criticism: { type: 'highlight', scoring: 'partial', ...keyCommon(['2.1']) },
	aim: { type: 'single', correct: 'a', feedback: {}, ...keyCommon(['1.2']) }
};

export function viewOf<T extends QuestionView['type']>(id: string, type: T): QuestionViewOf<T> {
	const view = views.find((v) => v.id === id);
	if (!view || view.type !== type) throw new Error(`no ${type} question ${id}`);
	return view as QuestionViewOf<T>;
}

export function keyOf<T extends QuestionKey['type']>(id: string, type: T): QuestionKeyOf<T> {
	const key = keys[id];
	if (!key || key.type !== type) throw new Error(`no ${type} key ${id}`);
	return key as QuestionKeyOf<T>;
}

export function quizOf(ids: string[], overrides: Partial<QuizData> = {}): QuizData {
	const questions = views.filter((view) => ids.includes(view.id));
	return {
		slug: 'inside',
		article: article.slug,
		title: 'Inside the text',
		mode: 'practice',
		questionCount: questions.length,
		points: questions.length,
		shuffle: { questions: false, choices: false },
		questions,
		version: 'inside-v1',
		keys: Object.fromEntries(questions.map((view) => [view.id, keys[view.id]!])),
		...overrides
	};
}
