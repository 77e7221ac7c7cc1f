/**
 * The Studio's drafts and live check, without a browser: the template checks clean, a saved draft
 * is read back only when it has the right shape, the autosave writes once after a burst of changes
 * and says when, and the check client drops a reply to texts that have since changed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkArticle } from '$lib/checker/check-article';
import type { CheckPort } from '$lib/studio/check/check-client';
import { CheckClient } from '$lib/studio/check/check-client';
import type { CheckReply, CheckRequest } from '$lib/studio/check/messages';
import { AUTOSAVE_DELAY_MS, Autosave } from '$lib/studio/files/autosave.svelte';
import { draftTexts, readSavedDraft, type SavedDraft } from '$lib/studio/files/draft-data';
import type { DraftStore } from '$lib/studio/files/draft-store';
import { templateDraft } from '$lib/studio/files/template';

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
	const saved: SavedDraft = { version: 1, savedAt: 1_700_000_000_000, draft: templateDraft() };

	it('reads back a draft it saved', () => {
		expect(readSavedDraft(structuredClone(saved))).toEqual({ type: 'draft', saved });
		expect(readSavedDraft(undefined)).toEqual({ type: 'none' });
	});

	it('refuses anything malformed, whatever it is', () => {
		const malformed: unknown[] = [
			null,
			'text',
			[],
			{ ...saved, version: 2 },
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
		const writes: SavedDraft[] = [];
		const store: DraftStore = {
			load: async () => ({ type: 'none' }),
			save: async (saved) => void writes.push(saved)
		};
		return { store, writes };
	}

	it('saves once after a burst of changes, and says when', async () => {
		vi.useFakeTimers({ now: 1_700_000_000_000 });
		const { store, writes } = memoryStore();
		let text = 'a';
		const autosave = new Autosave(store, () => ({ ...templateDraft(), article: text }));
		autosave.schedule();
		text = 'ab';
		autosave.schedule();
		expect(autosave.status).toEqual({ type: 'saving' });
		await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
		expect(writes.map((w) => w.draft.article)).toEqual(['ab']);
		expect(autosave.status).toEqual({ type: 'saved', at: 1_700_000_000_000 + AUTOSAVE_DELAY_MS });
	});

	it('saves at once when flushed (the page is hidden), and not again', async () => {
		vi.useFakeTimers();
		const { store, writes } = memoryStore();
		const autosave = new Autosave(store, templateDraft);
		await autosave.flush();
		expect(writes).toHaveLength(0);
		autosave.schedule();
		await autosave.flush();
		await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
		expect(writes).toHaveLength(1);
	});

	it('says so when the browser refuses to save', async () => {
		const autosave = new Autosave(
			{ load: async () => ({ type: 'none' }), save: () => Promise.reject(new Error('quota')) },
			templateDraft
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
