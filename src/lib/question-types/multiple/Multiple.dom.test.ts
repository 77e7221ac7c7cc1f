/**
 * Multiple.svelte: what the student sees of a multiple choice and does with it, and the review
 * once the key is shown.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import MultipleQuestion from './Multiple.svelte';
import { renderBound } from '../../../../tests/unit/harness/render-bound';
import { keyOf, viewOf } from '../../../../tests/unit/ui-fixtures';

describe('MultipleQuestion', () => {
	const question = viewOf('facts', 'multiple');

	it('uses checkboxes and binds every pick, in and out', async () => {
		const box = renderBound(MultipleQuestion, { question, response: [] });
		expect(screen.getByText('Select all that apply.')).toBeInTheDocument();
		await userEvent.click(screen.getByLabelText('Oil is short'));
		await userEvent.click(screen.getByLabelText('Trade has grown'));
		expect(box.value).toEqual(['x', 'z']);
		await userEvent.click(screen.getByLabelText('Oil is short'));
		expect(box.value).toEqual(['z']);
	});

	it('marks right picks, missed right answers and wrong picks', () => {
		render(MultipleQuestion, {
			props: {
				question,
				response: ['x', 'z'],
				locked: true,
				key: keyOf('facts', 'multiple'),
				optionOrder: []
			}
		});
		const row = (label: string) => screen.getByLabelText(label).closest('.choice');
		expect(row('Oil is short')).toHaveTextContent('Your choice: right');
		expect(row('Trade has fallen')).toHaveTextContent('Right answer (not chosen)');
		expect(row('Trade has grown')).toHaveTextContent('Your choice: not right');
	});
});
