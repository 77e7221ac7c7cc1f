/**
 * The Studio's files and drafts in the built site, as a teacher uses them: the first Studio's single
 * draft (as it stored it) still opens; a folder opened by "Open folder…" (a real folder handle, of
 * the origin-private file system, handed over by a stand-in for the browser's folder picker) shows
 * its files, checked and saved as a new draft, and "Save to …" writes the edits back into it; files
 * opened by the file picker or dropped on the page each become a new draft; the drafts are listed
 * with when each was saved, switched between and deleted; after a reload the folder is remembered
 * and saving to it asks the browser's permission again.
 */
import { expect, test, type Page } from '@playwright/test';
import { CLEAN_ARTICLE, QUIZ_FIXED } from '../fixtures/studio/mistakes.ts';
import { expectNoAxeViolations, gotoHydrated } from './helpers.ts';
import { pasteInto, studioEditor, waitForStudio } from './studio.ts';

const LEGACY_ARTICLE = CLEAN_ARTICLE.replace('The ferry comes back', 'The ferry, as first saved');
const PICKED_QUIZ = QUIZ_FIXED.replace('Ferry check', 'Picked check');
const DROPPED_QUIZ = QUIZ_FIXED.replace('Ferry check', 'Dropped check');

/**
 * In place of the browser's folder picker (which a test cannot click), the folder `ferry` of the
 * origin-private file system; and the permission of a folder kept from before a reload is "ask"
 * (as Chrome has it), counted each time it is asked for.
 */
function pickerStandIn() {
	const win = window as unknown as Record<string, unknown>;
	win.showDirectoryPicker = async () =>
		(await navigator.storage.getDirectory()).getDirectoryHandle('ferry');
	win.permissionAsked = 0;
	const proto = FileSystemHandle.prototype as unknown as Record<string, unknown>;
	proto.queryPermission = async () => 'prompt';
	proto.requestPermission = async () => {
		win.permissionAsked = Number(win.permissionAsked) + 1;
		return 'granted';
	};
}

/** The files of the origin-private folder `ferry`, by name. */
const folderFiles = (page: Page) =>
	page.evaluate(async () => {
		const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('ferry');
		const files: Record<string, string> = {};
		for await (const [name, entry] of folder.entries())
			if (entry.kind === 'file') files[name] = await (await entry.getFile()).text();
		return files;
	});

const drafts = (page: Page) => page.getByTestId('draft');

