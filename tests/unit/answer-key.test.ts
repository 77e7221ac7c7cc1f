// @vitest-environment node
/**
 * Each type's `answerKey` rule: the right answer as the teacher's answer key shows it, from the
 * built view and key of a quiz with every type. And the quiz's estimated time.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { estimatedMinutes } from '$lib/quiz/answer-key';
import { rulesOf } from '$lib/quiz/questions';
import type { QuestionKey, QuestionView } from '$lib/quiz/types';
import { clearContentCache, getQuiz } from '$lib/server/content-source';
import { plainText } from '$lib/text/inline';
import { ARTICLE, questionsFolder, quizWith, removeFolders } from './content-fixtures';

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
		'    choices:\n      - { text: Wrong, feedback: "No." }\n      - { text: "*Right*", correct: true }\n'
	),
	q(
		'many',
		'multiple',
		'"In 1949"',
		'    choices:\n      - { text: A, correct: true }\n      - { text: B }\n      - { text: C, correct: true }\n'
	),
	q('tf', 'true-false', '"In 1949"', '    answer: false\n'),
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

function keysOf() {
	const dir = questionsFolder({ 'nk/article.md': ARTICLE, 'nk/check.yaml': QUIZ });
	const quiz = getQuiz('nk', 'check', dir)!;
	return (id: string) => {
		const view = quiz.questions.find((v) => v.id === id) as QuestionView;
		const key = quiz.keys![id] as QuestionKey;
		return rulesOf(view.type).answerKey(view, key);
	};
}

/** Rich texts as plain strings, for comparing. */
function plain(value: unknown): unknown {
	const isRun = (v: unknown) => typeof (v as { text?: unknown } | null)?.text === 'string';
	if (Array.isArray(value) && value.length > 0 && value.every(isRun))
		return plainText(value as { text: string }[]);
	if (Array.isArray(value)) return value.map(plain);
	if (value && typeof value === 'object')
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
	return value;
}

describe('answerKey: each type’s right answer for the answer key', () => {
	it('choices, in the written order, the right ones marked, with feedback', () => {
		const key = keysOf();
		expect(plain(key('pick'))).toEqual({
			kind: 'choices',
			choices: [
				{ text: 'Wrong', correct: false, feedback: 'No.' },
				{ text: 'Right', correct: true }
			]
		});
		expect(plain(key('many'))).toEqual({
			kind: 'choices',
			choices: [
				{ text: 'A', correct: true },
				{ text: 'B', correct: false },
				{ text: 'C', correct: true }
			]
		});
		expect(plain(key('tf'))).toEqual({
			kind: 'choices',
			choices: [
				{ text: 'True', correct: false },
				{ text: 'False', correct: true }
			]
		});
		expect(plain(key('tfng'))).toEqual({
			kind: 'choices',
			choices: [
				{ text: 'True', correct: false },
				{ text: 'False', correct: false },
				{ text: 'Not given', correct: true }
			]
		});
	});

	it('typed answers, blanks with the bank’s extra words, the order, the pairs, the sentences', () => {
		const key = keysOf();
		expect(key('typed')).toEqual({ kind: 'accepted', answers: ['1949.', 'In 1949'] });
		expect(plain(key('gaps'))).toEqual({
			kind: 'blanks',
			parts: [
				{ kind: 'text', text: 'China and ' },
				{ kind: 'blank', answers: ['North Korea', 'N. Korea'] },
				{ kind: 'text', text: ' established ' },
				{ kind: 'blank', answers: ['ties'] },
				{ kind: 'text', text: '.' }
			],
			distractors: ['trade']
		});
		expect(plain(key('steps'))).toEqual({ kind: 'sequence', items: ['Ties', 'War', 'Brothers'] });
		expect(plain(key('pairs'))).toEqual({
			kind: 'pairs',
			pairs: [
				{ left: '1949', right: 'Ties' },
				{ left: '1950', right: 'War' }
			],
			distractors: ['Peace']
		});
		expect(key('mark')).toEqual({ kind: 'sentences', ids: ['3.1', '3.2'] });
	});
});

describe('estimatedMinutes', () => {
	it('reads at 200 words a minute and gives a minute a question, a minute and a half if two-part', () => {
		expect(
			estimatedMinutes(1000, [{ twoPart: false }, { twoPart: true }, { twoPart: true }])
		).toEqual({ reading: 5, answering: 4, total: 9 });
		expect(estimatedMinutes(50, [])).toEqual({ reading: 1, answering: 0, total: 1 });
	});
});
