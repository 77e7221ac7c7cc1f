/**
 * A SCORM package made in the browser plays in an LMS: the built site's Studio, with the network
 * off after its first visit, checks a quiz typed into it and exports it as a SCORM 1.2 package (the
 * player's files from the service worker's cache); the zip's files, served from the test, play under
 * scorm-again in the harness (tests/e2e/scorm/), and the score reaches the LMS.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { PLAYER_FILE_LIST, PLAYER_PAGE, type PlayedQuiz } from '../../src/lib/scorm/package.ts';
import { gotoHydrated } from './helpers.ts';
import { answerAll, submit, type Keys } from './quiz.ts';
import { asPage, cmi, HARNESS, launchAt } from './scorm/harness.ts';
import { goOffline, pasteInto, studioEditor, waitForStudio } from './studio.ts';

test.use({ serviceWorkers: 'allow' });

const TYPES: Record<string, string> = {
	html: 'text/html',
	js: 'text/javascript',
	css: 'text/css',
	json: 'application/json',
	svg: 'image/svg+xml',
	woff2: 'font/woff2',
	woff: 'font/woff',
	xml: 'text/xml'
};

test('the Studio exports a SCORM package offline, and it reports its score to the LMS', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	await gotoHydrated(page, '/studio');
	await waitForStudio(page);
	await goOffline(page, context, [`/${PLAYER_FILE_LIST}`]);
	const quiz = studioEditor(page, 'quiz');
	await pasteInto(
		page,
		quiz,
		'end',
		'  - id: automatic\n    type: true-false\n    prompt: The lamp became automatic in 1998.\n' +
			'    answer: true\n    evidence: When the lamp became automatic in 1998\n'
	);
	const counts = page.getByTestId('problem-counts');
	await expect(counts).toHaveText('1 error');
	await pasteInto(page, quiz, 'end', '    explanation: The second paragraph says so.\n');
	await expect(counts).toHaveText('No problems');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download SCORM: Reading check' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toBe('my-article--reading-check.zip');
	await expect(page.getByText(/^Downloaded my-article--reading-check\.zip/)).toBeVisible();
	const files = unzipSync(readFileSync((await download.path())!));
	expect(new TextDecoder().decode(files['imsmanifest.xml'])).toContain(
		'<schemaversion>1.2</schemaversion>'
	);
	// the version picked is the package's
	await page.getByLabel('Version').selectOption('2004');
	const downloading2004 = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download SCORM: Reading check' }).click();
	const manifest2004 = unzipSync(readFileSync((await (await downloading2004).path())!))[
		'imsmanifest.xml'
	];
	expect(new TextDecoder().decode(manifest2004)).toContain(
		'<schemaversion>2004 4th Edition</schemaversion>'
	);
	await context.setOffline(false);

	// the package's files, served from the test under the harness, as an LMS serves an upload
	const folder = 'studio-package';
	await page.route(`${new URL(folder, HARNESS).href}/**`, (route) => {
		const path = new URL(route.request().url()).pathname.split(`/${folder}/`)[1]!;
		const body = files[path];
		if (!body) return route.fulfill({ status: 404 });
		const type = TYPES[path.split('.').pop()!] ?? 'application/octet-stream';
		return route.fulfill({ body: Buffer.from(body), contentType: type });
	});
	const played = JSON.parse(new TextDecoder().decode(files['studio/quiz.json'])) as PlayedQuiz;
	expect(played.quiz.questions.map((question) => question.id)).toEqual(['steps', 'automatic']);
	const frame = await launchAt(page, `${folder}/${PLAYER_PAGE}`);
	const student = asPage(frame);
	await answerAll(student, played.quiz.keys as Keys, 'right', 'mouse', { check: false });
	await submit(student, 'mouse');
	await expect(student.getByRole('heading', { name: 'Results' })).toBeVisible();
	await expect.poll(async () => (await cmi(page)).core?.score?.raw).toBe('100');
	expect((await cmi(page)).core?.lesson_status).toBe('completed');
});
