/**
 * A teacher writes an article and two quizzes from nothing in the built site's Studio: pastes a
 * smart-quoted, soft-hyphenated article (kept as text, cleaned of what cannot be seen), pastes
 * quizzes with nine typical mistakes and sees each listed and marked at its line in the words of
 * `npm run check:questions` (the same function, run here in Node on the same texts), jumps to one,
 * fixes them, reloads (the draft is there), and downloads a zip whose files check clean.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { checkArticle, type ArticleTexts } from '../../src/lib/checker/check-article.ts';
import {
	CLEAN_ARTICLE,
	PASTED_ARTICLE,
	QUIZ_BADLY_INDENTED,
	QUIZ_FIXED,
	QUIZ_WITH_MISTAKES
} from '../fixtures/studio/mistakes.ts';
import { expectNoAxeViolations, expectNoHorizontalScroll, gotoHydrated } from './helpers.ts';
import { goOffline, pasteInto, studioEditor, waitForStudio } from './studio.ts';

test.use({ serviceWorkers: 'allow' });

const SLUG = 'ferry';
const path = (file: string) => `questions/${SLUG}/${file}`;

/** The texts as the Studio checks them, for the checker to run on in Node. */
function texts(quizzes: [string, string][]): ArticleTexts {
	return {
		slug: SLUG,
		path: path('article.md'),
		text: CLEAN_ARTICLE,
		quizzes: quizzes.map(([slug, text]) => ({ path: path(`${slug}.yaml`), slug, text }))
	};
}

async function renameShownQuiz(page: Page, slug: string) {
	await page.getByRole('textbox', { name: 'File name' }).fill(slug);
	await page.getByRole('textbox', { name: 'File name' }).press('Tab');
	await expect(page.getByRole('tab', { name: `${slug}.yaml` })).toBeVisible();
}

const problem = (page: Page, file: string, line: number, col: number, message: string) =>
	page.getByRole('button', { name: `${file}:${line}:${col} Error: ${message}`, exact: true });

test('write, check, fix, reload and download a quiz from nothing, offline after the first load', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 1366, height: 900 });
	await gotoHydrated(page, '/studio');
	await waitForStudio(page);
	await goOffline(page, context);

	const folder = page.getByRole('textbox', { name: 'Article folder' });
	await folder.fill(SLUG);
	await folder.press('Tab');
	const article = studioEditor(page, 'article');
	await pasteInto(page, article, 'replace', PASTED_ARTICLE);
	await expect(article).toContainText('the “Mary Rose”, was sold in 1984');
	await expect(article).toContainText('ninety passengers and twelve bicycles. It will');

	await renameShownQuiz(page, 'ferry-check');
	const quiz = studioEditor(page, 'quiz');
	await pasteInto(page, quiz, 'replace', QUIZ_WITH_MISTAKES);
	await page.getByRole('button', { name: 'Add a quiz' }).click();
	await renameShownQuiz(page, 'second');
	await pasteInto(page, quiz, 'replace', QUIZ_BADLY_INDENTED);

	const expected = checkArticle(
		texts([
			['ferry-check', QUIZ_WITH_MISTAKES],
			['second', QUIZ_BADLY_INDENTED]
		])
	).diagnostics;
	// the mistakes: a quote not in the article, a wrong type name, a missing answer, a duplicate
	// id, a ¶ that does not exist, no right choice, a missing explanation, text for a number, and
	// (in the second file) a bad indentation
	expect(expected.map((d) => `${d.line}:${d.col} ${d.severity}`)).toHaveLength(9);
	expect(expected.every((d) => d.severity === 'error')).toBe(true);
	await expect(page.getByTestId('problem-counts')).toHaveText('9 errors');
	for (const d of expected)
		await expect(problem(page, d.path.split('/').pop()!, d.line, d.col, d.message)).toBeVisible();
	// the shown file's problems are marked in the editor too
	await expect(quiz.locator('.cm-lintRange-error')).toHaveCount(1);

	// a problem of the other file: its tab opens, with the cursor on the problem's line
	const wrongType = expected.find((d) => d.message.startsWith("unknown type 'singel'"))!;
	await problem(page, 'ferry-check.yaml', wrongType.line, wrongType.col, wrongType.message).click();
	await expect(page.getByRole('tab', { name: 'ferry-check.yaml' })).toHaveAttribute(
		'aria-selected',
		'true'
	);
	await expect(quiz).toBeFocused();
	await expect(quiz.locator('.cm-activeLine')).toHaveText('    type: singel');
	// marked there (the editor draws only the lines in view, so the marks are not counted)
	await expect(quiz.locator('.cm-activeLine .cm-lintRange-error')).toHaveText('s');

	// fixed: the first file rewritten, the second removed
	await pasteInto(page, quiz, 'replace', QUIZ_FIXED);
	await page.getByRole('tab', { name: 'second.yaml' }).click();
	await page.getByRole('button', { name: 'Remove this quiz' }).click();
	await expect(page.getByTestId('problem-counts')).toHaveText('No problems');
	await expect(page.getByTestId('save-status')).toHaveText(/^Saved at /);

	await page.reload();
	await waitForStudio(page);
	await expect(page.getByTestId('save-status')).toHaveText(/^Saved at /);
	await expect(page.getByRole('tab')).toHaveText(['ferry-check.yaml']);
	await expect(folder).toHaveValue(SLUG);
	await expect(page.getByTestId('problem-counts')).toHaveText('No problems');

	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download zip' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toBe('ferry.zip');
	const files = unzipSync(readFileSync((await download.path())!));
	expect(Object.keys(files)).toEqual([path('article.md'), path('ferry-check.yaml')]);
	const unzipped = checkArticle({
		slug: SLUG,
		path: path('article.md'),
		text: strFromU8(files[path('article.md')]!),
		quizzes: [
			{
				path: path('ferry-check.yaml'),
				slug: 'ferry-check',
				text: strFromU8(files[path('ferry-check.yaml')]!)
			}
		]
	});
	expect(unzipped.diagnostics).toEqual([]);
	expect(strFromU8(files[path('article.md')]!)).toBe(CLEAN_ARTICLE);
	// and the command a teacher with a terminal runs finds nothing either
	const unpacked = mkdtempSync(join(tmpdir(), 'studio-zip-'));
	try {
		for (const [name, bytes] of Object.entries(files)) {
			mkdirSync(dirname(join(unpacked, name)), { recursive: true });
			writeFileSync(join(unpacked, name), bytes);
		}
		const checked = spawnSync(
			'npm',
			['run', '--silent', 'check:questions', '--', join(unpacked, 'questions')],
			{
				encoding: 'utf8'
			}
		);
		expect(checked.status, checked.stdout + checked.stderr).toBe(0);
		expect(checked.stdout).toMatch(/\b0 errors\b/);
	} finally {
		rmSync(unpacked, { recursive: true, force: true });
	}
});

for (const [name, viewport] of [
	['phone', { width: 390, height: 844 }],
	['laptop', { width: 1366, height: 900 }]
] as const) {
	test(`on a ${name}, the Studio with problems listed has no axe violations and fits`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await gotoHydrated(page, '/studio');
		await waitForStudio(page);
		await pasteInto(page, studioEditor(page, 'quiz'), 'replace', QUIZ_WITH_MISTAKES);
		await expect(page.getByTestId('problem-counts')).toHaveText(/\d+ errors/);
		await expectNoAxeViolations(page, `the Studio on a ${name}`);
		await expectNoHorizontalScroll(page, `the Studio on a ${name}`);
	});
}
