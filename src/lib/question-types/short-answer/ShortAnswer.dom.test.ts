/**
 * ShortAnswer.svelte: what the student sees of a short answer and does with it, and the review
 * once the key is shown.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import ShortAnswerQuestion from './ShortAnswer.svelte';
import { renderBound } from '../../../../tests/unit/harness/render-bound';
import { keyOf, viewOf } from '../../../../tests/unit/ui-fixtures';

describe('ShortAnswerQuestion', () => {
	const question = viewOf('resource', 'short-answer');

	it('has a labelled text box whose text is bound', async () => {
		const box = renderBound(ShortAnswerQuestion, { question, response: '' });
		await userEvent.type(screen.getByRole('textbox', { name: 'Your answer' }), 'Crude oil');
		expect(box.value).toBe('Crude oil');
	});

	it('shows the accepted answers once the key is known, and is read-only', () => {
		render(ShortAnswerQuestion, {
			props: {
				question,
				response: 'coal',
				locked: true,
				key: keyOf('resource', 'short-answer'),
				optionOrder: []
			}
		});
		expect(screen.getByRole('textbox', { name: 'Your answer' })).toHaveAttribute('readonly');
		expect(screen.getByText(/Right answers:/)).toHaveTextContent(
			'Right answers: “crude oil”, “oil”'
		);
	});
});
