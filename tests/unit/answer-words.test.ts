/**
 * Answers in words for the printed and copied results and the printed key (answer-words.ts and each
 * type's `answerText` / `rightResponse`): for every type, the student's answer as the report says it
 * (choices by the letter they were shown with, sentences quoted from the article) and the right one.
 */
import { describe, expect, it } from 'vitest';
import { answerContext, answerReview, reviewLines } from '$lib/components/quiz/answer-words';
import { joinedParts } from '$lib/quiz/kit/options';
import { answerText, rightAnswerText } from '$lib/quiz/grading';
import type { Answer, QuestionKey, QuestionView } from '$lib/quiz/types';
import * as q from './quiz-fixtures';

const sentences = new Map([
	['1.1', { paragraph: 1, text: 'Kim wants closer ties. ' }],
	['3.1', { paragraph: 3, text: 'Oil is short.' }],
	['3.2', { paragraph: 3, text: 'So is “hard” currency.' }]
]);
const shown = (order: string[] = []) => answerContext(order, sentences);
const said = (view: QuestionView, answer: Answer, order?: string[]) =>
	answerText(view, answer, shown(order));
const right = (view: QuestionView, key: QuestionKey, order?: string[]) =>
	rightAnswerText(view, key, shown(order));

describe('the answer and the right answer in words, for each type', () => {
	it('single: the choice by the letter it was shown with, and its text', () => {
		const order = ['c', 'b', 'a'];
		expect(said(q.single, { type: 'single', response: 'a' }, order)).toBe('C. Option a');
		expect(right(q.single, q.singleKey, order)).toBe('B. Option b');
		expect(said(q.single, { type: 'single', response: null }, order)).toBe('');
	});

	it('multiple: each choice ticked, in the order shown, by letter', () => {
		const order = ['e', 'c', 'a', 'b', 'd'];
		expect(said(q.multiple, { type: 'multiple', response: ['a', 'e'] }, order)).toBe(
			'A. Option e; C. Option a'
		);
		expect(right(q.multiple, q.multipleKey, order)).toBe('B. Option c; C. Option a; D. Option b');
	});

	it('true-false and true / false / not given: the word', () => {
		expect(said(q.trueFalse, { type: 'true-false', response: true })).toBe('True');
		expect(right(q.trueFalse, q.trueFalseKey)).toBe('False');
		expect(said(q.tfng, { type: 'true-false-not-given', response: 'false' })).toBe('False');
		expect(right(q.tfng, q.tfngKey)).toBe('Not given');
	});

	it('short answer: the typed text; the right answer gives every accepted form', () => {
		expect(said(q.short, { type: 'short-answer', response: '  Pekin ' })).toBe('Pekin');
		expect(right(q.short, q.shortKey)).toBe('Beijing / Kim Jong Un’s plan');
	});

	it('fill-blanks: each blank in turn, an empty one as a dash', () => {
		const answer: Answer = { type: 'fill-blanks', response: ['China', '', 'economy', 'talk'] };
		expect(said(q.blanks, answer)).toBe('China; —; economy; talk');
		expect(right(q.blanks, q.blanksKey)).toBe('China; United States / U.S.; economy; talks');
	});

	it('order: the order given, numbered', () => {
		const answer: Answer = { type: 'order', response: ['k1', 'k2', 'k3', 'k4'] };
		expect(said(q.order, answer)).toBe('1. Option k1; 2. Option k2; 3. Option k3; 4. Option k4');
		expect(right(q.order, q.orderKey)).toBe(
			'1. Option k3; 2. Option k1; 3. Option k4; 4. Option k2'
		);
	});

	it('match: each pair, the option by the letter it was shown with', () => {
		const order = ['r5', 'r4', 'r3', 'r2', 'r1'];
		const answer: Answer = { type: 'match', response: ['r2', 'r5', null, 'r3'] };
		expect(said(q.match, answer, order)).toBe(
			'Option l1 → D. Option r2; Option l2 → A. Option r5; Option l3 → (none); Option l4 → C. Option r3'
		);
		expect(right(q.match, q.matchKey, order)).toBe(
			'Option l1 → D. Option r2; Option l2 → E. Option r1; Option l3 → B. Option r4; Option l4 → C. Option r3'
		);
	});

	it('highlight: the sentences quoted from the article, in article order, not "¶3, sentence 2"', () => {
		const answer: Answer = { type: 'highlight', response: ['3.2', '1.1'] };
		expect(said(q.highlight, answer)).toBe(
			'¶1 “Kim wants closer ties.” ¶3 “So is ‘hard’ currency.”'
		);
		expect(right(q.highlight, q.highlightKey)).toBe(
			'¶3 “Oil is short.” ¶3 “So is ‘hard’ currency.”'
		);
		// a sentence the article no longer has is named by its place
		expect(said(q.highlight, { type: 'highlight', response: ['9.4'] })).toBe('¶9, sentence 4');
	});

	it('a two-part question: Part A in its words, Part B quoted', () => {
		const twoPart = { ...q.single, ...q.parts(true, 1) };
		const answer: Answer = { type: 'single', response: 'b', evidence: ['3.1'] };
		expect(said(twoPart, answer, ['a', 'b', 'c'])).toBe(
			'Part A: B. Option b · Part B: ¶3 “Oil is short.”'
		);
		expect(right(twoPart, q.singleKey, ['a', 'b', 'c'])).toBe(
			'Part A: B. Option b · Part B: ¶1 “Kim wants closer ties.”'
		);
		expect(said(twoPart, { type: 'single', response: null, evidence: [] })).toBe('');
	});

	it('a key of another type words nothing', () => {
		expect(right(q.single, q.trueFalseKey)).toBe('');
	});
});

describe('the review: the right answer, the explanation and its evidence', () => {
	it('words the explanation and quotes each cited passage', () => {
		const key: QuestionKey = {
			...q.singleKey,
			explanation: [{ text: 'The article says ' }, { text: 'so', em: true }, { text: '.' }],
			citations: [{ quote: 'Oil is short', paragraph: 3, start: 0, end: 12 }]
		};
		const review = answerReview(q.single, key, shown(['b', 'a', 'c']));
		expect(review).toEqual({
			right: 'A. Option b',
			explanation: 'The article says so.',
			evidence: ['¶3 “Oil is short”']
		});
		expect(reviewLines(review)).toEqual([
			'Right answer: A. Option b',
			'Explanation: The article says so.',
			'Evidence: ¶3 “Oil is short”'
		]);
	});
});

describe('parts of an answer in one line', () => {
	it('are joined by "; ", or a space after a part that ends a sentence', () => {
		expect(joinedParts(['A. Oil', 'C. Coal'])).toBe('A. Oil; C. Coal');
		expect(joinedParts(['B. It ended.', 'C. It won.', 'D. Oil'])).toBe(
			'B. It ended. C. It won. D. Oil'
		);
		expect(joinedParts(['1. “A boat,” she said', '2. Fire'])).toBe(
			'1. “A boat,” she said; 2. Fire'
		);
		expect(joinedParts(['1. He said “Go.”', '2. (none)', '3. Fire'])).toBe(
			'1. He said “Go.” 2. (none); 3. Fire'
		);
		expect(joinedParts([])).toBe('');
	});
});
