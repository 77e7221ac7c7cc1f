/**
 * The Studio's drafts in this browser, on a store like IndexedDB's: the first visit opens the
 * example, the first Studio's single draft still opens, and a teacher switches between drafts,
 * starts another, opens files or a folder as a new one (the folder kept with it) and deletes one;
 * each listed with when it was last saved, the one open last opened again after a reload.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_DELAY_MS } from '$lib/studio/files/autosave.svelte';
import type { DraftData } from '$lib/studio/files/draft-data';
import { FIRST_DRAFT_KEY, keyValueDraftStore } from '$lib/studio/files/draft-store';
import { Drafts } from '$lib/studio/files/drafts.svelte';
import { templateDraft } from '$lib/studio/files/template';
import { fakeFolder, mapKeyValue } from './studio-stores';

afterEach(() => vi.useRealTimers());

const ferry: DraftData = {
	slug: 'ferry',
	article: '---\ntitle: Ferry\n---\n\nThe ferry.\n',
	quizzes: [{ slug: 'check', text: 'title: C\nquestions:\n' }]
};

/** A page load: the drafts read from `map` (the browser's IndexedDB, kept across loads). */
async function load(map: Map<string, unknown>) {
	const drafts = new Drafts(keyValueDraftStore(mapKeyValue(map)));
	const read = await drafts.start();
	return { drafts, read };
}

const listed = (drafts: Drafts) => drafts.list.map((entry) => [entry.slug, entry.savedAt]);

describe('Drafts', () => {
	it('opens the example on a first visit, unsaved and unlisted until changed', async () => {
		const { drafts, read } = await load(new Map());
		expect(read).toEqual({ type: 'read' });
		expect(drafts.draft.data).toEqual(templateDraft());
		expect(drafts.list).toEqual([]);
		expect(drafts.autosave.status).toEqual({ type: 'unsaved' });
	});

	it("opens the first Studio's single draft, as it stored it, and saves it where it was", async () => {
		vi.useFakeTimers({ now: 1_700_000_100_000 });
		const map = new Map<string, unknown>([
			[FIRST_DRAFT_KEY, { version: 1, savedAt: 1_700_000_000_000, draft: ferry }]
		]);
		const { drafts } = await load(map);
		expect(drafts.draft.data).toEqual(ferry);
		expect(drafts.autosave.status).toEqual({ type: 'saved', at: 1_700_000_000_000 });
		expect(listed(drafts)).toEqual([['ferry', 1_700_000_000_000]]);
		drafts.draft.setArticle(`${ferry.article}More.\n`);
		await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
		expect(map.get(FIRST_DRAFT_KEY)).toMatchObject({
			version: 2,
			draft: { article: `${ferry.article}More.\n` }
		});
		expect([...map.keys()].filter((key) => key.startsWith('draft'))).toEqual([FIRST_DRAFT_KEY]);
	});

	it('starts another, switches back and forth losing nothing, and reopens the one open last', async () => {
		vi.useFakeTimers({ now: 1_700_000_000_000 });
		const map = new Map<string, unknown>();
		const { drafts } = await load(map);
		drafts.draft.setSlug('first');
		// switched before the autosave's pause: the edit is saved first
		await drafts.startNew();
		expect(drafts.draft.data).toEqual(templateDraft());
		expect(listed(drafts).map(([slug]) => slug)).toEqual(['my-article', 'first']);
		const second = drafts.key;
		vi.setSystemTime(1_700_000_060_000);
		drafts.draft.setSlug('second');
		await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
		expect(listed(drafts)).toEqual([
			['second', 1_700_000_060_000 + AUTOSAVE_DELAY_MS],
			['first', 1_700_000_000_000]
		]);
		const first = drafts.list[1]!.key;
		await drafts.open(first);
		expect(drafts.draft.slug).toBe('first');
		expect(drafts.autosave.status).toEqual({ type: 'saved', at: 1_700_000_000_000 });

		// reloaded: the one open last, with both listed
		const again = (await load(map)).drafts;
		expect(again.key).toBe(first);
		expect(again.draft.slug).toBe('first');
		await again.open(second);
		expect(again.draft.slug).toBe('second');
	});

	it('opens files or a folder as a new draft, the folder kept with it across a reload', async () => {
		const map = new Map<string, unknown>();
		const { drafts } = await load(map);
		await drafts.startNew(ferry, fakeFolder('ferry'));
		expect(drafts.draft.folder?.name).toBe('ferry');
		await drafts.startNew({ ...ferry, slug: 'picked' });
		expect(drafts.draft.folder).toBeUndefined();
		const again = (await load(map)).drafts;
		expect(again.draft.slug).toBe('picked');
		await again.open(again.list.find((entry) => entry.slug === 'ferry')!.key);
		expect(again.draft.folder?.name).toBe('ferry');
	});

	it('deletes a draft; the open one gives way to the newest other, the last to the example', async () => {
		vi.useFakeTimers({ now: 1_700_000_000_000 });
		const map = new Map<string, unknown>();
		const { drafts } = await load(map);
		await drafts.startNew(ferry);
		vi.setSystemTime(1_700_000_001_000);
		await drafts.startNew({ ...ferry, slug: 'newer' });
		vi.setSystemTime(1_700_000_002_000);
		await drafts.startNew({ ...ferry, slug: 'open' });
		const [open, newer, old] = drafts.list.map((entry) => entry.key);
		await drafts.remove(old!);
		expect(listed(drafts).map(([slug]) => slug)).toEqual(['open', 'newer']);
		expect(drafts.draft.slug).toBe('open');
		drafts.draft.setSlug('edited');
		// deleted with an edit waiting: the edit is not saved, and the draft stays deleted
		await drafts.remove(open!);
		await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
		expect(drafts.draft.slug).toBe('newer');
		expect(listed(drafts).map(([slug]) => slug)).toEqual(['newer']);
		await drafts.remove(newer!);
		expect(drafts.draft.data).toEqual(templateDraft());
		expect(drafts.list).toEqual([]);
		expect((await load(map)).drafts.list).toEqual([]);
	});

	it('leaves out a kept value that is not a draft, and says how many', async () => {
		const map = new Map<string, unknown>([
			['draft:broken', { version: 2, savedAt: 'never' }],
			['draft:good', { version: 2, savedAt: 1, draft: ferry }]
		]);
		const { drafts, read } = await load(map);
		expect(read).toEqual({ type: 'unreadable', count: 1 });
		expect(listed(drafts)).toEqual([['ferry', 1]]);
		expect(drafts.draft.data).toEqual(ferry);
	});
});
