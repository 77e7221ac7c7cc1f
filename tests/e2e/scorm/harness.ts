/**
 * Driving a SCORM package inside the harness (harness.html): launch a quiz's package under
 * scorm-again, reach the quiz in its iframe, and read back what it wrote into the CMI data model.
 */
import { expect, type Frame, type Page } from '@playwright/test';
import { harnessPort } from '../ports.ts';
import { PLAYER_PAGE } from '../../../src/lib/scorm/player-paths.ts';
import { harnessDir } from '../site.ts';

export const HARNESS = `http://localhost:${harnessPort}/harness.html`;
export const ZIPS = `${harnessDir}/zips`;

export type Version = '1.2' | '2004';

export interface LaunchOptions {
	version?: Version;
	api?: 'none';
	/** what the LMS holds before launch, in scorm-again's loadFromJSON form */
	cmi?: Record<string, unknown>;
	/** elements whose SetValue the LMS rejects */
	reject?: string[];
	failCommit?: boolean;
}

/** The unzipped package's folder, as prepare.ts named it after the zip. */
export function packageFolder(article: string, quiz: string, version: Version = '1.2'): string {
	return `packages/${article}--${quiz}${version === '2004' ? '--scorm2004' : ''}`;
}

/** The launch page inside a package (its manifest's resource href): the player. */
export function launchPath(article: string, quiz: string, version: Version = '1.2'): string {
	return `${packageFolder(article, quiz, version)}/${PLAYER_PAGE}`;
}

/** Waits until the player in `frame` shows its quiz (it reads it once hydrated). */
export async function waitForQuiz(frame: Frame | Page): Promise<void> {
	await expect(frame.locator('html')).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
	await expect(frame.locator('[data-mode]')).toBeAttached({ timeout: 30_000 });
}

/**
 * Opens the harness, gives it a runtime, launches the quiz's package in the iframe and waits until
 * the quiz is shown. Returns the iframe's frame.
 */
export async function launch(
	page: Page,
	article: string,
	quiz: string,
	options: LaunchOptions = {}
): Promise<Frame> {
	return launchAt(page, launchPath(article, quiz, options.version), options);
}

/** As `launch`, the player at `src` (relative to the harness page). */
export async function launchAt(
	page: Page,
	src: string,
	options: LaunchOptions = {}
): Promise<Frame> {
	await page.goto(HARNESS);
	await page.evaluate(
		([src, launchOptions]) =>
			(window as unknown as { launch: (s: string, o: object) => void }).launch(src, launchOptions),
		[src, options] as const
	);
	const frame = await quizFrame(page);
	await waitForQuiz(frame);
	return frame;
}

export async function quizFrame(page: Page): Promise<Frame> {
	const handle = await page.locator('#sco').elementHandle();
	const frame = await handle!.contentFrame();
	if (!frame) throw new Error('the harness has no quiz frame');
	return frame;
}

/**
 * The quiz in the frame, for quiz.ts's mouse-driven helpers: they use only locators and evaluate,
 * which a frame has as a page does (the keyboard ones need a page, and are not used here).
 */
export const asPage = (frame: Frame): Page => frame as unknown as Page;

/** The runtime's data model as JSON, write-only elements (interactions) included. */
export type Cmi = Record<string, unknown> & {
	core?: Record<string, unknown> & { score?: Record<string, string> };
	suspend_data?: string;
	interactions?: Record<string, Record<string, unknown>> | { childArray?: unknown[] };
};

export async function cmi(page: Page): Promise<Cmi> {
	return page.evaluate(() => (window as unknown as { cmi: () => Cmi }).cmi());
}

/** Every call the package made: [method, ...arguments, result]. */
export async function calls(page: Page): Promise<string[][]> {
	return page.evaluate(() => (window as unknown as { calls: () => string[][] }).calls());
}

/** The values the package set, element by element (the last one wins). */
export async function setValues(page: Page): Promise<Map<string, string>> {
	const values = new Map<string, string>();
	for (const [method, element, value, result] of await calls(page)) {
		if ((method === 'LMSSetValue' || method === 'SetValue') && result === 'true')
			values.set(element!, value!);
	}
	return values;
}

/** The interactions the package wrote, as objects of their fields (from the SetValue calls). */
export async function interactions(page: Page): Promise<Record<string, string>[]> {
	const rows: Record<string, string>[] = [];
	for (const [element, value] of await setValues(page)) {
		const match = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(element);
		if (!match) continue;
		const row = (rows[Number(match[1])] ??= {});
		row[match[2]!] = value;
	}
	return rows;
}
