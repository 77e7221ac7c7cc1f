/**
 * The teacher view of a quiz with a question pool: the whole bank, each question's group, and what
 * each student gets of it.
 */
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import TeacherView from '$lib/components/teacher/TeacherView.svelte';
import type { QuizData } from '$lib/quiz/types';
import { article, practiceQuiz, views } from './ui-fixtures';

/** The fixture's five questions: two in group words, one in people, two in none. */
const grouped = views.map((view, i) => ({
	...view,
	...(i < 2 && { group: 'words' }),
	...(i === 2 && { group: 'people' })
}));

const show = (quiz: QuizData) => render(TeacherView, { props: { article, quiz, warnings: null } });
const cards = () => document.querySelectorAll('[data-question]');

describe('the teacher view of a quiz with pick', () => {
	it('shows every question of the bank and says how many each student gets', () => {
		show(practiceQuiz({ pick: 2, pool: { questions: 5, fewestPoints: 2 }, points: 3 }));
		expect(cards()).toHaveLength(5);
		expect(
			screen.getByText(
				'Each student gets 2 of these 5 questions, drawn when they open the quiz and kept when they reload.'
			)
		).toBeInTheDocument();
		expect(screen.getByText('2–3 for each student (6 in all)')).toBeInTheDocument();
		// the time a student takes: 2 questions of a minute each to answer, not 5
		expect(screen.getByText(/to read .*, 2 to answer/)).toBeInTheDocument();
	});

	it('with one pick per group: each group’s share, the rest always, and each question’s group', () => {
		show(
			practiceQuiz({
				questions: grouped,
				pick: { words: 1, people: 1 },
				pool: { questions: 5, fewestPoints: 4 },
				points: 4
			})
		);
		expect(
			screen.getByText(
				'Each student gets 1 of the 2 questions in group words, every question in group people (1) and the 2 questions outside those groups, drawn when they open the quiz and kept when they reload.'
			)
		).toBeInTheDocument();
		expect(screen.getByText('4 for each student (6 in all)')).toBeInTheDocument();
		expect(cards()[0]!.querySelector('.meta')).toHaveTextContent('· group words');
		expect(cards()[3]!.querySelector('.meta')).not.toHaveTextContent('group');
	});

	it('says nothing of a pool without pick', () => {
		show(practiceQuiz());
		expect(screen.queryByText(/Each student gets/)).toBeNull();
	});
});