test('open a folder and save back to it, open and drop files, switch and delete drafts, reload', async ({
	page
}) => {
	test.setTimeout(120_000);
	// before the Studio's first load, on the site's origin: the folder on "disk", and the draft the
	// first Studio kept (one key, version 1)
	await page.goto('/quiz.schema.json');
	await page.evaluate(
		async ({ article, quiz, legacy }) => {
			const root = await navigator.storage.getDirectory();
			const folder = await root.getDirectoryHandle('ferry', { create: true });
			for (const [name, text] of [
				['article.md', article],
				['ferry-check.yaml', quiz],
				['notes.txt', 'not a quiz']
			]) {
				const writable = await (
					await folder.getFileHandle(name!, { create: true })
				).createWritable();
				await writable.write(text!);
				await writable.close();
			}
			const open = indexedDB.open('close-reader-studio');
			open.onupgradeneeded = () => open.result.createObjectStore('drafts');
			const db = await new Promise<IDBDatabase>(
				(resolve) => (open.onsuccess = () => resolve(open.result))
			);
			const saved = {
				version: 1,
				savedAt: Date.now(),
				draft: {
					slug: 'first-studio',
					article: legacy,
					quizzes: [{ slug: 'ferry-check', text: quiz }]
				}
			};
			const put = db.transaction('drafts', 'readwrite');
			put.objectStore('drafts').put(saved, 'draft');
			await new Promise((resolve) => (put.oncomplete = resolve));
			db.close();
		},
		{ article: CLEAN_ARTICLE, quiz: QUIZ_FIXED, legacy: LEGACY_ARTICLE }
	);
	await page.addInitScript(pickerStandIn);
	await page.setViewportSize({ width: 1366, height: 900 });
	await gotoHydrated(page, '/studio');
	await waitForStudio(page);
	const slug = page.getByRole('textbox', { name: 'Article folder' });
	const article = studioEditor(page, 'article');
	const said = page.getByRole('region', { name: 'Files' }).getByRole('status');
	const counts = page.getByTestId('problem-counts');
	const saved = page.getByTestId('save-status');

	// the first Studio's draft, opened and listed
	await expect(slug).toHaveValue('first-studio');
	await expect(article).toContainText('The ferry, as first saved');
	await expect(counts).toHaveText('No problems');
	await expect(drafts(page)).toHaveText([/^first-studio \(open\) saved at \d\d:\d\d/]);

	// a folder: its files in the editors, checked, saved as a new draft
	await page.getByRole('button', { name: 'Open folder…' }).click();
	await expect(said).toHaveText(
		'Opened article.md and 1 quiz file as a new draft. Left out (not article.md or a .yaml file): notes.txt.'
	);
	await expect(slug).toHaveValue('ferry');
	await expect(article).toContainText('The ferry comes back');
	await expect(page.getByRole('tab')).toHaveText(['ferry-check.yaml']);
	await expect(studioEditor(page, 'quiz')).toContainText('title: Ferry check');
	await expect(counts).toHaveText('No problems');
	await expect(saved).toHaveText(/^Saved at /);
	await expect(drafts(page)).toHaveText([/^ferry \(open\) saved at/, /^first-studio saved at/]);

	// edited and saved back into the folder
	await pasteInto(page, article, 'end', '\nThe first crossing is in May.\n');
	await expect(counts).toHaveText('No problems');
	await page.getByRole('button', { name: 'Save to ferry' }).click();
	await expect(said).toHaveText('Saved into the folder ferry.');
	expect(await folderFiles(page)).toEqual({
		'article.md': `${CLEAN_ARTICLE}\nThe first crossing is in May.\n`,
		'ferry-check.yaml': QUIZ_FIXED,
		'notes.txt': 'not a quiz'
	});

	// files by the file picker: a new draft, with no folder to save to
	const choosing = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Open files…' }).click();
	await (
		await choosing
	).setFiles([
		{ name: 'article.md', mimeType: 'text/markdown', buffer: Buffer.from(CLEAN_ARTICLE) },
		{ name: 'picked.yaml', mimeType: 'application/yaml', buffer: Buffer.from(PICKED_QUIZ) }
	]);
	await expect(said).toHaveText('Opened article.md and 1 quiz file as a new draft.');
	await expect(page.getByRole('tab')).toHaveText(['picked.yaml']);
	await expect(studioEditor(page, 'quiz')).toContainText('title: Picked check');
	await expect(counts).toHaveText('No problems');
	await expect(page.getByRole('button', { name: /^Save to / })).toHaveCount(0);
	await slug.fill('picked');
	await slug.press('Tab');

	// files dropped on the page: another new draft
	await page.getByRole('region', { name: 'Files' }).evaluate(
		(region, { article, quiz }) => {
			const data = new DataTransfer();
			data.items.add(new File([article], 'article.md', { type: 'text/markdown' }));
			data.items.add(new File([quiz], 'dropped.yaml', { type: 'application/yaml' }));
			region.dispatchEvent(
				new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true })
			);
		},
		{ article: CLEAN_ARTICLE, quiz: DROPPED_QUIZ }
	);
	await expect(page.getByRole('tab')).toHaveText(['dropped.yaml']);
	await expect(studioEditor(page, 'quiz')).toContainText('title: Dropped check');
	await expect(counts).toHaveText('No problems');
	await expect(saved).toHaveText(/^Saved at /);
	await expect(drafts(page)).toHaveText([
		/^my-article \(open\) saved at/,
		/^picked saved at/,
		/^ferry saved at/,
		/^first-studio saved at/
	]);

	// switched to another draft: its files, checked; one deleted, after a confirmation
	await page.getByRole('button', { name: 'ferry', exact: true }).click();
	await expect(slug).toHaveValue('ferry');
	await expect(page.getByRole('button', { name: 'ferry', exact: true })).toBeFocused();
	await expect(article).toContainText('The first crossing is in May.');
	await expect(page.getByRole('button', { name: 'Save to ferry' })).toBeVisible();
	await page.getByRole('button', { name: 'Delete the draft my-article' }).click();
	await expect(page.getByRole('button', { name: 'Keep it' })).toBeFocused();
	await expectNoAxeViolations(page, 'the Studio with its drafts listed, a deletion to confirm');
	await page.getByRole('button', { name: 'Delete it' }).click();
	await expect(page.getByRole('heading', { name: 'Drafts in this browser' })).toBeFocused();
	await expect(drafts(page)).toHaveText([
		/^picked saved at/,
		/^ferry \(open\) saved at/,
		/^first-studio saved at/
	]);

	// reloaded: the draft open last, with its folder; saving asks the browser's permission again
	await pasteInto(page, article, 'end', '\nTickets go on sale in April.\n');
	await expect(saved).toHaveText(/^Saved at /);
	await page.reload();
	await waitForStudio(page);
	await expect(slug).toHaveValue('ferry');
	await expect(article).toContainText('Tickets go on sale in April.');
	await expect(drafts(page).first()).toHaveText(/^ferry \(open\) saved at/);
	await expect(drafts(page)).toHaveCount(3);
	await page.getByRole('button', { name: 'Save to ferry' }).click();
	await expect(said).toHaveText('Saved into the folder ferry.');
	expect(
		await page.evaluate(() => (window as unknown as { permissionAsked: number }).permissionAsked)
	).toBe(1);
	expect((await folderFiles(page))['article.md']).toBe(
		`${CLEAN_ARTICLE}\nThe first crossing is in May.\n\nTickets go on sale in April.\n`
	);
});
