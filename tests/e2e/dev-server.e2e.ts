/**
 * The authoring loop, against a real `vite dev` (see dev-server.ts): a file broken while the server
 * runs breaks only its own quiz, whose page shows the problem; the terminal says it once, with no
 * stack trace. Then the teacher view (answer key, coverage map) and its evidence picker, whose
 * line, pasted into a quiz, checks clean; the warnings the terminal prints, shown on the
 * library and the article's page; and a blank inside italic words, italic on screen and on paper.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { DEV_URL, startDevServer, waitForOutput, type DevServer } from './dev-server';
import {
	expectNoAxeViolations,
	expectNoHorizontalScroll,
	selectWords,
	waitForHydration
} from './helpers';
import { FIXTURE_ARTICLE } from '../fixtures/content.ts';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let server: DevServer;
const lincolnQuiz = () => join(server.dir, 'lincoln-second-inaugural/reading-check.yaml');
let goodQuiz = '';

test.beforeAll(async () => {
	test.setTimeout(120_000);
	server = await startDevServer();
	goodQuiz = readFileSync(lincolnQuiz(), 'utf8');
});

test.afterAll(async () => {
	await server?.stop();
});

async function open(page: Page, path: string) {
	const response = await page.goto(`${DEV_URL}${path}`);
	return response?.status();
}

/**
 * Leaves the dev server's page for a blank one before a file is saved, so that no reload the save
 * sends races the test's next step. A reload the server sent for the last save may land at that
 * very moment and abort the way out (net::ERR_ABORTED): then it is tried again.
 */
async function leavePage(page: Page) {
	await expect(async () => {
		await page.goto('about:blank');
		expect(page.url()).toBe('about:blank');
	}).toPass({ timeout: 30_000 });
}

test('a file broken while vite dev runs breaks only its own quiz, which shows the problem', async ({
	page
}) => {
	expect(await open(page, '/lincoln-second-inaugural/reading-check')).toBe(200);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lincoln: Second Inaugural');

	// a tab in the indentation of line 22 (saved with no page open, whose reload would race the next)
	await leavePage(page);
	const from = server.output().length;
	const lines = goodQuiz.split('\n');
	lines[21] = '\t' + lines[21]!.trimStart();
	writeFileSync(lincolnQuiz(), lines.join('\n'));
	await waitForOutput(server, '1 error', from);

	// another quiz still works, and can be answered
	expect(await open(page, `/${FIXTURE_ARTICLE}/reading-check`)).toBe(200);
	await waitForHydration(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reading check');
	await page.locator('[data-question]').first().getByRole('radio').first().check();
	await expect(page.getByText('Answered 1 of 23')).toBeVisible();

	// the broken quiz's page shows its problem: where, what to do, the code frame, the parser's words
	expect(await open(page, '/lincoln-second-inaugural/reading-check')).toBe(500);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('This quiz has errors');
	const problem = page.locator('.problem');
	await expect(problem).toContainText(
		'Error line 22, column 1: line 22 is indented with a tab; YAML indents with spaces only: replace the tab with spaces, lining evidence: up with explanation: above it'
	);
	await expect(problem.locator('pre')).toHaveText(
		[
			'  21 |     explanation: ¶2 says "All dreaded it, all sought to avert it."',
			'> 22 | →evidence: All dreaded it, all sought to avert it.',
			'     | ^'
		].join('\n')
	);
	await expect(problem).toContainText('The YAML parser says: Tabs are not allowed as indentation');
	await expectNoAxeViolations(page, 'the page of a broken quiz');

	// the library marks it and keeps the rest
	expect(await open(page, '/')).toBe(200);
	await expect(page.locator('[data-broken-quiz="reading-check"]')).toContainText(
		'reading-check.yaml has errors: fix them to show this quiz'
	);
	await expect(page.getByRole('link', { name: 'Vocabulary in context' })).toBeVisible();

	// the terminal: the problem once, since the save, with no stack trace and no favicon.ico noise
	const printed = server.output().slice(from);
	expect(printed.split('indented with a tab').length - 1).toBe(1);
	expect(printed).not.toMatch(/^\s+at /m);
	expect(printed).not.toContain('favicon');
	expect(printed).not.toContain('Error:');

	// fixing the file reloads the open page into the quiz
	expect(await open(page, '/lincoln-second-inaugural/reading-check')).toBe(500);
	await waitForHydration(page);
	writeFileSync(lincolnQuiz(), goodQuiz);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lincoln: Second Inaugural', {
		timeout: 20_000
	});
});

