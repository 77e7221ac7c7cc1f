import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import BindResponse from './BindResponse.svelte';
import { keyOf, viewOf } from '../../../../tests/unit/text-question-fixtures';
import type { QuestionType } from '$lib/quiz/schema';
import type { QuestionComponent } from './registry';
import type { QuestionProps } from './types';
import FillBlanksQuestion from './FillBlanksQuestion.svelte';
import MatchQuestion from './MatchQuestion.svelte';

/** Renders `component` with `response` bound; the component's assignments land in `box.value`. */
function renderBound<T extends QuestionType>(
	component: QuestionComponent<T>,
	props: Omit<QuestionProps<T>, 'locked' | 'key' | 'optionOrder'> & Partial<QuestionProps<T>>
) {
	const box: { value: QuestionProps<T>['response'] } = { value: props.response };
	render(BindResponse<T>, {
		props: {
			locked: false,
			key: null,
			optionOrder: [],
			...props,
			component,
			onresponse: (value) => (box.value = value)
		}
	});
	return box;
}

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
		expect(within(first).getAllByRole('option').map((option) => option.textContent)).toEqual([
			'Choose…',
			'Japan',
			'China',
			'economy'
		]);
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
				optionOrder: []
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
});

describe('MatchQuestion', () => {
	const question = viewOf('who', 'match');

	it('gives each left a select labelled by its text, rights in the shown order', async () => {
		const box = renderBound(MatchQuestion, {
			question,
			response: [null, null],
			optionOrder: ['r3', 'r1', 'r2']
		});
		const kim = screen.getByRole('combobox', { name: 'Kim' });
		expect(within(kim).getAllByRole('option').map((option) => option.textContent)).toEqual([
			'Choose…',
			'visited Moscow',
			'criticized North Korea',
			'fired missiles'
		]);
		await userEvent.selectOptions(kim, 'fired missiles');
		expect(box.value).toEqual([null, 'r2']);
		await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Biden' }), 'visited Moscow');
		expect(box.value).toEqual(['r3', 'r2']);
		await userEvent.selectOptions(kim, 'Choose…');
		expect(box.value).toEqual(['r3', null]);
	});

	it('says per pair whether it is right and what the right match is', () => {
		render(MatchQuestion, {
			props: {
				question,
				response: ['r3', 'r2'],
				locked: true,
				key: keyOf('who', 'match'),
				optionOrder: []
			}
		});
		const biden = screen.getByRole('combobox', { name: 'Biden' });
		expect(biden).toBeDisabled();
		expect(biden).toHaveAccessibleDescription('Not right: it matches “criticized North Korea”');
		expect(screen.getByRole('combobox', { name: 'Kim' })).toHaveAccessibleDescription('Right pair');
	});
});
