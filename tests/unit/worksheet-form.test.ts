/**
 * A worksheet's form (quiz/form.ts): the seed written as a code and read back, and the quiz
 * arranged by it exactly as the quiz page of that seed shows it (question order, draw, option
 * order), so that the printed key's numbers and letters are the worksheet's.
 */
import { describe, expect, it } from 'vitest';
import { answerContext } from '$lib/components/quiz/answer-words';
import { formArrangement, formCode, formSeed } from '$lib/quiz/form';
import { rightAnswerText } from '$lib/quiz/grading';
import type { QuizData } from '$lib/quiz/types';
import { getQuiz } from '$lib/server/content-source';
import { Attempt } from '$lib/state/attempt.svelte';
import { loadedGrading } from './loaded-grading';
import { savedFormSeed } from '$lib/state/worksheet-form';
import { memoryStore } from '$lib/state/storage';
import { FIXTURE_ARTICLE, FIXTURE_CONTENT } from '../fixtures/content';

const quizOf = (slug: string): QuizData => getQuiz(FIXTURE_ARTICLE, slug, FIXTURE_CONTENT)!;

function pageOf(quiz: QuizData, seed: number): Attempt {
	// the page of a test has no keys
	const page = quiz.mode === 'test' ? { ...quiz, keys: null } : quiz;
	const attempt = new Attempt({
		grading: loadedGrading,
		quiz: page,
		store: memoryStore(),
		persistent: true,
		makeSeed: () => seed
	});
	attempt.load();
	return attempt;
}

describe('a form code', () => {
	it('is the seed in letters and digits, read back whatever the case and spaces', () => {
		for (const seed of [0, 1, 35, 36, 123_456_789, 2 ** 32 - 1]) {
			expect(formCode(seed)).toMatch(/^[0-9A-Z]{1,7}$/);
			expect(formSeed(formCode(seed))).toBe(seed);
			expect(formSeed(` ${formCode(seed).toLowerCase()} `)).toBe(seed);
			expect(formSeed(`Form ${formCode(seed)}`)).toBe(seed);
		}
		expect(formCode(2 ** 32 - 1)).toBe('1Z141Z3');
	});

	it('is nothing when it is not one', () => {
		for (const code of ['', '  ', '12-3', 'Form 1.5', '1Z141Z4', 'ZZZZZZZZ'])
			expect(formSeed(code)).toBeNull();
	});
});

describe('the quiz arranged by a form', () => {
	const shuffledPractice: QuizData = {
		...quizOf('reading-check'),
		shuffle: { questions: true, choices: true }
	};

	it.each([
		['a practice quiz, questions and choices shuffled', shuffledPractice],
		['a test (no keys on its page)', quizOf('vocabulary')],
		['a quiz with pick', quizOf('question-pool')]
	])('is what the page of that seed shows: %s', (_, quiz) => {
		for (const seed of [1, 42, 2_024_123]) {
			const page = pageOf(quiz, seed);
			const form = formArrangement(quiz, seed);
			expect(form.questions.map((view) => view.id)).toEqual(page.questions.map((view) => view.id));
			for (const view of form.questions)
				expect(form.options[view.id], view.id).toEqual(page.arrangement.options[view.id]);
		}
	});

	it('gives a right choice the letter its worksheet shows it with', () => {
		const seed = 7;
		const form = formArrangement(shuffledPractice, seed);
		const view = form.questions.find((question) => question.id === 'main-idea')!;
		if (view.type !== 'single') throw new Error('main-idea is a single-answer question');
		const key = shuffledPractice.keys!['main-idea']!;
		if (key.type !== 'single') throw new Error('a single key');
		const order = pageOf(shuffledPractice, seed).arrangement.options['main-idea']!;
		const letter = String.fromCharCode(65 + order.indexOf(key.correct));
		const right = rightAnswerText(view, key, answerContext(form.options['main-idea']!, new Map()));
		expect(right).toMatch(new RegExp(`^${letter}\\. To bring back its ferry`));
	});
});

describe('the form of this browser', () => {
	it('is none without a saved attempt (no localStorage in Node)', () => {
		expect(savedFormSeed(FIXTURE_ARTICLE, quizOf('reading-check'))).toBeNull();
	});
});
