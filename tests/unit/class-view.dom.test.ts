/**
 * The class view (components/class/ClassView.svelte) in jsdom: files picked through its file input
 * become the table, whose column headers sort it by keyboard with aria-sort saying how; the flags
 * name a file that could not be read.
 */
import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import ClassView from '$lib/components/class/ClassView.svelte';
import { handedIn, writeHandedIn } from '$lib/class/handed-in';
import { checkArticle } from '$lib/checker/check-article';
import { freshRecord, toSaved } from '$lib/state/saved-attempt';
import type { QuizData } from '$lib/quiz/types';
import { FIXTURE_ARTICLE, fixtureFile } from '../fixtures/content';

const check = checkArticle({
	slug: FIXTURE_ARTICLE,
	path: fixtureFile('article.md'),
	text: readFileSync(fixtureFile('article.md'), 'utf8'),
	quizzes: [
		{
			path: fixtureFile('class-results.yaml'),
			slug: 'class-results',
			text: readFileSync(fixtureFile('class-results.yaml'), 'utf8')
		}
	]
});
const quiz = check.entry!.quizzes[0] as QuizData;
const first = quiz.questions[0]!;
const choices = 'choices' in first ? first.choices : [];

/** A submitted file whose first question is answered with choice `n` (the first is right). */
function fileOf(student: string, n: number): File {
	const record = freshRecord(quiz, 1);
	record.answers[first.id] = { type: 'single', response: choices[n]!.id };
	const saved = toSaved({ ...record, submitted: true, submittedAt: 1_000 }, quiz, 1_000);
	const text = writeHandedIn(handedIn(quiz, saved, student, 2_000));
	return new File([text], `${student}.closereader.json`, { type: 'application/json' });
}

describe('ClassView', () => {
	it('tabulates the files picked, sorts by a header by keyboard, and names a broken file', async () => {
		const user = userEvent.setup();
		render(ClassView, { props: { quiz, sentenceIds: new Set<string>() } });
		const broken = new File(['not json'], 'broken.json', { type: 'application/json' });
		await user.upload(screen.getByLabelText(/Choose results files/), [
			fileOf('Bea', 0),
			fileOf('Abe', 1),
			broken
		]);
		const table = await screen.findByRole('table', { name: /one row per student/ });
		const students = () =>
			within(table)
				.getAllByRole('rowheader')
				.map((cell) => cell.textContent);
		expect(students()).toEqual(['Abe', 'Bea']);
		expect(
			screen.getByText('broken.json: skipped, not a results file (it is not JSON).')
		).toBeInTheDocument();

		// Q1 by keyboard: the best first, then (again) the other way
		within(table).getByRole('button', { name: 'Q1' }).focus();
		await user.keyboard('{Enter}');
		const q1 = within(table).getByRole('columnheader', { name: 'Q1' });
		expect(q1).toHaveAttribute('aria-sort', 'descending');
		expect(students()).toEqual(['Bea', 'Abe']);
		await user.keyboard('{Enter}');
		expect(q1).toHaveAttribute('aria-sort', 'ascending');
		expect(students()).toEqual(['Abe', 'Bea']);
		expect(within(table).getByRole('columnheader', { name: 'Student' })).not.toHaveAttribute(
			'aria-sort'
		);
	});
});
