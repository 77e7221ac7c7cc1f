/**
 * The Studio's class results (issue #24) in the built site, as a teacher uses them: a quiz typed in
 * the editor, two students' results files (made here by the app's own pure code from the same texts,
 * as the quiz page's Hand in makes them) dropped on the class view; the table gives the points their
 * answers earn with the draft's key, and follows the draft when a question changes in the editor
 * (the files then marked as handed in for another version, their answers to it not counted). Axe
 * finds nothing on it, and on a phone it does not widen the page; the report prints alone; "Keep"
 * keeps the files on the Studio's own shelf, not the teacher view's.
 */
import { expect, test, type Page } from '@playwright/test';
import { checkArticle } from '../../src/lib/checker/check-article.ts';
import { handedIn, writeHandedIn } from '../../src/lib/class/handed-in.ts';
import type { Answer, QuizData } from '../../src/lib/quiz/types.ts';
import { freshRecord, toSaved } from '../../src/lib/state/saved-attempt.ts';
import { templateDraft } from '../../src/lib/studio/files/template.ts';
import { expectNoAxeViolations, expectNoHorizontalScroll, gotoHydrated } from './helpers.ts';
import { pasteInto, studioEditor, waitForStudio } from './studio.ts';

const { slug: ARTICLE_SLUG, article: ARTICLE, quizzes } = templateDraft();
const QUIZ_SLUG = quizzes[0]!.slug;

const QUIZ = `title: Lighthouse check
questions:
  - id: steps
    type: single
    prompt: How many steps did Ada climb each evening?
    choices:
      - text: Ninety.
        correct: true
      - text: Forty.
    explanation: She climbed the ninety steps to light the lamp.
    evidence: climbed the ninety steps to light the lamp
  - id: stayed
    type: true-false
    prompt: Ada left the island when the lamp became automatic.
    answer: false
    explanation: She stayed on the island.
    evidence: Ada stayed on the island
`;

/** The quiz as the Studio's check builds it from the same texts. */
function builtQuiz(): QuizData {
	const check = checkArticle({
		slug: ARTICLE_SLUG,
		path: `questions/${ARTICLE_SLUG}/article.md`,
		text: ARTICLE,
		quizzes: [{ path: `questions/${ARTICLE_SLUG}/${QUIZ_SLUG}.yaml`, slug: QUIZ_SLUG, text: QUIZ }]
	});
	return check.entry!.quizzes[0]!;
}

/** A student's results file: the answers submitted, as Hand in writes it. */
function resultsFile(quiz: QuizData, student: string, steps: number, stayed: boolean) {
	const question = quiz.questions.find((view) => view.id === 'steps')!;
	const choice = 'choices' in question ? question.choices[steps]!.id : '';
	const answers: Record<string, Answer> = {
		steps: { type: 'single', response: choice },
		stayed: { type: 'true-false', response: stayed }
	};
	const at = Date.parse('2026-12-07T09:00:00Z');
	const record = { ...freshRecord(quiz, 7), answers, submitted: true, submittedAt: at };
	const file = handedIn(quiz, toSaved(record, quiz, at), student, at + 60_000);
	return { name: `${QUIZ_SLUG}-${student}.closereader.json`, text: writeHandedIn(file) };
}

/** Drops the files on the class view's drop zone, as a file manager would. */
async function dropFiles(page: Page, files: { name: string; text: string }[]) {
	const dataTransfer = await page.evaluateHandle((dropped) => {
		const data = new DataTransfer();
		for (const { name, text } of dropped)
			data.items.add(new File([text], name, { type: 'application/json' }));
		return data;
	}, files);
	await page.locator('.studio-class .drop').dispatchEvent('drop', { dataTransfer });
}

/** The keys this browser's IndexedDB holds (idb-keyval's store). */
const storedKeys = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<string[]>((resolve, reject) => {
				const open = indexedDB.open('keyval-store');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const keys = open.result.transaction('keyval').objectStore('keyval').getAllKeys();
					keys.onsuccess = () => resolve(keys.result.map(String));
				};
			})
	);

test('the Studio scores handed-in files with the draft’s key, and follows the draft', async ({
	page
}) => {
	test.setTimeout(90_000);
	const quiz = builtQuiz();
	await gotoHydrated(page, '/studio');
	await waitForStudio(page);
	await pasteInto(page, studioEditor(page, 'quiz'), 'replace', QUIZ);

	const view = page.getByRole('region', { name: 'Class results' });
	await expect(view).toContainText('nothing is uploaded');
	await expect(view).toContainText(`Lighthouse check (${ARTICLE_SLUG}/${QUIZ_SLUG})`);
	// Ana: both right; Ben: the steps right, and says she left
	await dropFiles(page, [
		resultsFile(quiz, 'Ana Lima', 0, false),
		resultsFile(quiz, 'Ben Ode', 0, true)
	]);
	await expect(view.locator('p.count')).toHaveText('2 files loaded: 2 students.');
	const total = (name: string) => view.locator(`tr[data-student="${name}"] td.total`);
	await expect(total('Ana Lima')).toHaveText('2 / 2');
	await expect(total('Ben Ode')).toHaveText('1 / 2');
	await expect(view.locator('[data-flag]')).toHaveCount(0);
	await expectNoAxeViolations(page, 'the Studio’s class results');
	// on a phone, the class table scrolls inside the panel: the Studio does not widen
	await page.setViewportSize({ width: 390, height: 844 });
	await expectNoHorizontalScroll(page, 'the Studio’s class results on a phone');
	await page.setViewportSize({ width: 1280, height: 800 });

	// a question changed in the editor: the table follows the draft; answers given to the question
	// as it was are not counted (a changed question drops them, as anywhere), and the files are marked
	const changed = QUIZ.replace('answer: false', 'answer: true');
	await pasteInto(page, studioEditor(page, 'quiz'), 'replace', changed);
	await expect(total('Ana Lima')).toHaveText('1 / 2');
	await expect(total('Ben Ode')).toHaveText('1 / 2');
	await expect(view.locator('[data-flag="changed-quiz"]')).toHaveCount(2);
	await expect(view.locator('[data-flag="changed-quiz"]').first()).toContainText(
		'1 answer to changed questions not counted'
	);

	// the class report prints alone: not the editors
	await page.evaluate(() => {
		window.print = () => undefined;
	});
	await view.getByRole('button', { name: 'Print the class report' }).click();
	await page.emulateMedia({ media: 'print' });
	await expect(view.getByRole('table', { name: /one row per student/ })).toBeVisible();
	await expect(studioEditor(page, 'quiz')).toBeHidden();
	await page.emulateMedia({ media: 'screen' });

	// kept on the Studio's shelf, apart from the teacher view's list for the same slugs
	await view.getByLabel(/Keep these files on this computer/).check();
	await expect(view.getByText('Kept in this browser')).toBeVisible();
	const keys = await storedKeys(page);
	expect(keys).toContain(`close-reader:studio:class-results:${ARTICLE_SLUG}/${QUIZ_SLUG}`);
	expect(keys).not.toContain(`close-reader:class-results:${ARTICLE_SLUG}/${QUIZ_SLUG}`);
});
