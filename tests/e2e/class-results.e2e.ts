/**
 * Class results without an LMS (issue #24), end to end: three students take the tests' class-results
 * quiz in browsers of their own (one of them retaking it worse, her first counting), each hands in
 * a results file (the download read and parsed); the teacher's class view, on a TEACHER_VIEW=1
 * build, loads the three files (one inside a zip) with a broken one, one for another quiz and one
 * edited to raise its score. The table's points equal the score of record each student's own
 * results page showed; the flags, the per-question figures, the heat map's counts, the CSV (parsed
 * back), the printed report and keeping the files in the browser are checked, and axe finds nothing
 * on the view, in the light and the dark scheme and the dark theme of the text settings.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { zipSync, strToU8 } from 'fflate';
import Papa from 'papaparse';
import { readHandedIn } from '../../src/lib/class/handed-in.ts';
import { emulateColorScheme, expectNoAxeViolations, gotoHydrated } from './helpers.ts';
import { waitForHydration } from './helpers.ts';
import { classBuildPort, sitePort } from './ports.ts';
import { answerQuestion, loadKeys, parseTotal, questionIds, resultsTotal, submit } from './quiz.ts';
import type { Intent, Keys } from './quiz.ts';
import { serveStatic } from './static-site.ts';
import { TEXT_SETTINGS_KEY } from '../../src/lib/text-settings.js';
import { questionsDir } from './site.ts';
import { FIXTURE_ARTICLE } from '../fixtures/content.ts';

const QUIZ = 'class-results';
const QUIZ_PATH = `/${FIXTURE_ARTICLE}/${QUIZ}`;

test.describe.configure({ mode: 'serial' });

/** A build with the teacher view, made while the students take the quiz on the usual site. */
function buildTeacherSite(out: string, kit: string): { done: Promise<string>; stop: () => void } {
	const build = spawn('node_modules/.bin/vite', ['build'], {
		env: {
			...process.env,
			QUESTIONS_DIR: questionsDir,
			TEACHER_VIEW: '1',
			BUILD_DIR: out,
			SVELTEKIT_OUT_DIR: kit,
			FORCE_COLOR: '0'
		},
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let errors = '';
	build.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
	const done = new Promise<string>((resolve, reject) => {
		build.on('error', reject);
		build.on('exit', (code) =>
			code === 0 ? resolve(out) : reject(new Error(`the teacher build failed:\n${errors}`))
		);
	});
	// a failed build is awaited later; until then it must not count as unhandled
	done.catch(() => undefined);
	return { done, stop: () => void (build.exitCode === null && build.kill()) };
}

/** Answers every question shown: `intent(id)` says right or wrong. */
async function answerAs(page: Page, keys: Keys, intent: (id: string) => Intent): Promise<void> {
	for (const id of await questionIds(page))
		await answerQuestion(page, id, keys[id]!, intent(id), 'mouse');
	await submit(page, 'mouse');
	await expect(page.getByRole('heading', { name: 'Results', exact: true })).toBeFocused();
}

/** "Hand in my results" with `name`: the file downloaded, as text, and its name. */
async function handIn(page: Page, name: string): Promise<{ file: string; text: string }> {
	await page.getByRole('button', { name: 'Hand in my results' }).click();
	const dialog = page.getByRole('dialog', { name: 'Hand in your results' });
	await dialog.getByLabel('Your name').fill(name);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		dialog.getByRole('button', { name: 'Save results file' }).click()
	]);
	const file = download.suggestedFilename();
	await expect(dialog.getByRole('status')).toContainText(`Saved “${file}”`);
	const text = readFileSync((await download.path())!, 'utf8');
	await dialog.getByRole('button', { name: 'Close' }).click();
	return { file, text };
}

interface Student {
	name: string;
	/** the total the student's own results showed: "N / M points (P%)" */
	total: string;
	file: string;
	text: string;
	/** a second hand-in of the same answers, when asked for */
	again?: { file: string; text: string };
}

/** One student in a browser context of their own. */
async function student(
	browser: Browser,
	name: string,
	take: (page: Page, keys: Keys) => Promise<void>,
	{ twice = false } = {}
): Promise<Student> {
	const context = await browser.newContext({ baseURL: `http://localhost:${sitePort}` });
	const page = await context.newPage();
	try {
		await gotoHydrated(page, QUIZ_PATH);
		const keys = await loadKeys(page, FIXTURE_ARTICLE, QUIZ);
		await take(page, keys);
		const total = (await resultsTotal(page).innerText()).trim();
		const handed = await handIn(page, name);
		const again = twice ? await handIn(page, name) : undefined;
		return { name, total, ...handed, ...(again && { again }) };
	} finally {
		await context.close();
	}
}