test('the teacher view: answer key, facts, coverage map, warnings; linked from the quiz page', async ({
	page
}) => {
	await open(page, '/lincoln-second-inaugural/reading-check');
	await waitForHydration(page);
	await page.getByRole('link', { name: 'Answer key (teacher view)' }).click();
	// vite dev compiles the teacher route on its first request: seconds on a busy machine
	await expect(page).toHaveURL(`${DEV_URL}/lincoln-second-inaugural/reading-check/teacher`, {
		timeout: 30_000
	});
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Answer key: Lincoln: Second Inaugural'
	);
	await waitForHydration(page);

	const fact = (name: string) =>
		page
			.locator('.facts > div')
			.filter({ has: page.getByRole('term').getByText(name, { exact: true }) })
			.getByRole('definition');
	await expect(fact('Questions')).toHaveText(
		'11: 2 single, 2 true-false, 1 short-answer, 1 fill-blanks, 1 multiple, 1 true-false-not-given, 1 order, 1 match, 1 highlight'
	);
	await expect(fact('Points')).toHaveText('11');
	await expect(fact('Pass mark')).toHaveText('70%');
	await expect(fact('Mode')).toHaveText('practice (feedback after each answer)');
	await expect(fact('Estimated time')).toHaveText(
		'about 15 minutes: 3 to read (698 words), 12 to answer'
	);

	// every question with its key inline
	const first = page.locator('[data-question="short-speech"]');
	await expect(first).toContainText(
		'✓ Right answer: Everything about the war has already been said in public.'
	);
	await expect(first).toContainText('✗ Wrong: He is too ill to speak for long.');
	await expect(first).toContainText('Feedback: Nothing in ¶1 mentions his health.');
	await expect(first).toContainText('Hint: Reread ¶1.');
	await expect(first).toContainText('¶1 “little that is new could be presented”');
	await expect(page.locator('[data-question="war-came"]')).toContainText('Accepted answer: “came”');
	await expect(page.locator('[data-question="slaves-share"]')).toContainText(
		'One-eighth | one eighth'
	);
	await expect(page.locator('[data-question="sequence"] ol')).toHaveText(
		/The occasion of the address\s*The start of the war\s*The call for peace/
	);
	await expect(page.locator('[data-question="who-does-what"]')).toContainText(
		'Options that match nothing: would surrender'
	);
	await expect(page.locator('[data-question="prayers"]')).toContainText(
		/Part B, the supporting sentence:\s*¶3 “The prayers of both could not be answered\.”/
	);

	// the coverage map: counts in words, every cited passage highlighted
	await expect(page.locator('[data-paragraph="1"] .note')).toHaveText(
		'Cited by 2 questions: Q1, Q7'
	);
	await expect(page.locator('[data-paragraph="3"] .note')).toHaveText(
		'Cited by 5 questions: Q4, Q5, Q6, Q10, Q11'
	);
	await expect(page.locator('[data-paragraph="3"]')).toHaveAttribute('data-shade', '3');
	await expect(page.locator('[data-paragraph="1"] mark').first()).toHaveText(
		'At this second appearing to take the oath'
	);
	await expect(page.getByText('Every paragraph is cited.')).toBeVisible();

	// the quiz's warnings are shown here too
	await expect(page.locator('.warnings')).toContainText(
		'explanation: ¶3 is not among the paragraphs this question cites (¶1, ¶2, ¶4)'
	);

	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await expectNoAxeViolations(page, `the teacher view (${scheme})`);
	}
	await page.setViewportSize({ width: 360, height: 800 });
	await expectNoHorizontalScroll(page, 'the teacher view at 360 px');
});

