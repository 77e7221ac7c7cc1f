import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import FillBlanksQuestion from '$lib/question-types/fill-blanks/FillBlanks.svelte';
import MatchQuestion from '$lib/question-types/match/Match.svelte';
import OrderQuestion from '$lib/question-types/order/Order.svelte';
import { renderBound } from './harness/render-bound';
import { keyOf, viewOf } from './text-question-fixtures';

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

	it('says an empty blank was not answered', () => {
		render(FillBlanksQuestion, {
			props: {
				question: viewOf('fill-typed', 'fill-blanks'),
				response: ['', 'Beijing'],
				locked: true,
				key: keyOf('fill-typed', 'fill-blanks'),
				optionOrder: []
			}
		});
		expect(screen.getByRole('textbox', { name: 'Blank 1 of 2' })).toHaveAccessibleDescription(
			'Not answered'
		);
		expect(screen.getByRole('textbox', { name: 'Blank 2 of 2' })).toHaveAccessibleDescription(
			'Right'
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
		expect(
			within(kim)
				.getAllByRole('option')
				.map((option) => option.textContent)
		).toEqual(['Choose…', 'visited Moscow', 'criticized North Korea', 'fired missiles']);
		await userEvent.selectOptions(kim, 'fired missiles');
		expect(box.value).toEqual([null, 'r2']);
		await userEvent.selectOptions(
			screen.getByRole('combobox', { name: 'Biden' }),
			'visited Moscow'
		);
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

describe('OrderQuestion', () => {
	const question = viewOf('events', 'order');
	const shown = ['i1', 'i3', 'i2'];
	const listed = () =>
		Array.from(document.querySelectorAll('ol.items > li .text'), (item) => item.textContent);

	it('moves items by keyboard, announces the new position and keeps focus on the item', async () => {
		const box = renderBound(OrderQuestion, { question, response: null, optionOrder: shown });
		expect(listed()).toEqual(['Biden takes office', 'Pyongyang fires missiles', 'Trump meets Kim']);
		expect(box.value).toBeNull();

		const down = screen.getByRole('button', { name: 'Move “Biden takes office” down' });
		down.focus();
		await userEvent.keyboard('{Enter}');
		expect(box.value).toEqual(['i3', 'i1', 'i2']);
		expect(listed()).toEqual(['Pyongyang fires missiles', 'Biden takes office', 'Trump meets Kim']);
		expect(screen.getByText('“Biden takes office” moved to position 2 of 3.')).toBeInTheDocument();
		expect(down).toHaveFocus();

		// at the bottom "Move down" is disabled, so focus goes to the item's "Move up"
		await userEvent.keyboard('{Enter}');
		expect(box.value).toEqual(['i3', 'i2', 'i1']);
		expect(screen.getByRole('button', { name: 'Move “Biden takes office” down' })).toBeDisabled();
		expect(screen.getByRole('button', { name: 'Move “Biden takes office” up' })).toHaveFocus();
		expect(screen.getByText('“Biden takes office” moved to position 3 of 3.')).toBeInTheDocument();
	});

	it('answers with the shown order on "Keep this order"', async () => {
		const box = renderBound(OrderQuestion, { question, response: null, optionOrder: shown });
		await userEvent.click(screen.getByRole('button', { name: 'Keep this order' }));
		expect(box.value).toEqual(shown);
		expect(screen.queryByRole('button', { name: 'Keep this order' })).not.toBeInTheDocument();
	});

	it('moves an item dragged by its handle with pointer events', async () => {
		const box = renderBound(OrderQuestion, { question, response: null, optionOrder: shown });
		// jsdom has no layout: rows 50px apart, 40px high
		document.querySelectorAll<HTMLElement>('ol.items > li').forEach((row, i) => {
			row.getBoundingClientRect = () => new DOMRect(0, i * 50, 300, 40);
		});
		const handle = document.querySelector<HTMLElement>('[data-item="i1"] .handle')!;
		const pointer = { pointerId: 7, pointerType: 'touch', isPrimary: true };
		await fireEvent.pointerDown(handle, { ...pointer, clientY: 20 });
		await fireEvent.pointerMove(handle, { ...pointer, clientY: 60 });
		await fireEvent.pointerMove(handle, { ...pointer, clientY: 125 });
		expect(box.value).toBeNull();
		await fireEvent.pointerUp(handle, { ...pointer, clientY: 125 });
		expect(box.value).toEqual(['i3', 'i2', 'i1']);
		expect(screen.getByText('“Biden takes office” moved to position 3 of 3.')).toBeInTheDocument();
	});

	it('marks each item and shows the right order once revealed', () => {
		render(OrderQuestion, {
			props: {
				question,
				response: ['i2', 'i3', 'i1'],
				locked: true,
				key: keyOf('events', 'order'),
				optionOrder: shown
			}
		});
		expect(screen.queryByRole('button', { name: /Move/ })).not.toBeInTheDocument();
		const row = (text: string) =>
			screen.getByText(text, { selector: '.items .text' }).closest('li');
		expect(row('Trump meets Kim')).toHaveTextContent('In the right place');
		expect(row('Pyongyang fires missiles')).toHaveTextContent('Belongs at position 3');
		expect(row('Biden takes office')).toHaveTextContent('Belongs at position 2');
		const right = screen.getByRole('list', { name: 'The right order:' });
		expect(
			within(right)
				.getAllByRole('listitem')
				.map((item) => item.textContent)
		).toEqual(['Trump meets Kim', 'Biden takes office', 'Pyongyang fires missiles']);
	});
});
