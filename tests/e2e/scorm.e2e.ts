/**
 * SCORM packages in a stand-in LMS: each quiz's package (built once by `npm run export:scorm`, see
 * tests/e2e/scorm/prepare.ts) runs in an iframe of the harness page under scorm-again, the
 * open-source SCORM runtime, and what it writes into the CMI data model is checked after all-right,
 * all-wrong, partial, test-mode and reload-and-resume attempts; every manifest is checked against
 * SCORM's packaging rules; a failing or missing LMS never stops the student; without an LMS the
 * package is the website.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { manifestProblems } from '../../src/lib/scorm/manifest-check.ts';
import { PLAYER_PAGE } from '../../src/lib/scorm/player-paths.ts';
import { decodeSuspendData } from '../../src/lib/lms/suspend-data.ts';
import { expectNoAxeViolations } from './helpers.ts';
import { harnessDir, questionsDir, quizMode, quizSlugs } from './site.ts';
import {
	answerAll,
	answerQuestion,
	card,
	checkQuestion,
	loadKeys,
	parseTotal,
	questionIds,
	resultsTotal,
	submit
} from './quiz.ts';
import {
	asPage,
	calls,
	cmi,
	HARNESS,
	interactions,
	launch,
	launchPath,
	quizFrame,
	setValues,
	waitForQuiz,
	ZIPS,
	type Version
} from './scorm/harness.ts';
import { FIXTURE_ARTICLE } from '../fixtures/content.ts';

// jsdom (a dev dependency, without type declarations) parses the manifests as XML, as an LMS does
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
	JSDOM: new (text: string, options: { contentType: string }) => { window: { document: Document } };
};

const ARTICLE = FIXTURE_ARTICLE;
const TROUBLE = /results may not reach your teacher/;

/** SCORM's interaction type for each of our question types (the rules' `scorm.interaction`). */
const INTERACTION_TYPES: Record<string, { '1.2': string; '2004': string }> = {
	single: { '1.2': 'choice', '2004': 'choice' },
	multiple: { '1.2': 'choice', '2004': 'choice' },
	'true-false': { '1.2': 'true-false', '2004': 'true-false' },
	'true-false-not-given': { '1.2': 'choice', '2004': 'choice' },
	'short-answer': { '1.2': 'fill-in', '2004': 'fill-in' },
	'fill-blanks': { '1.2': 'fill-in', '2004': 'fill-in' },
	order: { '1.2': 'sequencing', '2004': 'sequencing' },
	match: { '1.2': 'matching', '2004': 'matching' },
	// sentence ids ("3.2") are not the single characters SCORM 1.2's choices allow
	highlight: { '1.2': 'fill-in', '2004': 'choice' }
};

function watchKeyRequests(page: Page): string[] {
	const requests: string[] = [];
	page.on('request', (request) => {
		if (request.url().endsWith('/key.json')) requests.push(request.url());
	});
	return requests;
}

async function expectNoServiceWorker(page: Page): Promise<void> {
	const frame = await quizFrame(page);
	expect(
		await frame.evaluate(async () =>
			'serviceWorker' in navigator ? (await navigator.serviceWorker.getRegistrations()).length : 0
		)
	).toBe(0);
}

/** The results the page shows, as the score the LMS should get. */
async function shownPercent(page: Page): Promise<number> {
	const frame = asPage(await quizFrame(page));
	await expect(frame.getByRole('heading', { name: 'Results' })).toBeVisible();
	return parseTotal(await resultsTotal(frame).innerText()).percent;
}

