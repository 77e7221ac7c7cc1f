/**
 * Offline after the first visit (src/service-worker.ts), in Chromium with the browser context set
 * offline: a test-mode quiz loaded once can be reloaded, answered, submitted and scored with no
 * network, its answer key having been cached (not put into the page) when it loaded. After one visit
 * to the library, every quiz it lists opens and works offline (no test's key fetched ahead); a page
 * not kept says "You are offline" in the site's own look, never "Internal Error". Then a new build
 * deployed at the same address replaces the old cache whole, and works offline in turn.
 */
import { execFileSync } from 'node:child_process';
import {
	cpSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { watchViolations } from './csp.ts';
import { expectNoAxeViolations, gotoHydrated, waitForHydration } from './helpers.ts';
import { deployedPort, swPort } from './ports.ts';
import { questionsDir } from './site.ts';
import { serveStatic } from './static-site.ts';
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
import { FIXTURE_ARTICLE } from '../fixtures/content.ts';

test.use({ serviceWorkers: 'allow' });

const ARTICLE = FIXTURE_ARTICLE;
const QUIZ = 'vocabulary'; // a test-mode quiz: its key is not in the page
const QUIZ_PATH = `/${ARTICLE}/${QUIZ}`;

/** Waits until the service worker controls the page and has cached the quiz's key. */
async function waitUntilSavedForOffline(page: Page, keyPath: string): Promise<void> {
	await page.evaluate(() => navigator.serviceWorker.ready);
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
		.toBe(true);
	await expect
		.poll(() => page.evaluate(async (path) => (await caches.match(path)) !== undefined, keyPath), {
			message: `${keyPath} is in the cache`
		})
		.toBe(true);
}

async function cacheNames(page: Page): Promise<string[]> {
	return page.evaluate(() => caches.keys());
}

test('a test quiz loaded once reloads, is answered, submitted and scored offline', async ({
	page,
	context
}) => {
	const keys = await loadKeys(page, ARTICLE, QUIZ);
	const keyRequests: string[] = [];
	page.on('request', (request) => {
		if (request.url().endsWith('/key.json')) keyRequests.push(request.url());
	});
	await gotoHydrated(page, QUIZ_PATH);
	await waitUntilSavedForOffline(page, `${QUIZ_PATH}/key.json`);
	// the key went into the cache, not into the page
	expect(keyRequests).toEqual([]);
	const explanation = Object.values(keys)[0]!
		.explanation.map((run) => run.text)
		.join('');
	expect(await page.content()).not.toContain(explanation.slice(0, 40));

	const ids = await questionIds(page);
	await answerQuestion(page, ids[0]!, keys[ids[0]!]!, 'right', 'mouse');

	await context.setOffline(true);
	// the network is really gone: a page never visited is not there
	await page.goto(`/${ARTICLE}/reading-check`);
	await expect(page.getByRole('heading', { name: 'You are offline' })).toBeVisible();

	const reload = await page.goto(QUIZ_PATH);
	expect(reload?.fromServiceWorker()).toBe(true);
	await waitForHydration(page);
	await expect(card(page, ids[0]!).locator('input:checked')).toHaveCount(1);
	await answerAll(page, keys, 'right', 'mouse', { check: false });
	await submit(page, 'mouse');
	await expect(page.getByRole('heading', { name: 'Results' })).toBeFocused();
	expect(keyRequests).toHaveLength(1);
	const total = parseTotal(await resultsTotal(page).innerText());
	expect(total.percent).toBe(100);
	await context.setOffline(false);
});

test('the worker is registered once the quiz is ready to answer, not while it is starting', async ({
	page
}) => {
	// what the page looked like at the moment of each registration
	await page.addInitScript(() => {
		const seen: { hydrated: boolean; questionsReady: boolean }[] = [];
		(window as unknown as { registrations: typeof seen }).registrations = seen;
		const register = ServiceWorkerContainer.prototype.register;
		ServiceWorkerContainer.prototype.register = function (...args) {
			const questions = document.querySelector<HTMLElement>('ol.questions');
			seen.push({
				hydrated: document.documentElement.dataset.hydrated === 'true',
				questionsReady: questions !== null && !questions.inert
			});
			return register.apply(this, args);
		};
	});
	await page.goto(QUIZ_PATH);
	await waitUntilSavedForOffline(page, `${QUIZ_PATH}/key.json`);
	expect(
		await page.evaluate(() => (window as unknown as { registrations: unknown[] }).registrations)
	).toEqual([{ hydrated: true, questionsReady: true }]);
});

test('the article and the library work offline once visited, with in-app links between them', async ({
	page,
	context
}) => {
	await gotoHydrated(page, '/');
	await page.evaluate(() => navigator.serviceWorker.ready);
	await gotoHydrated(page, `/${ARTICLE}`);
	await expect
		.poll(() =>
			page.evaluate(async (path) => (await caches.match(path)) !== undefined, `/${ARTICLE}`)
		)
		.toBe(true);
	await context.setOffline(true);
	await page.reload();
	await waitForHydration(page);
	await expect(page.locator('h1')).toBeVisible();
	await page.getByRole('link', { name: 'All articles' }).click();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByRole('link', { name: /Kettle Bay votes/ })).toBeVisible();
	await context.setOffline(false);
});

