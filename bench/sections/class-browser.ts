/**
 * The class view's 200-file load in Chromium (issue #24's "a 200-file load finishes within 2 s"):
 * the teacher page of a TEACHER_VIEW=1 build of the tests' content, the files set on its file input
 * by Playwright's setInputFiles, timed in the page from the input's change event to the first frame
 * after the table has every student (the files read, scored again, the table, the question figures
 * and the article's heat map rendered). Beside it, the same page loading one file: the page's fixed
 * cost of a load, measured in the same run.
 */
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import type { PickedFile } from '../../src/lib/class/class-results.ts';
import { buildSite, type Context } from '../context.ts';
import { serve } from '../lib/serve.ts';
import { launch, PORTS } from '../sites.ts';

const TEACHER_PAGE = '/kettle-bay-ferry/class-results/teacher';

/** The page's own clock: when the input changed, and the frame after the table was complete. */
interface LoadClock {
	__loadStarted?: number;
	__loadShown?: number;
}

/**
 * Starts the page's clock (see `LoadClock`). A string, not a function: tsx would wrap the
 * function's inner functions in a helper the page has not got.
 */
const clockScript = (count: number): string => `{
	const clock = window;
	const input = document.querySelector('input[type="file"]');
	// capturing, on the input itself: before the view's own handler starts reading the files
	input.addEventListener('change', () => (clock.__loadStarted = performance.now()), {
		capture: true,
		once: true
	});
	const watch = new MutationObserver(() => {
		const rows = document.querySelectorAll('tr[data-student]').length;
		const said = document.querySelector('p.count')?.textContent ?? '';
		if (rows !== ${count} || !said.startsWith('${count} file')) return;
		watch.disconnect();
		requestAnimationFrame(() => (clock.__loadShown = performance.now()));
	});
	watch.observe(document.body, { childList: true, subtree: true, characterData: true });
}`;

/** One load of `files` on a fresh teacher page: ms from the input's change to the table shown. */
async function timeLoad(page: Page, url: string, files: readonly PickedFile[]): Promise<number> {
	await page.goto(url);
	await page.locator('html[data-hydrated="true"]').waitFor({ timeout: 60_000 });
	const input = page.getByLabel(/Choose results files/);
	await page.evaluate(clockScript(files.length));
	await input.setInputFiles(
		files.map((file) => ({
			name: file.name,
			mimeType: 'application/json',
			buffer: Buffer.from(file.text)
		}))
	);
	await page.waitForFunction(() => (window as unknown as LoadClock).__loadShown !== undefined, {
		timeout: 60_000
	});
	return page.evaluate(() => {
		const clock = window as unknown as LoadClock;
		return clock.__loadShown! - clock.__loadStarted!;
	});
}

/** Builds the teacher site of the tests' content (1–3 minutes) and serves it. */
async function teacherSite(context: Context): Promise<{ url: string; close(): Promise<void> }> {
	context.log('class: building the teacher site of the tests’ content');
	const built = await buildSite(context, join(context.root, 'tests/fixtures/content'), {
		env: { TEACHER_VIEW: '1' }
	});
	const dir = join(context.work, 'class-teacher-site');
	rmSync(dir, { recursive: true, force: true });
	cpSync(built.out, dir, { recursive: true });
	const server = await serve(dir, PORTS.classTeacher);
	return {
		url: `http://127.0.0.1:${PORTS.classTeacher}${TEACHER_PAGE}`,
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

/** Medians of `runs` loads of `files` and of their first file alone, alternated, after a warm-up. */
export async function browserLoads(
	context: Context,
	files: readonly PickedFile[],
	runs: number
): Promise<{ all: number[]; one: number[] }> {
	const site = await teacherSite(context);
	let browser: Browser | undefined;
	try {
		browser = await launch();
		const page = await browser.newPage();
		const one = files.slice(0, 1);
		await timeLoad(page, site.url, files);
		const times = { all: [] as number[], one: [] as number[] };
		for (let i = 0; i < runs; i++) {
			times.all.push(await timeLoad(page, site.url, files));
			times.one.push(await timeLoad(page, site.url, one));
			context.log(
				`class: in Chromium, run ${i + 1}: ${files.length} files ${Math.round(times.all.at(-1)!)} ms, 1 file ${Math.round(times.one.at(-1)!)} ms`
			);
		}
		return times;
	} finally {
		await browser?.close();
		await site.close();
	}
}
