/**
 * A sentence of the article as a toggle (components/selection/SentenceToggle.svelte), both for
 * selecting a question's evidence and for marking the student's own highlights: the student's
 * highlights and notes on it are drawn as they are in the article, its link shows as text, and its
 * checked state (✓, aria-checked) stays its own.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import SentenceToggle from '$lib/components/selection/SentenceToggle.svelte';
import type { OwnMark, Piece } from '$lib/text/segments';

const green: OwnMark = { type: 'highlighter', colour: 'green', paragraph: 1, start: 0, end: 9 };
const note: OwnMark = { type: 'note', text: 'Why?', paragraph: 1, start: 10, end: 14 };
const pieces: Piece[] = [
	{
		text: 'Only tough',
		marks: {},
		highlighted: false,
		own: { over: [green], starting: [green], ending: [green] }
	},
	{ text: ' animals ', marks: { href: 'https://example.org/' }, highlighted: false },
	{
		text: 'live',
		marks: {},
		highlighted: false,
		own: { over: [note], starting: [note], ending: [note] }
	},
	{ text: ' there.', marks: {}, highlighted: false }
];

describe('SentenceToggle', () => {
	for (const look of ['selecting', 'marking'] as const)
		it(`draws the student's own highlight and note inside the toggle (${look})`, async () => {
			const ontoggle = vi.fn();
			const { rerender } = render(SentenceToggle, {
				props: {
					id: '1.2',
					pieces,
					checked: false,
					tabbable: true,
					look,
					ontoggle,
					onfocus: () => {}
				}
			});
			const toggle = screen.getByRole('checkbox', { name: 'Only tough animals live there.' });
			const own = toggle.querySelectorAll('.own');
			expect([...own].map((span) => span.textContent)).toEqual(['Only tough', 'live']);
			expect(own[0]).toHaveAttribute('data-colour', 'green');
			expect(own[1]).toHaveAttribute('data-noted', 'true');
			expect(own[1]).not.toHaveAttribute('data-colour');
			expect(toggle.querySelector('a')).toBeNull();
			expect(toggle).not.toBeChecked();

			await userEvent.click(toggle);
			expect(ontoggle).toHaveBeenCalledOnce();
			await rerender({ checked: true });
			expect(toggle).toBeChecked();
			expect(toggle.textContent).toBe('✓Only tough animals live there.');
			expect(toggle.querySelectorAll('.own')).toHaveLength(2);
		});
});
