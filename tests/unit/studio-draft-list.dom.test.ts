/**
 * The Studio's list of drafts as a teacher uses it: each draft's name and when it was saved, the
 * open one marked; another opened with a click, focus staying on it; a deletion confirmed or
 * kept, focus on Keep it, then back on Delete, or on the list's heading once deleted.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import DraftList from '$lib/studio/files/DraftList.svelte';
import { keyValueDraftStore } from '$lib/studio/files/draft-store';
import { Drafts } from '$lib/studio/files/drafts.svelte';
import { templateDraft } from '$lib/studio/files/template';
import { mapKeyValue } from './studio-stores';

const at = new Date(2026, 11, 7, 9, 5).getTime();
const saved = (slug: string, savedAt: number) => ({
	version: 2,
	savedAt,
	draft: { ...templateDraft(), slug }
});

describe('the list of drafts', () => {
	it('names each with when it was saved, opens another, and deletes one once confirmed', async () => {
		const map = new Map<string, unknown>([
			['draft:a', saved('ferry', at)],
			['draft:b', saved('lighthouse', at - 86_400_000)]
		]);
		const drafts = new Drafts(keyValueDraftStore(mapKeyValue(map)));
		await drafts.start();
		render(DraftList, { props: { drafts } });
		const time = (ms: number) =>
			new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
		const items = () => screen.getAllByRole('listitem').map((item) => item.textContent?.trim());
		// one space between the parts, whether open or not (the day shown unless it is today)
		expect(items()[0]).toMatch(new RegExp(`^ferry \\(open\\) saved (at |.+, )${time(at)} Delete$`));
		expect(items()[1]).toMatch(
			new RegExp(`^lighthouse saved .+, ${time(at - 86_400_000)} Delete$`)
		);

		const user = userEvent.setup();
		const lighthouse = screen.getByRole('button', { name: 'lighthouse' });
		await user.click(lighthouse);
		await expect.poll(() => drafts.draft.slug).toBe('lighthouse');
		expect(lighthouse).toHaveFocus();
		expect(lighthouse).toHaveAttribute('aria-current', 'true');

		await user.click(screen.getByRole('button', { name: 'Delete the draft ferry' }));
		expect(screen.getByRole('button', { name: 'Keep it' })).toHaveFocus();
		await user.click(screen.getByRole('button', { name: 'Keep it' }));
		expect(screen.getByRole('button', { name: 'Delete the draft ferry' })).toHaveFocus();
		await user.click(screen.getByRole('button', { name: 'Delete the draft ferry' }));
		await user.click(screen.getByRole('button', { name: 'Delete it' }));
		await expect.poll(() => screen.getAllByRole('listitem')).toHaveLength(1);
		expect(screen.getByRole('heading', { name: 'Drafts in this browser' })).toHaveFocus();
		expect(
			within(screen.getByRole('list')).getByRole('button', { name: 'lighthouse' })
		).toBeTruthy();
		expect(map.has('draft:a')).toBe(false);
	});
});
