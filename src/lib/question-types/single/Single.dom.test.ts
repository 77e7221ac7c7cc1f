/**
 * Single.svelte: what the student sees of a single choice and does with it, and the review once
 * the key is shown.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import SingleQuestion from './Single.svelte';
import { renderBound } from '../../../../tests/unit/harness/render-bound';
import { keyOf, viewOf } from '../../../../tests/unit/ui-fixtures';

describe('SingleQuestion', () => {
	const question = viewOf('main-idea', 'single');

	it('shows the choices as radios in the given order, lettered, and binds the pick', async () => {
		const box = renderBound(SingleQuestion, {
			question,
			response: null,
			optionOrder: ['c', 'a', 'b']
		});
		const radios = screen.getAllByRole('radio');
		expect(radios.map((radio) => radio.closest('.choice')?.textContent?.trim())).toEqual([
			'A. Talks with the U.S.',
			'B. Closer ties with China',
			'C. A war'
		]);
		await userEvent.click(screen.getByLabelText('A war'));
		expect(box.value).toBe('b');
		expect(screen.getByLabelText('A war')).toBeChecked();
	});

	it('marks the right answer and a wrong pick in words once the key is shown, and locks', () => {
		render(SingleQuestion, {
			props: {
				question,
				response: 'b',
				locked: true,
				key: keyOf('main-idea', 'single'),
				optionOrder: []
			}
		});
		expect(screen.getByLabelText('A war')).toBeDisabled();
		const wrong = screen.getByLabelText('A war').closest('.choice');
		const right = screen.getByLabelText('Closer ties with China').closest('.choice');
		expect(wrong).toHaveTextContent('Your choice: not right');
		expect(right).toHaveTextContent('Right answer (not chosen)');
		expect(screen.getByLabelText('Talks with the U.S.').closest('.choice')).not.toHaveTextContent(
			/right/
		);
	});
});
