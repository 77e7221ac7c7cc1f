/**
 * Page-level helpers for the browser tests: navigation that waits for hydration, axe-core checks,
 * colour schemes, horizontal overflow, keyboard navigation, and scripts held back.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Locator, type Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');

/** Opens `path` and waits until the app has hydrated: clicks before that would be lost. */
export async function gotoHydrated(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await waitForHydration(page);
}

/**
 * Waits for the app to mark the page hydrated, and a quiz page to have drawn every card (it draws
 * the first few with the page and the rest a slice at a time, each list busy until then). The cap
 * is wider than other expectations': hydrating is where a busy machine (or `vite dev` compiling
 * modules on first request) costs the most.
 */
export async function waitForHydration(page: Page): Promise<void> {
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
	await expect(page.locator('ol[aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
}

export async function emulateColorScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
	await page.emulateMedia({ colorScheme: scheme });
	const matches = await page.evaluate(
		(wanted) => window.matchMedia(`(prefers-color-scheme: ${wanted})`).matches,
		scheme
	);
	expect(matches, `prefers-color-scheme: ${scheme} is emulated`).toBe(true);
}

interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string; summary: string }[];
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page; fails listing every violation. */
export async function expectNoAxeViolations(page: Page, context: string): Promise<void> {
	const loaded = await page.evaluate(() => 'axe' in window);
	// evaluated, not added as a <script>: the page's Content Security Policy blocks inline scripts
	// (rightly), and evaluation from the test runner is not subject to it
	if (!loaded) await page.evaluate(readFileSync(axePath, 'utf8'));
	const violations: AxeViolation[] = await page.evaluate(async () => {
		interface AxeResult {
			violations: {
				id: string;
				impact?: string | null;
				help: string;
				nodes: { target: unknown[]; failureSummary?: string }[];
			}[];
		}
		const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<AxeResult> } })
			.axe;
		const result = await axe.run(document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
			resultTypes: ['violations']
		});
		return result.violations.map((violation) => ({
			id: violation.id,
			impact: violation.impact ?? null,
			help: violation.help,
			nodes: violation.nodes.map((node) => ({
				target: node.target.map(String).join(' '),
				summary: (node.failureSummary ?? '').replace(/\s+/g, ' ').trim()
			}))
		}));
	});
	const report = violations
		.flatMap((violation) =>
			violation.nodes.map(
				(node) => `${violation.id} (${violation.impact}): ${node.target} — ${node.summary}`
			)
		)
		.join('\n');
	expect(violations.length, `axe violations on ${context}:\n${report}`).toBe(0);
}

/** The page scrolls only vertically: nothing is wider than the viewport. */
export async function expectNoHorizontalScroll(page: Page, context: string): Promise<void> {
	const { scrollWidth, clientWidth, widest } = await page.evaluate(() => {
		const root = document.scrollingElement ?? document.documentElement;
		// name the element that sticks out furthest, to make a failure actionable
		let widest = '';
		let right = root.clientWidth;
		for (const element of Array.from(document.body.querySelectorAll('*'))) {
			const box = element.getBoundingClientRect();
			if (box.right > right + 0.5) {
				right = box.right;
				const classes = element.getAttribute('class');
				widest = `${element.tagName.toLowerCase()}${classes ? '.' + classes.split(/\s+/).join('.') : ''} (right edge ${Math.round(box.right)}px)`;
			}
		}
		return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest };
	});
	expect(
		scrollWidth,
		`${context}: page is ${scrollWidth}px wide in a ${clientWidth}px viewport; widest: ${widest}`
	).toBeLessThanOrEqual(clientWidth);
}

/** Whether focus is on (one of) the element(s) `target` matches. */
async function isFocused(target: Locator): Promise<boolean> {
	return target.evaluateAll((elements) =>
		elements.some((element) => element === document.activeElement)
	);
}

/**
 * Moves focus to `target` with Tab (or Shift+Tab when it lies before the focused element), as a
 * keyboard user would; fails if it cannot be reached, i.e. is not in the tab order.
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 400): Promise<void> {
	if (await isFocused(target)) return;
	const backwards = await target.first().evaluate((element) => {
		const active = document.activeElement;
		if (!active || active === document.body) return false;
		return Boolean(active.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING);
	});
	for (let i = 0; i < maxPresses; i++) {
		await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
		if (await isFocused(target)) return;
	}
	throw new Error(`could not reach ${target} with the keyboard in ${maxPresses} presses`);
}

/** Presses `key` until `target` has focus (e.g. arrow keys in a radio group or sentence list). */
export async function pressUntilFocused(
	page: Page,
	key: string,
	target: Locator,
	maxPresses = 200
): Promise<void> {
	for (let i = 0; i < maxPresses; i++) {
		if (await isFocused(target)) return;
		await page.keyboard.press(key);
	}
	if (!(await isFocused(target)))
		throw new Error(`pressing ${key} ${maxPresses} times did not reach ${target}`);
}

/** Selects `words` (the nth time they are rendered) inside ¶`paragraph`, as a drag would. */
export async function selectWords(page: Page, paragraph: number, words: string, nth = 0) {
	await page.evaluate(
		({ paragraph, words, nth }) => {
			const p = document.querySelector(`.text [data-paragraph="${paragraph}"]`)!;
			const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
			const nodes: Text[] = [];
			for (let n = walker.nextNode(); n; n = walker.nextNode())
				if (!n.parentElement?.closest('.number, .visually-hidden, .note')) nodes.push(n as Text);
			const text = nodes.map((n) => n.data).join('');
			let at = -1;
			for (let i = 0; i <= nth; i++) at = text.indexOf(words, at + 1);
			const point = (offset: number): [Text, number] => {
				for (const node of nodes) {
					if (offset <= node.length) return [node, offset];
					offset -= node.length;
				}
				throw new Error('offset past the paragraph');
			};
			const range = document.createRange();
			range.setStart(...point(at));
			range.setEnd(...point(at + words.length));
			const selection = document.getSelection()!;
			selection.removeAllRanges();
			selection.addRange(range);
		},
		{ paragraph, words, nth }
	);
}

/**
 * Holds back the app's scripts whose text includes `marker` (a string only the code to hold has)
 * until `release()`, to show that what loads later works when it arrives late; `held()` says
 * whether one was asked for.
 */
export async function holdScripts(
	page: Page,
	marker: string
): Promise<{ held(): boolean; release(): void }> {
	let isReleased = false;
	let letThrough = () => {};
	const released = new Promise<void>((resolve) => (letThrough = resolve));
	const release = () => {
		isReleased = true;
		letThrough();
	};
	let held = false;
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		// once released, scripts go straight through: a fetch of ours still under way when the test
		// ends (the page prefetches when idle) would fail it
		if (isReleased) return route.fallback();
		const response = await route.fetch();
		if ((await response.text()).includes(marker)) {
			held = true;
			await released;
		}
		await route.fulfill({ response });
	});
	return { held: () => held, release };
}

/** The two screens the student-facing browser tests run on: a phone and a laptop. */
export const viewports = {
	phone: { width: 390, height: 844 },
	laptop: { width: 1280, height: 800 }
} as const;