test('a quiz visited once opens offline from the library, in the app (its data and article kept)', async ({
	page,
	context
}) => {
	await gotoHydrated(page, '/');
	await page.evaluate(() => navigator.serviceWorker.ready);
	await gotoHydrated(page, QUIZ_PATH);
	await expect
		.poll(() =>
			page.evaluate(
				async (paths) =>
					(await Promise.all(paths.map((path) => caches.match(path)))).every(Boolean),
				[`${QUIZ_PATH}/quiz.json`, `/${ARTICLE}/article.json`]
			)
		)
		.toBe(true);
	await gotoHydrated(page, '/');
	await context.setOffline(true);
	// in-app navigation: the quiz's data and its article come from the cache, not a page load
	await page
		.getByRole('link', { name: /^Vocabulary/ })
		.first()
		.click();
	await expect(page).toHaveURL(new RegExp(`${QUIZ_PATH}$`));
	await expect(page.locator('[data-question]').first()).toBeVisible();
	await expect(page.locator('#article [data-paragraph="1"]')).toBeVisible();
	await context.setOffline(false);
});

/** Whether every one of `paths` is in the service worker's cache. */
async function allCached(page: Page, paths: string[]): Promise<boolean> {
	return page.evaluate(
		async (wanted) => (await Promise.all(wanted.map((path) => caches.match(path)))).every(Boolean),
		paths
	);
}

test('after one visit to the library, a quiz never opened opens and works offline', async ({
	page,
	context
}) => {
	const practice = `/${ARTICLE}/reading-check`;
	const keys = await loadKeys(page, ARTICLE, 'reading-check');
	await gotoHydrated(page, '/');
	await page.evaluate(() => navigator.serviceWorker.ready);
	// kept in the background once the library settled: each quiz's page and data, and the article
	await expect
		.poll(
			() =>
				allCached(page, [
					practice,
					`${practice}/quiz.json`,
					`/${ARTICLE}/second-tries`,
					`${QUIZ_PATH}/quiz.json`,
					`/${ARTICLE}/article.json`,
					`/${ARTICLE}`
				]),
			{ message: 'the library’s quizzes are kept for offline use', timeout: 30_000 }
		)
		.toBe(true);
	// a test's answer key is not fetched ahead: only once the test is opened
	expect(
		await page.evaluate(
			async (path) => (await caches.match(path)) !== undefined,
			`${QUIZ_PATH}/key.json`
		)
	).toBe(false);

	await context.setOffline(true);
	// in the app, from the library's link
	await page.getByRole('link', { name: 'Reading check' }).first().click();
	await expect(page).toHaveURL(new RegExp(`${practice}$`));
	const ids = await questionIds(page);
	expect(ids.length).toBeGreaterThan(0);
	await answerQuestion(page, ids[0]!, keys[ids[0]!]!, 'right', 'mouse');
	await checkQuestion(page, ids[0]!, 'mouse');
	await expect(card(page, ids[0]!).locator('.feedback')).toHaveAttribute('data-verdict', 'correct');
	// a later card, of a type the first cards do not have: its component came after the start
	const later = Object.keys(keys).find((id) => keys[id]!.type === 'match')!;
	await answerQuestion(page, later, keys[later]!, 'right', 'mouse');
	await checkQuestion(page, later, 'mouse');
	await expect(card(page, later).locator('.feedback')).toHaveAttribute('data-verdict', 'correct');
	// guided reading picked, whose code a quiz laid out side by side does not start with
	await page.getByRole('button', { name: 'Questions in the text' }).click();
	await expect(page.locator('article.article [data-after-paragraph]').first()).toBeVisible();
	// and loaded afresh, another quiz never opened
	const reload = await page.goto(`/${ARTICLE}/second-tries`);
	expect(reload?.fromServiceWorker()).toBe(true);
	await waitForHydration(page);
	await expect(page.locator('[data-question]').first()).toBeVisible();
	await context.setOffline(false);
});

