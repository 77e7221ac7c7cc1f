import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	countText,
	inArticleOrder,
	overText,
	sentenceIndex,
	toggleSentence
} from '$lib/components/selection/selection';
import { loadQuestionComponents } from '$lib/question-types/components';
import { Attempt } from '$lib/state/attempt.svelte';
import { ReadingView } from '$lib/state/reading-view.svelte';
import { memoryStore } from '$lib/state/storage';
import { LOAD_PARTS_TIMEOUT_MS, loadPageParts } from './harness/quiz-page';
import SelectionHarness from './harness/SelectionHarness.svelte';
import { article, quizOf } from './text-question-fixtures';

const CRITICISM =
	'In contrast to Trump, Biden swiftly criticized North Korea for violating U.N. Security Council resolutions.';

async function setUp(questionId: string) {
	const quiz = quizOf([questionId]);
	const attempt = new Attempt({ quiz, store: memoryStore(), persistent: true });
	const reading = new ReadingView();
	attempt.load();
	const components = await loadQuestionComponents(quiz.questions);
	await loadPageParts();
	render(SelectionHarness, { props: { attempt, reading, components, article, questionId } });
	return { attempt, reading };
}

// what the first setUp would load (and compile), loaded once before the tests
beforeAll(async () => {
	await loadPageParts();
	await loadQuestionComponents(quizOf(['criticism', 'aim']).questions);
}, LOAD_PARTS_TIMEOUT_MS);

const sentence = (name: string | RegExp) => screen.getByRole('checkbox', { name });

describe('highlight question', () => {
	it('turns the article’s sentences into toggles that answer the question', async () => {
		const { attempt } = await setUp('criticism');
		expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
		expect(screen.getByText('Select 1 sentence · 0 selected')).toBeInTheDocument();

		await userEvent.click(screen.getByRole('button', { name: 'Select in article' }));
		const bar = screen.getByRole('region', { name: 'Selecting sentences' });
		expect(bar).toHaveTextContent('Question 1: select 1 sentence in the article. 0 selected');
		expect(within(bar).getByText(/Question 1/)).toHaveFocus();
		// every sentence of the article, each whole (abbreviations do not split one)
		expect(screen.getAllByRole('checkbox')).toHaveLength(4);
		expect(sentence(CRITICISM)).not.toBeChecked();

		await userEvent.click(sentence(CRITICISM));
		expect(sentence(CRITICISM)).toBeChecked();
		expect(attempt.answers['criticism']?.response).toEqual(['2.1']);
		expect(screen.getByText('Select 1 sentence · 1 selected')).toBeInTheDocument();
		const yours = screen.getByRole('list', { name: 'Your selection:' });
		expect(yours).toHaveTextContent(`¶2 ${CRITICISM}`);

		// a second one is allowed, and the question says it asks for fewer
		await userEvent.click(sentence('Pyongyang then fired two missiles.'));
		expect(attempt.answers['criticism']?.response).toEqual(['2.1', '2.2']);
		expect(bar).toHaveTextContent('You have selected 2; the question asks for 1.');

		// and a click again deselects
		await userEvent.click(sentence('Pyongyang then fired two missiles.'));
		expect(attempt.answers['criticism']?.response).toEqual(['2.1']);
	});

	it('works by keyboard: Tab or arrows to a sentence, Space or Enter toggles, Escape returns', async () => {
		const { attempt, reading } = await setUp('criticism');
		const start = screen.getByRole('button', { name: 'Select in article' });
		start.focus();
		await userEvent.keyboard('{Enter}');
		await userEvent.tab(); // the bar's "Done selecting"
		await userEvent.tab();
		expect(sentence(/^North Korea wants/)).toHaveFocus();
		await userEvent.keyboard('{ArrowDown}{ArrowDown}');
		expect(sentence(CRITICISM)).toHaveFocus();
		await userEvent.keyboard(' ');
		expect(attempt.answers['criticism']?.response).toEqual(['2.1']);
		await userEvent.keyboard('{ArrowUp}{Enter}');
		expect(sentence(/^It will deepen ties/)).toBeChecked();
		await userEvent.keyboard('{Enter}');
		expect(sentence(/^It will deepen ties/)).not.toBeChecked();
		await userEvent.keyboard('{Escape}');
		expect(reading.selecting).toBeNull();
		expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
		expect(screen.getByRole('button', { name: 'Select in article' })).toHaveFocus();
	});

	it('once checked lists and marks the selection and the evidence, also in the article', async () => {
		const { attempt, reading } = await setUp('criticism');
		reading.select({ questionId: 'criticism', part: 'response' });
		toggleSentence(attempt, { questionId: 'criticism', part: 'response' }, '2.2');
		// Check stops the selecting for the question it checks
		await userEvent.click(screen.getByRole('button', { name: 'Check' }));
		expect(reading.selecting).toBeNull();

		const yours = await screen.findByRole('list', { name: 'Your selection:' });
		expect(yours).toHaveTextContent('¶2 Pyongyang then fired two missiles. ✗ Not the evidence');
		expect(screen.getByRole('list', { name: 'Evidence you did not select:' })).toHaveTextContent(
			`¶2 ${CRITICISM} ○ Not selected`
		);
		await userEvent.click(screen.getByRole('button', { name: 'Show in article' }));
		expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
		const marked = document.querySelector('[data-sentence="2.1"]');
		expect(marked).toHaveAttribute('data-review', 'missed');
		expect(marked).toHaveTextContent('(the evidence; you did not select it)');
		expect(document.querySelector('[data-sentence="2.2"]')).toHaveTextContent(
			'(you selected this sentence: not the evidence)'
		);
		// toggling is over: a click changes nothing
		await userEvent.click(document.querySelector<HTMLElement>('[data-sentence="2.1"]')!);
		expect(attempt.answers['criticism']?.response).toEqual(['2.2']);
	});
	it('will not check more sentences than asked for, and spends no try on it', async () => {
		const { attempt } = await setUp('criticism');
		const selecting = { questionId: 'criticism', part: 'response' } as const;
		toggleSentence(attempt, selecting, '2.1');
		toggleSentence(attempt, selecting, '2.2');
		await userEvent.click(screen.getByRole('button', { name: 'Check' }));
		expect(screen.getByRole('status')).toHaveTextContent(
			'You have selected 2; the question asks for 1.'
		);
		expect(attempt.triesUsed('criticism')).toBe(0);
		expect(attempt.isLocked('criticism')).toBe(false);
		expect(screen.queryByRole('list', { name: 'Evidence you did not select:' })).toBeNull();

		toggleSentence(attempt, selecting, '2.2');
		await userEvent.click(screen.getByRole('button', { name: 'Check' }));
		expect(await screen.findByRole('list', { name: 'Your selection:' })).toHaveTextContent(
			'✓ Evidence'
		);
		expect(screen.getByRole('status')).not.toHaveTextContent('You have selected');
	});
});

