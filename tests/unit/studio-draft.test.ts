/**
 * The Studio's draft and live check, without a browser: the template checks clean, a saved draft
 * (today's shape or the first Studio's) is read back only when it has the right shape, the autosave
 * writes once after a burst of changes and says when, and the check client drops a reply to texts
 * that have since changed. The list of drafts is studio-drafts.test.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkArticle } from '$lib/checker/check-article';
import type { CheckPort } from '$lib/studio/check/check-client';
import { CheckClient } from '$lib/studio/check/check-client';
import type { CheckReply, CheckRequest } from '$lib/studio/check/messages';
import { AUTOSAVE_DELAY_MS, Autosave } from '$lib/studio/files/autosave.svelte';
import { draftTexts, readSavedDraft, type SavedDraft } from '$lib/studio/files/draft-data';
import { keyValueDraftStore } from '$lib/studio/files/draft-store';
import { templateDraft } from '$lib/studio/files/template';
import { fakeFolder, mapKeyValue } from './studio-stores';

afterEach(() => vi.useRealTimers());

describe('the template', () => {
	it('checks clean and builds its one question', () => {
		const check = checkArticle(draftTexts(templateDraft()));
		expect(check.diagnostics).toEqual([]);
		expect(check.entry?.quizzes[0]?.questions).toHaveLength(1);
	});

	it('names its files as the CLI does', () => {
		const texts = draftTexts(templateDraft());
		expect(texts.path).toBe('questions/my-article/article.md');
		expect(texts.quizzes[0]?.path).toBe('questions/my-article/reading-check.yaml');
	});
});

describe('readSavedDraft', () => {
	const saved: SavedDraft = { version: 2, savedAt: 1_700_000_000_000, draft: templateDraft() };

	it('reads back a draft it saved', () => {
		expect(readSavedDraft(structuredClone(saved))).toEqual({ type: 'draft', saved });
		expect(readSavedDraft(undefined)).toEqual({ type: 'none' });
	});

	it("reads the first Studio's single draft, as it stored it (version 1, no folder)", () => {
		const first = { version: 1, savedAt: saved.savedAt, draft: templateDraft() };
		expect(readSavedDraft(first)).toEqual({ type: 'draft', saved });
	});

	it('keeps the folder it was opened from, and forgets a value that is not a folder', () => {
		const folder = fakeFolder('ferry');
		expect(readSavedDraft({ ...saved, folder })).toEqual({
			type: 'draft',
			saved: { ...saved, folder }
		});
		expect(readSavedDraft({ ...saved, folder: { kind: 'file', name: 'x' } })).toEqual({
			type: 'draft',
			saved
		});
	});

	it('refuses anything malformed, whatever it is', () => {
		const malformed: unknown[] = [
			null,
			'text',
			[],
			{ ...saved, version: 3 },
			{ ...saved, savedAt: 'today' },
			{ ...saved, draft: null },
			{ ...saved, draft: { ...saved.draft, article: 3 } },
			{ ...saved, draft: { ...saved.draft, quizzes: 'none' } },
			{ ...saved, draft: { ...saved.draft, quizzes: [{ slug: 'a' }] } },
			{ ...saved, draft: { ...saved.draft, quizzes: [null] } }
		];
		for (const value of malformed) expect(readSavedDraft(value)).toEqual({ type: 'malformed' });
	});

	it('keeps only the fields it knows', () => {
		const extra = { ...saved, evil: true, draft: { ...saved.draft, more: 1 } };
		expect(readSavedDraft(extra)).toEqual({ type: 'draft', saved });
	});
});

describe('Autosave', () => {
	function memoryStore() {
		const writes: { key: string; saved: SavedDraft }[] = [];
		const store = keyValueDraftStore(mapKeyValue(new Map()));
		store.save = async (key, saved) => void writes.push({ key, saved });
		return { store, writes };
	}
	const snapshotOf = (article: () => string) => () => ({
		key: 'draft:a',
		draft: { ...templateDraft(), article: article() }
	});

	it('saves once after a burst of changes, and says when', async () => {
		vi.useFakeTimers({ now: 1_700_000_000_000 });
		const { store, writes } = memoryStore();
		let text = 'a';
		const heard: number[] = [];
		const autosave = new Autosave(
			store,
			snapshotOf(() => text),
			(_snapshot, at) => void heard.push(at)
		);
		autosave.schedule();
		text = 'ab';
		autosave.schedule();
		expect(autosave.status).toEqual({ type: 'saving' });
		await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
		expect(writes.map((w) => [w.key, w.saved.draft.article])).toEqual([['draft:a', 'ab']]);
		const at = 1_700_000_000_000 + AUTOSAVE_DELAY_MS;
		expect(autosave.status).toEqual({ type: 'saved', at });
		expect(heard).toEqual([at]);
	});

	it('saves at once when flushed (the page is hidden), and not again', async () => {
		vi.useFakeTimers();
		const { store, writes } = memoryStore();
		const autosave = new Autosave(
			store,
			snapshotOf(() => 'a')
		);
		await autosave.flush();
		expect(writes).toHaveLength(0);
		autosave.schedule();
		await autosave.flush();
		await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
		expect(writes).toHaveLength(1);
	});

	it('says so when the browser refuses to save', async () => {
		const store = keyValueDraftStore(mapKeyValue(new Map()));
		store.save = () => Promise.reject(new Error('quota'));
		const autosave = new Autosave(
			store,
			snapshotOf(() => 'a')
		);
		autosave.schedule();
		await autosave.flush();
		expect(autosave.status).toEqual({ type: 'failed', message: 'quota' });
	});
});

describe('CheckClient', () => {
	/** A worker stand-in that answers when told to, with the checker run on what was posted. */
	function fakeWorker() {
		const posted: CheckRequest[] = [];
		let listener: ((event: MessageEvent<CheckReply>) => void) | undefined;
		const port: CheckPort = {
			postMessage: (request) => void posted.push(request),
			addEventListener: (_type, l) => void (listener = l),
			terminate: () => {}
		};
		const answer = (request: CheckRequest) =>
			listener?.({
				data: { type: 'checked', id: request.id, check: checkArticle(request.texts) }
			} as MessageEvent<CheckReply>);
		return { port, posted, answer };
	}

	it("resolves the newest check with the checker's result and drops an older one", async () => {
		const worker = fakeWorker();
		const client = new CheckClient(worker.port);
		const draft = templateDraft();
		const first = client.check(draftTexts(draft));
		const second = client.check(draftTexts({ ...draft, article: 'no front matter' }));
		worker.answer(worker.posted[0]!);
		worker.answer(worker.posted[1]!);
		expect(await first).toEqual({ type: 'stale' });
		const newest = await second;
		expect(newest.type).toBe('checked');
		if (newest.type !== 'checked') return;
		expect(newest.check.diagnostics[0]?.message).toMatch(
			/^article\.md must start with front matter/
		);
	});
});