test('three students hand in; the class view scores them as the quiz did, flags the rest, exports CSV', async ({
	browser
}) => {
	test.setTimeout(600_000);
	const teacherBuild = buildTeacherSite(
		test.info().outputPath('teacher-build'),
		test.info().outputPath('teacher-kit')
	);
	try {
		await studentsAndTeacher(browser, teacherBuild.done);
	} finally {
		teacherBuild.stop();
	}
});

/** The students take the quiz and hand in; then the teacher, on the teacher build, loads the files. */
async function studentsAndTeacher(browser: Browser, teacherBuild: Promise<string>): Promise<void> {
	// Ana hands in twice
	const ana = await student(
		browser,
		'Ana Lima',
		(page, keys) => answerAs(page, keys, () => 'right'),
		{
			twice: true
		}
	);
	const ben = await student(browser, 'Ben Ode', (page, keys) =>
		answerAs(page, keys, (id) => (id === 'vote-margin' ? 'wrong' : 'right'))
	);
	// Cai retakes: all but one right, then Start over, the recorded retake all wrong; the quiz's
	// grade is best, so the first is the score of record her results show, not her last answers
	const cai = await student(browser, 'Cai Park', async (page, keys) => {
		await answerAs(page, keys, (id) => (id === 'road-critic' ? 'wrong' : 'right'));
		await page.getByRole('button', { name: 'Start over' }).click();
		await page
			.getByRole('dialog', { name: 'Start over?' })
			.getByRole('button', { name: 'Yes, start over' })
			.click();
		await expect(page.getByRole('heading', { name: 'Results', exact: true })).toHaveCount(0);
		await answerAs(page, keys, () => 'wrong');
		await expect(page.getByText('Attempt 2:')).toContainText('0 / 5 points');
	});

	// each download is a results file of this quiz, with the name and the answers
	for (const one of [ana, ben, cai]) {
		expect(one.file).toMatch(
			new RegExp(
				`^${QUIZ}-${one.name.replace(' ', '-')}-\\d{4}-\\d\\d-\\d\\d\\.closereader\\.json$`
			)
		);
		const read = readHandedIn(one.text);
		expect(read.type, one.name).toBe('read');
		if (read.type === 'read')
			expect(read.file).toMatchObject({ article: FIXTURE_ARTICLE, quiz: QUIZ, student: one.name });
	}
	expect(parseTotal(ana.total).percent).toBe(100);
	// Cai's score of record is her first submission's, not her last answers' (none right)
	expect(parseTotal(cai.total).earned).toBe(3);

	// the files a teacher also gets: broken, for another quiz, edited to raise a score
	const edited = JSON.parse(ben.text) as {
		student: string;
		attempt: {
			submissions: { earned: number; possible: number; percent: number; passed: boolean }[];
		};
	};
	edited.student = 'Dee Voss';
	for (const submission of edited.attempt.submissions)
		Object.assign(submission, { earned: submission.possible, percent: 100, passed: true });
	const otherQuiz = { ...JSON.parse(ana.text), quiz: 'vocabulary', quizTitle: 'Vocabulary' };
	const json = (name: string, text: string) => ({
		name,
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
	const zip = zipSync({ [`Cai/${cai.file}`]: strToU8(cai.text) });

	const site = await serveStatic(await teacherBuild, classBuildPort);
	const context = await browser.newContext({ baseURL: site.url });
	const page = await context.newPage();
	try {
		await gotoHydrated(page, `${QUIZ_PATH}/teacher`);
		const view = page.getByRole('region', { name: 'Class results' });
		await expect(view).toContainText('nothing is uploaded');
		await view
			.getByLabel(/Choose results files/)
			.setInputFiles([
				json(ana.file, ana.text),
				json(`again-${ana.file}`, ana.again!.text),
				json(ben.file, ben.text),
				{ name: 'class.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) },
				json('broken.closereader.json', ana.text.slice(0, 80)),
				json('vocabulary-Ana.closereader.json', JSON.stringify(otherQuiz)),
				json('dee.closereader.json', JSON.stringify(edited))
			]);
		const loaded = view.locator('p.count');
		await expect(loaded).toHaveText('7 files loaded: 4 students.');

		// the table's points are what each student's own results showed
		const table = view.getByRole('table', { name: /one row per student/ });
		const total = (name: string) => table.locator(`tr[data-student="${name}"] td.total`);
		for (const one of [ana, ben, cai]) {
			const shown = parseTotal(one.total);
			await expect(total(one.name)).toHaveText(`${shown.earned} / ${shown.possible}`);
			await expect(table.locator(`tr[data-student="${one.name}"] td.percent`)).toHaveText(
				`${shown.percent}%`
			);
		}
		await expect(table.locator('tr[data-student="Cai Park"] td.attempts')).toHaveText('2');
		// the edited file earns what its answers earn, not what it says
		await expect(total('Dee Voss')).toHaveText(await total('Ben Ode').innerText());

		// the flags
		const flags = view.getByRole('list').filter({ hasText: 'skipped' });
		await expect(flags).toContainText('broken.closereader.json: skipped, not a results file');
		await expect(flags).toContainText(
			'vocabulary-Ana.closereader.json: skipped, it is for another quiz'
		);
		await expect(flags).toContainText('Dee Voss');
		await expect(flags.locator('[data-flag="score-differs"]')).toContainText(
			'may have been edited'
		);
		// Ana twice: one row, and the flag names the other file
		await expect(table.locator('tr[data-student="Ana Lima"]')).toHaveCount(1);
		await expect(flags.locator('[data-flag="earlier-files"]')).toContainText(
			'Handed in more than once: the latest is shown; also'
		);
		await expect(flags.locator('[data-flag="earlier-files"]')).toContainText(ana.file);

		// per question: vote-margin right for Ana and Cai (her first, which counts), not for Ben and
		// Dee (his file)
		const figures = view.getByRole('table', { name: /Each question/ });
		await expect(figures.locator('tr[data-question="vote-margin"] td').first()).toHaveText(
			'50% (2 of 4)'
		);
		await expect(figures.locator('tr[data-question="road-critic"] td').nth(1)).not.toHaveText('–');

		// the heat map: the key's sentence for road-critic, chosen by Ana, Ben and Dee (Ben's answers)
		const keys = await loadKeys(page, FIXTURE_ARTICLE, QUIZ);
		for (const id of keys['road-critic']!.evidenceSentences)
			await expect(page.locator(`[data-evidence-count="${id}"]`)).toHaveText('[3 students]');

		// sorted by points, best first, by a header's button
		await table.getByRole('button', { name: 'Points' }).click();
		await expect(table.getByRole('columnheader', { name: 'Points' })).toHaveAttribute(
			'aria-sort',
			'descending'
		);
		await expect(table.locator('tbody tr').first()).toHaveAttribute('data-student', 'Ana Lima');

		await expectNoAxeViolations(page, 'the class view');
		// and in the dark scheme: the table's verdict colours and the heat map on a dark page
		await emulateColorScheme(page, 'dark');
		await expectNoAxeViolations(page, 'the class view (dark)');
		await emulateColorScheme(page, 'light');

		// the CSV, parsed back
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			view.getByRole('button', { name: 'Download CSV for a gradebook' }).click()
		]);
		expect(download.suggestedFilename()).toBe(`${QUIZ}-class-results.csv`);
		const csv = Papa.parse<Record<string, string>>(readFileSync((await download.path())!, 'utf8'), {
			header: true
		});
		expect(csv.errors).toEqual([]);
		expect(csv.data.map((row) => row.Name)).toEqual([
			'Ana Lima',
			'Ben Ode',
			'Dee Voss',
			'Cai Park'
		]);
		for (const one of [ana, ben, cai]) {
			const row = csv.data.find((line) => line.Name === one.name)!;
			const shown = parseTotal(one.total);
			expect(Number(row.Points), one.name).toBe(shown.earned);
			expect(Number(row.Max)).toBe(shown.possible);
			expect(Number(row.Percent)).toBe(shown.percent);
		}

		// the printed class report: the class view alone, without the ways to load files
		await page.evaluate(() => {
			window.print = () => undefined;
		});
		await view.getByRole('button', { name: 'Print the class report' }).click();
		await page.emulateMedia({ media: 'print' });
		await expect(table).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Questions and answers' })).toBeHidden();
		await expect(view.getByRole('button', { name: 'Download CSV for a gradebook' })).toBeHidden();
		await expect(view.getByLabel(/Choose results files/)).toBeHidden();
		await page.emulateMedia({ media: 'screen' });

		// kept on this computer: there after a reload; unticked, forgotten
		const keep = view.getByLabel(/Keep these files on this computer/);
		await keep.check();
		await expect(view.getByText('Kept in this browser')).toBeVisible();
		// the dark theme chosen in the text settings (on a quiz page) applies here from the first paint
		await page.evaluate(
			([key, value]) => localStorage.setItem(key!, value!),
			[TEXT_SETTINGS_KEY, JSON.stringify({ theme: 'dark' })]
		);
		await page.reload();
		await waitForHydration(page);
		await expect(loaded).toHaveText('7 files loaded: 4 students.');
		await expect(keep).toBeChecked();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await expectNoAxeViolations(page, 'the class view (dark theme)');
		await keep.uncheck();
		await expect(view.getByText('Not kept: closing this page forgets them.')).toBeVisible();
		await page.reload();
		await waitForHydration(page);
		await expect(view.getByRole('heading', { name: 'Class results' })).toBeVisible();
		await expect(loaded).toHaveText('');
	} finally {
		await context.close();
		await site.close();
	}
}
