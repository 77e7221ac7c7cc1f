/**
 * FillBlanks.svelte: what the student sees of a fill-in-the-blanks question and does with it, and
 * the review once the key is shown.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import FillBlanksQuestion from './FillBlanks.svelte';
import { renderBound } from '../../../../tests/unit/harness/render-bound';
import { keyOf, viewOf } from '../../../../tests/unit/text-question-fixtures';
import { fillBlanksGrading } from './grading';
import type { FillBlanks } from './types';

type FillBlanksView = FillBlanks['view'] & { id: string };

/** The blanks the grading finds not right in `response`, as the card hands them to the review. */
const wrongBlanks = (response: string[]) =>
	fillBlanksGrading.partsRight(keyOf('fill-typed', 'fill-blanks'), response)?.wrong;

describe('FillBlanksQuestion', () => {
	it('puts a labelled text box in the passage for each blank and binds what is typed', async () => {
		const question = viewOf('fill-typed', 'fill-blanks');
		const box = renderBound(FillBlanksQuestion, { question, response: ['', ''] });
		const second = screen.getByRole('textbox', { name: 'Blank 2 of 2' });
		expect(second.closest('p')).toHaveTextContent(/rebuild its\s+by deepening ties with\s*\./);
		await userEvent.type(second, 'China');
		expect(box.value).toEqual(['', 'China']);
		await userEvent.type(screen.getByRole('textbox', { name: 'Blank 1 of 2' }), 'economy');
		expect(box.value).toEqual(['economy', 'China']);
	});

	it('with a word bank offers every word for every blank, in the shown order', async () => {
		const question = viewOf('fill-bank', 'fill-blanks');
		const box = renderBound(FillBlanksQuestion, {
			question,
			response: ['', ''],
			optionOrder: ['Japan', 'China', 'economy']
		});
		const first = screen.getByRole('combobox', { name: 'Blank 1 of 2' });
		expect(
			within(first)
				.getAllByRole('option')
				.map((option) => option.textContent)
		).toEqual(['Choose…', 'Japan', 'China', 'economy']);
		await userEvent.selectOptions(first, 'China');
		expect(box.value).toEqual(['China', '']);
		await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Blank 2 of 2' }), 'China');
		expect(box.value).toEqual(['China', 'China']);
	});

	it('marks each blank in words once revealed and shows the passage with the right words', () => {
		render(FillBlanksQuestion, {
			props: {
				question: viewOf('fill-typed', 'fill-blanks'),
				response: [' Economy ', 'Japan'],
				locked: true,
				key: keyOf('fill-typed', 'fill-blanks'),
				optionOrder: [],
				// what the card passes once the key shows: the scorer's own marks
				wrongParts: wrongBlanks([' Economy ', 'Japan'])
			}
		});
		const first = screen.getByRole('textbox', { name: 'Blank 1 of 2' });
		const second = screen.getByRole('textbox', { name: 'Blank 2 of 2' });
		expect(first).toHaveAttribute('readonly');
		expect(first).toHaveAccessibleDescription('Right');
		expect(second).toHaveAccessibleDescription('Not right: “China” or “Beijing”');
		expect(screen.getByText('With the right words:').nextElementSibling).toHaveTextContent(
			/rebuild its economy \(blank 1\) by deepening ties with China \(blank 2\)\./
		);
	});

	it('says an empty blank was not answered', () => {
		render(FillBlanksQuestion, {
			props: {
				question: viewOf('fill-typed', 'fill-blanks'),
				response: ['', 'Beijing'],
				locked: true,
				key: keyOf('fill-typed', 'fill-blanks'),
				optionOrder: [],
				// what the card passes once the key shows: the scorer's own marks
				wrongParts: wrongBlanks(['', 'Beijing'])
			}
		});
		expect(screen.getByRole('textbox', { name: 'Blank 1 of 2' })).toHaveAccessibleDescription(
			'Not answered'
		);
		expect(screen.getByRole('textbox', { name: 'Blank 2 of 2' })).toHaveAccessibleDescription(
			'Right'
		);
	});

	it('sets a blank inside italic words in italics, and it still takes what is typed', async () => {
		const question = {
			...viewOf('fill-typed', 'fill-blanks'),
			parts: [
				{ kind: 'text', text: [{ text: 'He read ' }, { text: 'The ', em: true }] },
				{ kind: 'blank', index: 0, em: true },
				{ kind: 'text', text: [{ text: ' Orator', em: true }, { text: '.' }] }
			],
			blankCount: 1
		} satisfies FillBlanksView;
		const box = renderBound(FillBlanksQuestion, { question, response: [''] });
		const blank = screen.getByRole('textbox', { name: 'Blank 1 of 1' });
		const passage = blank.closest('p')!;
		expect([...passage.querySelectorAll('em')].map((em) => em.textContent)).toEqual([
			'The ',
			' Orator'
		]);
		// set as the title around it is: Svelte's scoped styles are not applied in jsdom, so the
		// rule is checked in a browser (dev-server.e2e.ts); here, that the blank is marked as italic
		expect(blank.parentElement).toHaveClass('em');
		await userEvent.type(blank, 'Columbian');
		expect(box.value).toEqual(['Columbian']);
	});

	it('while a wrong try waits, marks the blanks to check, in words, without the answer', () => {
		render(FillBlanksQuestion, {
			props: {
				question: viewOf('fill-typed', 'fill-blanks'),
				response: ['economy', 'Japan'],
				locked: true,
				key: null,
				optionOrder: [],
				wrongParts: [1]
			}
		});
		const first = screen.getByRole('textbox', { name: 'Blank 1 of 2' });
		const second = screen.getByRole('textbox', { name: 'Blank 2 of 2' });
		expect(second).toHaveAccessibleDescription('Check this blank');
		expect(second.parentElement).toHaveAttribute('data-status', 'wrong');
		// an icon beside the words: not colour alone
		expect(screen.getByText('Check this blank', { exact: false })).toHaveTextContent(
			'✗ Check this blank'
		);
		expect(first).not.toHaveAccessibleDescription();
		expect(first.parentElement).not.toHaveAttribute('data-status');
		expect(screen.queryByText('With the right words:')).not.toBeInTheDocument();
	});
});