test('offline, a page not kept says so in the app, not "Internal Error"', async ({
	page,
	context
}) => {
	// only this quiz is kept: its article's page was never opened
	await gotoHydrated(page, QUIZ_PATH);
	await waitUntilSavedForOffline(page, `${QUIZ_PATH}/key.json`);
	await context.setOffline(true);
	await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').nth(1).click();
	await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
	await expect(page).toHaveTitle('You are offline · Close Reader');
	await expect(page.getByText(/Internal Error|Something went wrong/)).toHaveCount(0);
	await expectNoAxeViolations(page, 'the offline page, in the app');
	await context.setOffline(false);
});

test('offline, an address not kept opens the styled offline page of the deployed site', async ({
	browser
}) => {
	// served as a host serves the build, with the app's shell (vite preview does not serve it)
	const server = await serveStatic(join(process.cwd(), 'build'), deployedPort);
	const context = await browser.newContext({ serviceWorkers: 'allow', baseURL: server.url });
	try {
		const page = await context.newPage();
		const violations = await watchViolations(page);
		await gotoHydrated(page, '/');
		await page.evaluate(() => navigator.serviceWorker.ready);
		// the shell is kept on install, the library (the way back) once the worker is active
		await expect.poll(() => allCached(page, ['/_offline.html', '/', '/__data.json'])).toBe(true);
		const siteFont = await page.evaluate(() => getComputedStyle(document.body).fontFamily);

		await context.setOffline(true);
		await page.goto('/no-such-article');
		await waitForHydration(page);
		await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
		await expect(page).toHaveTitle('You are offline · Close Reader');
		await expect(page.getByText(/Internal Error|Something went wrong/)).toHaveCount(0);
		// the site's own stylesheet: its font and its spacing, not the browser's defaults
		expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toBe(siteFont);
		expect(
			await page.evaluate(() =>
				getComputedStyle(document.documentElement).getPropertyValue('--space').trim()
			)
		).not.toBe('');
		await expectNoAxeViolations(page, 'the offline page, opened directly');
		// and the way back works offline: the library, kept on the first visit
		await page.getByRole('link', { name: 'All articles' }).first().click();
		await expect(page.getByRole('link', { name: /Kettle Bay votes/ })).toBeVisible();
		expect(await violations()).toEqual([]);
	} finally {
		await context.close();
		await server.close();
	}
});

/** The site as built for the browser tests, rebuilt from a copy with one quiz's title changed. */
function buildNextVersion(siteDir: string, title: string): string {
	const work = mkdtempSync(join(tmpdir(), 'close-reader-next-'));
	for (const entry of [
		'src',
		'static',
		// the build runs its content step from here (scripts/write-content-store.ts)
		'scripts',
		'svelte.config.js',
		'vite.config.ts',
		'package.json',
		'tsconfig.json'
	])
		cpSync(entry, join(work, entry), { recursive: true });
	symlinkSync(join(process.cwd(), 'node_modules'), join(work, 'node_modules'));
	const questions = join(work, 'questions');
	cpSync(questionsDir, questions, { recursive: true });
	const quizFile = join(questions, ARTICLE, `${QUIZ}.yaml`);
	const yaml = readFileSync(quizFile, 'utf8').replace(/^title: .*$/m, `title: ${title}`);
	writeFileSync(quizFile, yaml);
	execFileSync(join(work, 'node_modules/.bin/vite'), ['build'], {
		cwd: work,
		env: { ...process.env, QUESTIONS_DIR: questions },
		stdio: 'ignore'
	});
	cpSync(join(work, 'build'), siteDir, { recursive: true });
	rmSync(work, { recursive: true, force: true });
	return siteDir;
}