test('the evidence picker offers a line that checks clean, and copies it', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: DEV_URL });
	await open(page, '/lincoln-second-inaugural/reading-check/teacher');
	await waitForHydration(page);
	const picker = page.getByRole('region', { name: 'Evidence picker' });
	const line = picker.locator('[data-evidence-line]');

	// words that occur once; a selection that starts mid-word takes the whole word
	await selectWords(page, 4, 'th malice toward none');
	await expect(line).toHaveText('evidence: "With malice toward none"');
	await picker.getByRole('button', { name: 'Copy evidence line' }).click();
	await expect(picker.getByRole('status')).toHaveText(
		'Copied the evidence line to the clipboard: paste it into the question in your quiz file.'
	);
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
		'evidence: "With malice toward none"'
	);

	// words that occur more than once are pinned to the paragraph they were selected in
	await selectWords(page, 2, 'the nation');
	await expect(line).toHaveText('evidence: { quote: "the nation", paragraph: 2 }');
	await picker.getByRole('button', { name: 'Copy as a list item' }).click();
	const item = await page.evaluate(() => navigator.clipboard.readText());
	expect(item).toBe('- { quote: "the nation", paragraph: 2 }');

	// a quote may not span paragraphs: from ¶1's first words into ¶2's (a few of its letters; a
	// selection that takes none of ¶2's is ¶1's alone)
	await page.evaluate(() => {
		const firstWords = (paragraph: number) => {
			const sentence = document.querySelector(`.text [data-paragraph="${paragraph}"] .sentence`)!;
			const walker = document.createTreeWalker(sentence, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode())
				if (node.textContent!.trim().length > 3) return node;
			throw new Error(`no words in ¶${paragraph}`);
		};
		const range = document.createRange();
		range.setStart(firstWords(1), 0);
		range.setEnd(firstWords(2), 3);
		document.getSelection()!.removeAllRanges();
		document.getSelection()!.addRange(range);
	});
	await expect(picker).toContainText(
		'The selection runs from ¶1 into ¶2; a quote must stay inside one paragraph.'
	);

	// both lines, pasted into a quiz, check clean
	const quiz = [
		'title: Pasted',
		'questions:',
		'  - id: one',
		'    type: true-false',
		'    prompt: P',
		'    explanation: E',
		'    answer: true',
		'    evidence: "With malice toward none"',
		'  - id: two',
		'    type: true-false',
		'    prompt: P',
		'    explanation: E',
		'    answer: true',
		'    evidence:',
		`      ${item}`,
		''
	].join('\n');
	writeFileSync(join(server.dir, 'lincoln-second-inaugural/pasted.yaml'), quiz);
	const check = spawnSync(
		process.execPath,
		['--import', 'tsx', 'scripts/check-questions.ts', server.dir],
		{ encoding: 'utf8' }
	);
	expect(check.stderr).toBe('');
	expect(check.status).toBe(0);
});