/** Every quiz of the tests' content as its packages are named: `<article>--<quiz>`. */
function fixtureQuizzes(): string[] {
	return readdirSync(questionsDir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.flatMap((entry) => quizSlugs(entry.name).map((quiz) => `${entry.name}--${quiz}`))
		.sort();
}

/** What one run of `npm run export:scorm` printed while the harness was prepared (prepare.ts). */
function exportOutput(run: number): { stdout: string; stderr: string; status: number } {
	return JSON.parse(readFileSync(join(harnessDir, 'output', `${run}.json`), 'utf8'));
}

test('npm run export:scorm packs the built site’s player: one line per package, nothing else', () => {
	const quizzes = fixtureQuizzes();
	const packageLines = (stdout: string, version: string) =>
		stdout
			.trimEnd()
			.split('\n')
			.map((line) => {
				const [, name] = line.match(
					new RegExp(`^${ZIPS}/(.+)\\.zip  SCORM ${version}, \\d+ files, \\d+ kB$`)
				) ?? [undefined, line];
				return name;
			})
			.sort();

	// --no-build: the site the browser tests built holds the player, so no second build
	const built = exportOutput(1);
	expect(built).toMatchObject({ stderr: '', status: 0 });
	expect(packageLines(built.stdout, '1\\.2')).toEqual(quizzes);
	const packed = exportOutput(2);
	expect(packed).toMatchObject({ stderr: '', status: 0 });
	expect(packed.stdout).not.toContain('building');
	expect(packageLines(packed.stdout, '2004')).toEqual(quizzes.map((quiz) => `${quiz}--scorm2004`));
});

test.describe('manifests', () => {
	test('one package per quiz and version, each passing SCORM’s packaging rules', () => {
		const zips = readdirSync(ZIPS).filter((name) => name.endsWith('.zip'));
		expect(zips.sort()).toEqual(
			fixtureQuizzes()
				.flatMap((quiz) => [`${quiz}.zip`, `${quiz}--scorm2004.zip`])
				.sort()
		);
		for (const name of zips) {
			const entries = unzipSync(readFileSync(join(ZIPS, name)));
			const files = new Set(Object.keys(entries));
			const version: Version = name.includes('scorm2004') ? '2004' : '1.2';
			const xml = new TextDecoder().decode(entries['imsmanifest.xml']);
			const doc = new JSDOM(xml, { contentType: 'text/xml' }).window.document;
			files.delete('imsmanifest.xml');
			expect(manifestProblems(doc, files, version), name).toEqual([]);
			const [article, quiz] = name.replace(/(--scorm2004)?\.zip$/, '').split('--') as [
				string,
				string
			];
			// the player and what it needs; never a service worker or other pages
			expect(
				[...files].filter((file) => file.endsWith('.html')),
				name
			).toEqual([PLAYER_PAGE]);
			expect(files.has('service-worker.js'), name).toBe(false);
			expect(
				[...files].some((file) => file.startsWith('_app/immutable/')),
				name
			).toBe(true);
			// the player reads the quiz and its article beside it
			expect(files.has('studio/quiz.json'), name).toBe(true);
			const played = JSON.parse(new TextDecoder().decode(entries['studio/quiz.json']));
			expect([played.article.slug, played.quiz.slug], name).toEqual([article, quiz]);
			// a test's key is fetched after Submit; a practice quiz has it with the quiz
			const test = quizMode(article, quiz) === 'test';
			expect(files.has('studio/key.json'), name).toBe(test);
			expect(played.quiz.keys === null, name).toBe(test);
		}
	});

	test('a manifest that breaks the rules is caught', () => {
		const entries = unzipSync(readFileSync(join(ZIPS, `${ARTICLE}--vocabulary.zip`)));
		const xml = new TextDecoder()
			.decode(entries['imsmanifest.xml'])
			.replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"')
			.replace(`href="${PLAYER_PAGE}"`, 'href="index.html"');
		const doc = new JSDOM(xml, { contentType: 'text/xml' }).window.document;
		const files = new Set(Object.keys(entries));
		expect(manifestProblems(doc, files, '1.2')).toEqual([
			expect.stringContaining('adlcp:scormtype="sco"'),
			expect.stringContaining("launches 'index.html', which is not in the package")
		]);
	});
});

test.describe('in an LMS (scorm-again)', () => {
	test('all right, practice mode, SCORM 1.2: passed, 100 %, an interaction per question', async ({
		page
	}) => {
		test.setTimeout(180_000);
		const keys = await loadKeys(page, ARTICLE, 'reading-check');
		const frame = await launch(page, ARTICLE, 'reading-check', {
			cmi: { core: { student_id: 'student-1', student_name: 'Doe, Jo' } }
		});
		const quiz = asPage(frame);
		const ids = await questionIds(quiz);
		await answerAll(quiz, keys, 'right', 'mouse', { check: true });
		await submit(quiz, 'mouse');
		expect(await shownPercent(page)).toBe(100);

		const data = await cmi(page);
		expect(data.core?.lesson_status).toBe('passed');
		expect(data.core?.score).toMatchObject({ raw: '100', min: '0', max: '100' });
		expect((await setValues(page)).get('cmi.core.session_time')).toMatch(
			/^\d{4}:\d{2}:\d{2}\.\d{2}$/
		);
		expect(data.core?.exit).toBe('');
		const rows = await interactions(page);
		expect(rows.map((row) => row.id).sort()).toEqual([...ids].sort());
		for (const row of rows) {
			const key = keys[row.id!]!;
			expect(row.type, row.id).toBe(INTERACTION_TYPES[key.type]!['1.2']);
			expect(row.result, row.id).toBe('correct');
			expect(row.student_response, row.id).toBe(row['correct_responses.0.pattern']);
			expect(row.weighting, row.id).toMatch(/^\d+(\.\d+)?$/);
			expect(row.time, row.id).toMatch(/^\d{2}:\d{2}:\d{2}$/);
		}
		const made = (await calls(page)).map(([method]) => method);
		expect(made[0]).toBe('LMSInitialize');
		expect(made.filter((method) => method === 'LMSCommit').length).toBeGreaterThan(1);
		expect(made.at(-1)).toBe('LMSFinish');
		// the whole 23-question attempt in SCORM 1.2's 4,096 characters
		expect(data.suspend_data!.length).toBeLessThanOrEqual(4096);
		expect(JSON.parse(decodeSuspendData(data.suspend_data!, { questions: [] })!)).toMatchObject({
			submitted: true
		});
		await expectNoServiceWorker(page);
	});

	test('all wrong, test mode: failed, 0 %, every interaction wrong, key fetched only after Submit', async ({
		page
	}) => {
		const keys = await loadKeys(page, ARTICLE, 'vocabulary');
		const keyRequests = watchKeyRequests(page);
		const frame = await launch(page, ARTICLE, 'vocabulary');
		const quiz = asPage(frame);
		const explanation = Object.values(keys)[0]!
			.explanation.map((run) => run.text)
			.join('');
		expect(await frame.content()).not.toContain(explanation.slice(0, 40));
		await answerAll(quiz, keys, 'wrong', 'mouse', { check: false });
		expect(keyRequests).toEqual([]);
		await submit(quiz, 'mouse');
		expect(await shownPercent(page)).toBe(0);
		// fetched from inside the package, relative to wherever the LMS serves it
		expect(keyRequests).toEqual([
			expect.stringMatching(new RegExp(`/packages/${ARTICLE}--vocabulary/studio/key\\.json$`))
		]);
		const data = await cmi(page);
		expect(data.core?.lesson_status).toBe('failed');
		expect(data.core?.score?.raw).toBe('0');
		const rows = await interactions(page);
		expect(rows).toHaveLength(Object.keys(keys).length);
		for (const row of rows) {
			expect(row.result, row.id).toBe('wrong');
			expect(row.student_response, row.id).not.toBe(row['correct_responses.0.pattern']);
		}
	});

	test('partly right: the score and each result are what the page shows', async ({ page }) => {
		const keys = await loadKeys(page, ARTICLE, 'selection-test');
		const frame = await launch(page, ARTICLE, 'selection-test');
		const quiz = asPage(frame);
		const ids = await questionIds(quiz);
		for (const [i, id] of ids.entries())
			await answerQuestion(quiz, id, keys[id]!, i % 2 === 0 ? 'right' : 'wrong', 'mouse');
		await submit(quiz, 'mouse');
		const confirm = quiz.getByRole('button', { name: 'Submit anyway' });
		if (await confirm.isVisible()) await confirm.click();
		const percent = await shownPercent(page);
		expect(percent).toBeGreaterThan(0);
		expect(percent).toBeLessThan(100);
		const data = await cmi(page);
		expect(Number(data.core?.score?.raw)).toBe(percent);
		expect(data.core?.lesson_status).toBe(percent >= 50 ? 'passed' : 'failed');
		const rows = new Map((await interactions(page)).map((row) => [row.id, row]));
		for (const [i, id] of ids.entries()) {
			const verdict = await card(quiz, id).locator('.verdict').first().innerText();
			const result = rows.get(id)!.result;
			if (i % 2 === 0) expect(result, id).toBe('correct');
			else if (/Partly/.test(verdict)) expect(Number(result), id).toBeGreaterThan(0);
			else expect(result, id).toBe('wrong');
		}
	});

	test('a question pool reports the drawn questions only: their score, one interaction each', async ({
		page
	}) => {
		const keys = await loadKeys(page, ARTICLE, 'question-pool');
		const frame = await launch(page, ARTICLE, 'question-pool');
		const quiz = asPage(frame);
		const drawn = await questionIds(quiz);
		expect(drawn).toHaveLength(2);
		await answerAll(quiz, keys, 'right', 'mouse', { check: false });
		await submit(quiz, 'mouse');
		expect(await shownPercent(page)).toBe(100);
		expect((await cmi(page)).core?.score?.raw).toBe('100');
		expect((await interactions(page)).map((row) => row.id)).toEqual(drawn);
	});

	test('SCORM 2004: completion, success, scaled score and learner responses', async ({ page }) => {
		const keys = await loadKeys(page, ARTICLE, 'vocabulary');
		const frame = await launch(page, ARTICLE, 'vocabulary', { version: '2004' });
		await answerAll(asPage(frame), keys, 'right', 'mouse', { check: false });
		await submit(asPage(frame), 'mouse');
		expect(await shownPercent(page)).toBe(100);
		const values = await setValues(page);
		expect(values.get('cmi.completion_status')).toBe('completed');
		expect(values.get('cmi.success_status')).toBe('passed');
		expect(values.get('cmi.score.scaled')).toBe('1');
		expect(values.get('cmi.score.raw')).toBe('100');
		expect(values.get('cmi.session_time')).toMatch(/^PT(\d+H)?(\d+M)?[\d.]+S$/);
		expect(values.get('cmi.exit')).toBe('normal');
		const rows = await interactions(page);
		expect(rows).toHaveLength(Object.keys(keys).length);
		for (const row of rows) {
			expect(row.type, row.id).toBe(INTERACTION_TYPES[keys[row.id!]!.type]!['2004']);
			expect(row.result, row.id).toBe('correct');
			expect(row.learner_response, row.id).toBe(row['correct_responses.0.pattern']);
			expect(row.description, row.id).not.toBe('');
			expect(row.timestamp, row.id).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
		}
		expect((await calls(page)).at(-1)?.[0]).toBe('Terminate');
	});

	test('reload and resume on another device: suspend data restores every answer', async ({
		page,
		browser
	}) => {
		test.setTimeout(180_000);
		const keys = await loadKeys(page, ARTICLE, 'reading-check');
		const learner = { student_id: 'student-2', student_name: 'Roe, Sam' };
		const frame = await launch(page, ARTICLE, 'reading-check', { cmi: { core: learner } });
		const quiz = asPage(frame);
		const ids = await questionIds(quiz);
		// every question answered (a third wrong), the first five checked
		for (const [i, id] of ids.entries()) {
			await answerQuestion(quiz, id, keys[id]!, i % 3 === 2 ? 'wrong' : 'right', 'mouse');
			if (i < 5) await checkQuestion(quiz, id, 'mouse');
		}
		const saved = await frame.evaluate(() =>
			Object.entries(localStorage).find(([key]) => key.startsWith('close-reader:v1:'))
		);
		expect(saved?.[0]).toBe(`close-reader:v1:${ARTICLE}/reading-check:learner:student-2`);
		// leaving the page: session time, exit "suspend", commit, finish
		await frame.evaluate(() => location.replace('about:blank'));
		await expect.poll(async () => (await calls(page)).at(-1)?.[0]).toBe('LMSFinish');
		const left = await cmi(page);
		expect(left.core?.exit).toBe('suspend');
		expect(left.core?.lesson_status).toBe('incomplete');
		expect(left.suspend_data!.length).toBeLessThanOrEqual(4096);

		// another device: nothing in its browser, the LMS hands the suspend data back
		const other = await browser.newPage();
		try {
			const resumed = await launch(other, ARTICLE, 'reading-check', {
				cmi: {
					suspend_data: left.suspend_data,
					core: { ...learner, entry: 'resume', lesson_status: 'incomplete' }
				}
			});
			await expect(resumed.getByText(`Answered ${ids.length} of ${ids.length}`)).toBeVisible();
			const restored = await resumed.evaluate(
				(key) => localStorage.getItem(key),
				`close-reader:v1:${ARTICLE}/reading-check:learner:student-2`
			);
			const before = JSON.parse(saved![1]) as { seed: number; questions: object };
			const after = JSON.parse(restored!) as { seed: number; questions: object };
			expect(after.seed).toBe(before.seed);
			expect(after.questions).toEqual(before.questions);
			expect(await questionIds(asPage(resumed))).toEqual(ids);
			await expect(resumed.locator('.feedback')).toHaveCount(5);
		} finally {
			await other.close();
		}
	});
});

test.describe('when the LMS fails', () => {
	test('rejected values and failed commits: the quiz goes on, saves locally, says so once', async ({
		page
	}) => {
		const keys = await loadKeys(page, ARTICLE, 'reading-check');
		const frame = await launch(page, ARTICLE, 'reading-check', {
			reject: ['cmi.suspend_data'],
			failCommit: true
		});
		const quiz = asPage(frame);
		const [first, second] = await questionIds(quiz);
		await answerQuestion(quiz, first!, keys[first!]!, 'right', 'mouse');
		await checkQuestion(quiz, first!, 'mouse');
		await answerQuestion(quiz, second!, keys[second!]!, 'right', 'mouse');
		await expect(frame.getByText(TROUBLE)).toHaveCount(1);
		await expect(frame.getByRole('status').filter({ hasText: TROUBLE })).toHaveCount(1);
		await expectNoAxeViolations(asPage(frame), 'a quiz whose LMS fails');
		await page.setViewportSize({ width: 390, height: 844 });
		await page.screenshot({ path: 'test-results/scorm-trouble-phone.png' });
		// saved in the browser all the same: a reload in the same LMS brings it back
		await frame.evaluate(() => location.reload());
		await expect(frame.locator('html')).toHaveAttribute('data-hydrated', 'true', {
			timeout: 30_000
		});
		await expect(frame.getByText('Answered 2 of 23')).toBeVisible();
	});

	test('launched in a frame with no LMS runtime: works, and says results may not arrive', async ({
		page
	}) => {
		const keys = await loadKeys(page, ARTICLE, 'vocabulary');
		const frame = await launch(page, ARTICLE, 'vocabulary', { api: 'none' });
		await expect(frame.getByText(TROUBLE)).toHaveCount(1);
		await answerAll(asPage(frame), keys, 'right', 'mouse', { check: false });
		await submit(asPage(frame), 'mouse');
		expect(await shownPercent(page)).toBe(100);
	});
});

test.describe('a package opened on its own', () => {
	// service workers are allowed here (the other tests block them): the package must not register one
	test.use({ serviceWorkers: 'allow' });

	test('without an LMS the package is the website: answers, checks, saves, no service worker', async ({
		page
	}) => {
		const keys = await loadKeys(page, ARTICLE, 'reading-check');
		const url = HARNESS.replace('harness.html', launchPath(ARTICLE, 'reading-check'));
		await page.goto(url);
		await waitForQuiz(page);
		const [first] = await questionIds(page);
		await answerQuestion(page, first!, keys[first!]!, 'right', 'mouse');
		await checkQuestion(page, first!, 'mouse');
		await expect(page.getByText(TROUBLE)).toHaveCount(0);
		await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toHaveCount(0);
		await page.reload();
		await waitForQuiz(page);
		await expect(page.getByText('Answered 1 of 23')).toBeVisible();
		// the website registers its worker once the page is idle: by then, none here
		await page.evaluate(
			() =>
				new Promise((done) => requestIdleCallback(() => setTimeout(done, 200), { timeout: 4000 }))
		);
		expect(
			await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)
		).toBe(0);
		await expectNoAxeViolations(page, 'a package opened on its own');
	});
});
