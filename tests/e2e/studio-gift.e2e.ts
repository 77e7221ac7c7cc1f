/**
 * GIFT in the Studio, on the built site: the download is byte for byte what `npm run export:gift`
 * writes for the same files, and a GIFT file (Moodle's documentation examples) starts a new quiz
 * tab whose `TODO:` placeholders the live check lists as problems to fix.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { gotoHydrated } from './helpers.ts';
import { pasteInto, studioEditor, waitForStudio } from './studio.ts';
import { fixtureFile, FIXTURE_ARTICLE, FIXTURE_CONTENT } from '../fixtures/content.ts';

/** What `npm run export:gift` writes for a folder holding the tests' article and one quiz. */
function cliGift(quiz: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'close-reader-studio-gift-'));
	try {
		cpSync(fixtureFile('article.md'), join(dir, FIXTURE_ARTICLE, 'article.md'));
		cpSync(fixtureFile(`${quiz}.yaml`), join(dir, FIXTURE_ARTICLE, `${quiz}.yaml`));
		const out = join(dir, 'out.gift');
		const run = spawnSync(
			process.execPath,
			['--import', 'tsx', resolve('scripts', 'export-gift.ts'), dir, '--out', out],
			{ encoding: 'utf8' }
		);
		expect(run.status, run.stderr).toBe(0);
		return readFileSync(out, 'utf8');
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

test('GIFT out is the CLI’s, and GIFT in opens a quiz with its placeholders listed', async ({
	page
}) => {
	test.setTimeout(120_000);
	await gotoHydrated(page, '/studio');
	await waitForStudio(page);
	const read = (name: string) => readFileSync(join(FIXTURE_CONTENT, FIXTURE_ARTICLE, name), 'utf8');
	await pasteInto(page, studioEditor(page, 'article'), 'replace', read('article.md'));
	await pasteInto(page, studioEditor(page, 'quiz'), 'replace', read('reading-check.yaml'));

	// the download is made from the last check: wait until that is the pasted files' (the Start new
	// template checks clean too, so an enabled button alone does not say so), as the preview shows
	const articleTitle = /^title: ['"]?(.+?)['"]?$/m.exec(read('article.md'))![1]!;
	await expect(
		page.frameLocator('iframe[title="Preview of the quiz"]').getByText(articleTitle).first()
	).toBeVisible({ timeout: 15_000 });
	const button = page.getByRole('button', { name: 'Download GIFT (Moodle)' });
	await expect(button).toBeEnabled();
	const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
	expect(download.suggestedFilename()).toMatch(/\.gift\.txt$/);
	const studio = readFileSync((await download.path())!, 'utf8');
	expect(studio).toBe(cliGift('reading-check'));

	await page.getByLabel('GIFT file').setInputFiles('tests/unit/fixtures/gift/moodle-docs.gift');
	await expect(page.getByRole('tab', { name: 'moodle-docs.yaml' })).toHaveAttribute(
		'aria-selected',
		'true'
	);
	await expect(
		page.getByRole('status').filter({ hasText: 'is the new quiz moodle-docs.yaml' })
	).toBeVisible();
	await expect(
		page
			.getByRole('button', {
				name: /moodle-docs\.yaml:\d+:\d+ .*evidence: replace this placeholder/
			})
			.first()
	).toBeVisible({ timeout: 15_000 });
});