test('the teacher view prints as an answer key: no picker, the article after the questions', async ({
	page
}) => {
	await open(page, '/lincoln-second-inaugural/reading-check/teacher');
	await waitForHydration(page);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('region', { name: 'Evidence picker' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
	await expect(page.locator('table.printed-key tbody').first()).toBeVisible();
	await expect(page.locator('.card').first()).toBeHidden();
	const pdf = await page.pdf({ format: 'A4', printBackground: true });
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	writeFileSync(test.info().outputPath('answer-key.pdf'), pdf);
});

test('the printed key uses the worksheet’s order and letters, about ten questions a page (issue #21, item 11)', async ({
	page
}) => {
	// the worksheet: the quiz page printed, its form and one single-answer question's letters
	expect(await open(page, `/${FIXTURE_ARTICLE}/reading-check`)).toBe(200);
	await waitForHydration(page);
	await expect(page.locator('[data-question]').first().getByRole('radio').first()).toBeEnabled();
	await page.emulateMedia({ media: 'print' });
	const form = /Form ([0-9A-Z]+)/.exec(await page.locator('.questions-title').innerText())![1]!;
	const worksheetOrder = await page
		.locator('#questions .question')
		.evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.question!));
	const lettered = async (id: string) =>
		page
			.locator(`[data-question="${id}"] .choice`)
			.evaluateAll((choices) =>
				choices.map((choice) => (choice as HTMLElement).innerText.replace(/\s+/g, ' ').trim())
			);
	const mainIdea = await lettered('main-idea');
	expect(mainIdea[0]).toMatch(/^A\. \S/);

	// the key, in the same browser: it starts with that form
	await page.emulateMedia({ media: 'screen' });
	expect(await open(page, `/${FIXTURE_ARTICLE}/reading-check/teacher`)).toBe(200);
	await waitForHydration(page);
	await expect(page.getByRole('textbox', { name: 'Worksheet form' })).toHaveValue(form);
	await page.emulateMedia({ media: 'print' });
	const key = page.locator('table.printed-key');
	await expect(key).toBeVisible();
	await expect(key.locator('caption')).toContainText(`Form ${form}`);
	const keyOrder = await key
		.locator('tbody')
		.evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.row!));
	expect(keyOrder).toEqual(worksheetOrder);
	// the right choice under the letter the worksheet gave it
	const right = await key.locator('tbody[data-row="main-idea"] td.right').innerText();
	expect(mainIdea).toContain(right.trim());
	// a form typed in is what the key follows; a word that is no form says so, and the key is as written
	await page.emulateMedia({ media: 'screen' });
	const formBox = page.getByRole('textbox', { name: 'Worksheet form' });
	await formBox.fill('not a form');
	await expect(page.getByText('“not a form” is not a form')).toBeVisible();
	await expect(key.locator('caption')).not.toContainText('Form ');
	await formBox.fill(form);
	await expect(key.locator('caption')).toContainText(`Form ${form}`);
	await page.emulateMedia({ media: 'print' });

	// compact: the 23 questions on at most three A4 pages, before the article
	const pdf = await page.pdf({
		format: 'A4',
		margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' }
	});
	writeFileSync(test.info().outputPath('printed-key.pdf'), pdf);
	const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
	let keyPages = 0;
	for (let n = 1; n <= document.numPages; n++) {
		const content = await (await document.getPage(n)).getTextContent();
		const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
		if (text.includes('The article: what the questions cite')) break;
		keyPages = n;
	}
	expect(worksheetOrder).toHaveLength(23);
	expect(keyPages, 'pages of the printed key').toBeGreaterThanOrEqual(1);
	expect(keyPages, 'pages of the printed key').toBeLessThanOrEqual(3);
});