function immutableFiles(siteDir: string): Set<string> {
	const out = new Set<string>();
	const walk = (dir: string, prefix: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}/${entry.name}`);
			else out.add(`${prefix}/${entry.name}`);
		}
	};
	walk(join(siteDir, '_app/immutable'), '/_app/immutable');
	return out;
}

test('a new deployment replaces the old cache whole, and works offline in turn', async ({
	browser
}) => {
	test.setTimeout(300_000);
	const port = swPort;
	const sites = mkdtempSync(join(tmpdir(), 'close-reader-sites-'));
	const first = join(sites, 'first');
	cpSync('build', first, { recursive: true });
	const server = await serveStatic(first, port);
	const context = await browser.newContext({ serviceWorkers: 'allow', baseURL: server.url });
	try {
		let page = await context.newPage();
		const keys = await loadKeys(page, ARTICLE, QUIZ);
		await gotoHydrated(page, QUIZ_PATH);
		await waitUntilSavedForOffline(page, `${QUIZ_PATH}/key.json`);
		const ids = await questionIds(page);
		await answerQuestion(page, ids[0]!, keys[ids[0]!]!, 'right', 'mouse');
		const firstCaches = await cacheNames(page);
		expect(firstCaches).toHaveLength(1);
		const oldTitle = await page.locator('h1').innerText();

		// a new build is deployed at the same address
		const nextTitle = 'Vocabulary check, second edition';
		const next = buildNextVersion(join(sites, 'next'), nextTitle);
		const nextVersion = (
			JSON.parse(readFileSync(join(next, '_app/version.json'), 'utf8')) as {
				version: string;
			}
		).version;
		server.deploy(next);

		// online, the student sees the new build; its worker installs and waits for the old tab
		await page.reload();
		await waitForHydration(page);
		await expect(page.locator('h1')).toHaveText(nextTitle);
		await expect
			.poll(() =>
				page.evaluate(
					async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null
				)
			)
			.toBe(true);
		// the old worker kept its cache to itself: no page of the new build went into it
		expect(await cacheNames(page)).toEqual(expect.arrayContaining(firstCaches));
		const oldCopy = await page.evaluate(
			async ([name, path]) => (await (await caches.open(name!)).match(path!))?.text(),
			[firstCaches[0], QUIZ_PATH]
		);
		expect(oldCopy).toContain(oldTitle);
		expect(oldCopy).not.toContain(nextTitle);

		// the old tab closes: the new worker takes over and deletes the old cache (asked from the
		// workers themselves: a page of the site would be a tab of the old version again)
		await page.close();
		await expect
			.poll(async () => {
				for (const worker of context.serviceWorkers().reverse()) {
					try {
						return await worker.evaluate(() => caches.keys());
					} catch {
						// a worker that has stopped: ask the next
					}
				}
				return [];
			})
			.toEqual([`close-reader-${nextVersion}`]);
		page = await context.newPage();
		await gotoHydrated(page, QUIZ_PATH);
		await waitUntilSavedForOffline(page, `${QUIZ_PATH}/key.json`);
		const cached = await page.evaluate(async (name) => {
			const cache = await caches.open(name);
			return (await cache.keys()).map((request) => new URL(request.url).pathname);
		}, `close-reader-${nextVersion}`);
		const nextFiles = immutableFiles(next);
		const stale = cached.filter(
			(path) => path.startsWith('/_app/immutable/') && !nextFiles.has(path)
		);
		expect(stale, 'files of the old build in the new cache').toEqual([]);

		// and offline, the quiz is the new build's, with the answer given under the old one
		await context.setOffline(true);
		const reload = await page.goto(QUIZ_PATH);
		expect(reload?.fromServiceWorker()).toBe(true);
		await waitForHydration(page);
		await expect(page.locator('h1')).toHaveText(nextTitle);
		expect(nextTitle).not.toBe(oldTitle);
		await expect(card(page, ids[0]!).locator('input:checked')).toHaveCount(1);
		await answerAll(page, keys, 'right', 'mouse', { check: false });
		await submit(page, 'mouse');
		await expect(page.getByRole('heading', { name: 'Results' })).toBeFocused();
		expect(parseTotal(await resultsTotal(page).innerText()).percent).toBe(100);
	} finally {
		await context.close();
		await server.close();
		rmSync(sites, { recursive: true, force: true });
	}
});
