/**
 * The Studio's preview: the real quiz page with its attempt kept in the tab's session storage, so
 * that trying a quiz leaves no saved attempt for the real one, and a test's keys given rather than
 * fetched (a draft has no key.json); what it shows from the live check (the last version without
 * errors while the draft has some); the quiz in the mode asked for; the messages each side reads.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import QuizPage from '$lib/components/quiz/QuizPage.svelte';
import { checkArticle } from '$lib/checker/check-article';
import { readFromPreview, readToPreview } from '$lib/studio/preview/messages';
import { pageQuiz, passingContent, shownContent } from '$lib/studio/preview/preview-state';
import { previewStore } from '$lib/studio/preview/session-store';
import { article, keys, practiceQuiz, testQuiz } from './ui-fixtures';
import { ARTICLE } from './content-fixtures';
import { LOAD_PARTS_TIMEOUT_MS, quizPageProps } from './harness/quiz-page';

beforeAll(() => quizPageProps(article, testQuiz()), LOAD_PARTS_TIMEOUT_MS);
beforeEach(() => {
	localStorage.clear();
	sessionStorage.clear();
	vi.stubGlobal('fetch', () => Promise.reject(new Error('the preview fetches nothing')));
});
afterEach(() => vi.unstubAllGlobals());

const savedKeys = (storage: Storage) =>
	Object.keys({ ...storage }).filter((key) => key.startsWith('close-reader:v1:'));

describe('the quiz page in the preview', () => {
	it('scores a test with the keys it is given, and saves nothing where a student’s attempt is', async () => {
		const { quiz, keys: given } = pageQuiz({ ...testQuiz(), keys }, 'own');
		expect(quiz.keys).toBeNull();
		const props = await quizPageProps(article, quiz);
		render(QuizPage, { props: { ...props, preview: { store: previewStore(), keys: given } } });

		const first = screen.getByRole('article', { name: 'Question 1' });
		await userEvent.click(within(first).getByLabelText('Closer ties with China'));
		await userEvent.click(screen.getByRole('button', { name: 'Submit' }));
		await userEvent.click(screen.getByRole('button', { name: 'Submit anyway' }));
		await screen.findByRole('heading', { name: 'Results' });
		expect(document.querySelector('.total')).toHaveTextContent(/^1 \/ 6 points/);

		expect(savedKeys(localStorage)).toEqual([]);
		expect(savedKeys(sessionStorage)).toHaveLength(1);
	});
});

describe('what the preview shows', () => {
	const quizText = (answer: string) =>
		`title: Q\nquestions:\n  - id: q1\n    type: true-false\n    prompt: P.\n    answer: ${answer}\n    explanation: E.\n    evidence: "In 1949"\n`;
	const check = (answer: string) =>
		checkArticle({
			slug: 'korea',
			path: 'korea/article.md',
			text: ARTICLE,
			quizzes: [{ path: 'korea/q.yaml', slug: 'q', text: quizText(answer) }]
		});

	it('is the newest version without errors, else the last one, marked stale', () => {
		const good = passingContent(check('true'), 'q');
		expect(good?.quiz.questions).toHaveLength(1);
		expect(passingContent(check('maybe'), 'q')).toBeNull();
		expect(shownContent(good, null, 'q')).toEqual({ content: good, stale: false });
		expect(shownContent(null, good, 'q')).toEqual({ content: good, stale: true });
		// another quiz's last version is not this quiz's
		expect(shownContent(null, good, 'other')).toBeNull();
	});

	it('gives the quiz in the mode asked for: a test without its keys, practice with them', () => {
		const practice = practiceQuiz({ keys });
		expect(pageQuiz(practice, 'own').quiz).toMatchObject({ mode: 'practice', keys });
		const asTest = pageQuiz(practice, 'test');
		expect(asTest.quiz).toMatchObject({ mode: 'test', keys: null, testRules: { retakes: 0 } });
		expect(asTest.keys).toEqual(keys);
		const asPractice = pageQuiz({ ...testQuiz(), keys }, 'practice').quiz;
		expect(asPractice).toMatchObject({ mode: 'practice', keys });
		expect(asPractice.testRules).toBeUndefined();
	});
});

describe('the messages between the Studio and its preview', () => {
	it('reads only the shapes each side sends', () => {
		const show = {
			type: 'show',
			revision: 1,
			view: 'student',
			article,
			quiz: practiceQuiz(),
			keys,
			readability: null,
			print: false
		};
		expect(readToPreview(show)).toEqual(show);
		expect(readToPreview({ ...show, view: 'admin' })).toBeNull();
		expect(readToPreview('show')).toBeNull();
		expect(readFromPreview({ type: 'selection', paragraph: 2, start: 0, end: 5 })).toEqual({
			type: 'selection',
			paragraph: 2,
			start: 0,
			end: 5
		});
		expect(readFromPreview({ type: 'selection', paragraph: '2', start: 0, end: 5 })).toBeNull();
		expect(readFromPreview({ type: 'ready', extra: 1 })).toEqual({ type: 'ready' });
		expect(readFromPreview(null)).toBeNull();
	});
});