test('warnings are a notice on the library and the article page; a broken article.md is named', async ({
	page
}) => {
	// four rechecks of the dev server and two pages compiled on first visit, each awaited: on a busy
	// machine more than the file's two minutes
	test.setTimeout(300_000);
	// an article pasted with single line breaks, a quiz, and a quiz file misnamed .yaml.txt
	const folder = join(server.dir, 'pasted-article');
	const article = join(folder, 'article.md');
	const pasted = [
		'---',
		'title: Pasted Narrative',
		'---',
		'',
		'I lived in Master Hugh’s family about seven years.',
		'During this time, I succeeded in learning to read and write.',
		'I had no regular teacher.',
		''
	].join('\n');
	const quiz = [
		'title: Pasted quiz',
		'questions:',
		'  - id: teacher',
		'    type: true-false',
		'    prompt: He had a teacher.',
		'    explanation: He says he had none.',
		'    answer: false',
		'    evidence: "I had no regular teacher"',
		''
	].join('\n');
	await leavePage(page);
	let from = server.output().length;
	mkdirSync(folder);
	writeFileSync(join(folder, 'quiz.yaml'), quiz);
	writeFileSync(join(folder, 'reading-check.yaml.txt'), quiz);
	writeFileSync(article, pasted);
	await waitForOutput(server, '3 warnings', from);

	const misnamed =
		"Warning line 1, column 1: 'reading-check.yaml.txt' is ignored: only article.md and quiz files ending .yaml or .yml are read";
	const lineBreaks =
		'Warning line 5, column 1: this paragraph has 3 lines, each ending a sentence; a paragraph ends only at a blank line — did you mean 3 paragraphs?';
	for (const path of ['/', '/pasted-article']) {
		expect(await open(page, path)).toBe(200);
		await waitForHydration(page);
		const notice = page.getByRole('region', {
			name: /warnings? in \d+ files? \(only you see this/
		});
		const file = (name: string) => notice.getByRole('region', { name: new RegExp(`${name}$`) });
		await expect(file('pasted-article/reading-check.yaml.txt')).toContainText(misnamed);
		await expect(file('pasted-article/article.md')).toContainText(lineBreaks);
		await expectNoAxeViolations(page, `the warnings on ${path}`);
	}
	// the article page shows its own files' warnings only
	await expect(page.getByText('lincoln-second-inaugural/reading-check.yaml')).toHaveCount(0);

	// an error in article.md: its quiz's page says the article has the errors
	await leavePage(page);
	from = server.output().length;
	writeFileSync(article, pasted.replace('title: Pasted Narrative\n---', 'title: Pasted Narrative'));
	await waitForOutput(server, '1 error', from);
	expect(await open(page, '/pasted-article/quiz')).toBe(500);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('This article has errors');

	await leavePage(page);
	from = server.output().length;
	rmSync(folder, { recursive: true });
	await waitForOutput(server, '0 errors', from);
});

test('a blank inside italic words is set in italics on screen and on paper, and takes an answer', async ({
	page
}) => {
	const folder = join(server.dir, 'orator');
	const article = [
		'---',
		'title: Orator',
		'---',
		'',
		'Every opportunity I got, I used to read this book, *The Columbian Orator*.',
		''
	].join('\n');
	const quiz = [
		'title: Orator quiz',
		'questions:',
		'  - id: book',
		'    type: fill-blanks',
		'    prompt: Name the book.',
		'    explanation: He names it.',
		'    evidence: "The Columbian Orator"',
		'    text: He read *The [[Columbian]] Orator*.',
		''
	].join('\n');
	await leavePage(page);
	const from = server.output().length;
	mkdirSync(folder);
	writeFileSync(join(folder, 'article.md'), article);
	writeFileSync(join(folder, 'quiz.yaml'), quiz);
	// the tests' two articles, the dev fixture's one, and this one
	await waitForOutput(server, '4 articles', from);

	expect(await open(page, '/orator/quiz')).toBe(200);
	await waitForHydration(page);
	const blank = page.getByRole('textbox', { name: 'Blank 1 of 1' });
	const passage = page.locator('.passage').filter({ has: blank });
	const fontStyle = (element: SVGElement | HTMLElement) => getComputedStyle(element).fontStyle;
	for (const media of ['screen', 'print'] as const) {
		await page.emulateMedia({ media });
		await expect(passage.locator('em')).toHaveText(['The', 'Orator']);
		expect(await passage.locator('em').first().evaluate(fontStyle)).toBe('italic');
		expect(await blank.evaluate(fontStyle)).toBe('italic');
	}
	await page.emulateMedia({ media: 'screen' });
	await blank.fill('Columbian');
	await expect(blank).toHaveValue('Columbian');
	await expect(page.getByText('Answered 1 of 1')).toBeVisible();

	rmSync(folder, { recursive: true });
});
