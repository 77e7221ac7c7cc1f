/**
 * Order.svelte: what the student sees of an order question and does with it, and the review once
 * the key is shown.
 */
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import OrderQuestion from './Order.svelte';
import { renderBound } from '../../../../tests/unit/harness/render-bound';
import { keyOf, viewOf } from '../../../../tests/unit/text-question-fixtures';

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

	it('while a wrong try waits, marks the items not in place, in words, without the answer', () => {
		render(OrderQuestion, {
			props: {
				question,
				response: ['i2', 'i3', 'i1'],
				locked: true,
				key: null,
				optionOrder: shown,
				// i3 and i1, second and third in the student's order, are not in place
				wrongParts: [1, 2]
			}
		});
		const row = (text: string) =>
			screen.getByText(text, { selector: '.items .text' }).closest('li');
		expect(row('Trump meets Kim')).not.toHaveAttribute('data-status');
		expect(row('Trump meets Kim')).not.toHaveTextContent('Not in place');
		for (const text of ['Pyongyang fires missiles', 'Biden takes office']) {
			expect(row(text)).toHaveAttribute('data-status', 'wrong');
			expect(row(text)).toHaveTextContent('✗ Not in place');
		}
		expect(screen.queryByText(/Belongs at position/)).not.toBeInTheDocument();
		expect(screen.queryByRole('list', { name: 'The right order:' })).not.toBeInTheDocument();
	});
});
