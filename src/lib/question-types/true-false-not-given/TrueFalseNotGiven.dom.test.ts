/**
 * TrueFalseNotGiven.svelte: what the student sees of a true/false/not given question and does with
 * it, and the review once the key is shown.
 */
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import TrueFalseNotGivenQuestion from './TrueFalseNotGiven.svelte';
import { renderBound } from '../../../../tests/unit/harness/render-bound';
import { keyOf, viewOf } from '../../../../tests/unit/ui-fixtures';

describe('TrueFalseNotGivenQuestion', () => {
	it('offers True, False and Not given, and shows which was right', async () => {
		const question = viewOf('tfng', 'true-false-not-given');
		const box = renderBound(TrueFalseNotGivenQuestion, { question, response: null });
		await userEvent.click(screen.getByLabelText('Not given'));
		expect(box.value).toBe('not-given');
		cleanup();
		render(TrueFalseNotGivenQuestion, {
			props: {
				question,
				response: 'not-given',
				locked: true,
				key: keyOf('tfng', 'true-false-not-given'),
				optionOrder: []
			}
		});
		expect(screen.getByLabelText('Not given').closest('.choice')).toHaveTextContent(
			'Your choice: right'
		);
	});
});