describe('two-part question (Part B)', () => {
	it('selects the supporting sentence into the evidence, separately from Part A', async () => {
		const { attempt, reading } = await setUp('aim');
		await userEvent.click(screen.getByLabelText('Closer ties with China'));
		const partB = screen.getByRole('group', { name: /Part B/ });
		expect(partB).toHaveTextContent('Select 1 sentence · 0 selected');
		await userEvent.click(within(partB).getByRole('button', { name: 'Select in article' }));
		expect(screen.getByRole('region', { name: 'Selecting sentences' })).toHaveTextContent(
			'Question 1, Part B: select 1 sentence in the article.'
		);
		await userEvent.click(sentence(/^It will deepen ties with China/));
		expect(attempt.answers['aim']).toMatchObject({ response: 'a', evidence: ['1.2'] });
		await userEvent.click(within(partB).getByRole('button', { name: 'Done selecting' }));
		expect(reading.selecting).toBeNull();
		expect(within(partB).getByRole('list', { name: 'Your selection:' })).toHaveTextContent(
			'¶1 It will deepen ties with China instead of the U.S.'
		);

		attempt.check('aim');
		expect(await within(partB).findByRole('list', { name: 'Your selection:' })).toHaveTextContent(
			'✓ Evidence'
		);
	});
	it('will not check a Part B of more sentences than asked for', async () => {
		const { attempt } = await setUp('aim');
		await userEvent.click(screen.getByLabelText('Closer ties with China'));
		const selecting = { questionId: 'aim', part: 'evidence' } as const;
		toggleSentence(attempt, selecting, '1.2');
		toggleSentence(attempt, selecting, '1.1');
		expect(attempt.check('aim')).toEqual({
			kind: 'wrong-count',
			mismatch: { part: 'evidence', selected: 2, needed: 1 }
		});
		expect(attempt.triesUsed('aim')).toBe(0);
		await userEvent.click(screen.getByRole('button', { name: 'Check' }));
		expect(screen.getByRole('status')).toHaveTextContent(
			'You have selected 2; the question asks for 1.'
		);
	});
});

describe('selection helpers', () => {
	it('indexes the article’s sentences with their ¶ and text, and sorts picks into article order', () => {
		const index = sentenceIndex(article);
		expect(index.get('2.1')).toEqual({ id: '2.1', paragraph: 2, text: CRITICISM });
		expect(inArticleOrder(['2.2', '1.1', '2.2', '9.9'], index)).toEqual(['1.1', '2.2', '9.9']);
	});

	it('words the count and an over-selection', () => {
		expect(countText(2, 1)).toBe('Select 2 sentences · 1 selected');
		expect(overText(2, 2)).toBeNull();
		expect(overText(1, 3)).toBe('You have selected 3; the question asks for 1.');
	});
});
