/**
 * TrueFalse.svelte: what the student sees of a true/false question and does with it, and the
 * review once the key is shown.
 */
import { screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import TrueFalseQuestion from './TrueFalse.svelte';
import { renderBound } from '../../../../tests/unit/harness/render-bound';
import { viewOf } from '../../../../tests/unit/ui-fixtures';

describe('TrueFalseQuestion', () => {
	it('offers True and False and binds a boolean', async () => {
		const box = renderBound(TrueFalseQuestion, {
			question: viewOf('tf', 'true-false'),
			response: null
		});
		expect(screen.getAllByRole('radio')).toHaveLength(2);
		await userEvent.click(screen.getByLabelText('False'));
		expect(box.value).toBe(false);
		await userEvent.click(screen.getByLabelText('True'));
		expect(box.value).toBe(true);
	});
});
