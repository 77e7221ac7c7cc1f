/**
 * Match.svelte: what the student sees of a match question and does with it, and the review once
 * the key is shown.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import MatchQuestion from './Match.svelte';
import { renderBound } from '../../../../tests/unit/harness/render-bound';
import { keyOf, viewOf } from '../../../../tests/unit/text-question-fixtures';

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

	it('while a wrong try waits, marks the pairs to check, in words, without the answer', () => {
		render(MatchQuestion, {
			props: {
				question,
				response: ['r1', 'r3'],
				locked: true,
				key: null,
				optionOrder: [],
				wrongParts: [1]
			}
		});
		const biden = screen.getByRole('combobox', { name: 'Biden' });
		const kim = screen.getByRole('combobox', { name: 'Kim' });
		expect(kim).toHaveAccessibleDescription('Check this pair');
		expect(kim.closest('li')).toHaveAttribute('data-status', 'wrong');
		// an icon beside the words: not colour alone
		expect(screen.getByText('Check this pair', { exact: false })).toHaveTextContent(
			'✗ Check this pair'
		);
		expect(biden).not.toHaveAccessibleDescription();
		expect(biden.closest('li')).not.toHaveAttribute('data-status');
		expect(screen.queryByText(/Not right: it matches/)).not.toBeInTheDocument();
	});
});
